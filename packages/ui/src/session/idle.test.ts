import { describe, expect, it } from 'vitest';
import { announcedSeconds, formatCountdown, idlePhase, idlePolicyFromMinutes } from './idle.ts';

const minutes = (n: number) => n * 60_000;
const policy = idlePolicyFromMinutes(15, 2);

describe('idle timeout', () => {
  it('is active for 13 minutes, warns for the last 2, then ends', () => {
    expect(policy).toEqual({ idleMs: minutes(15), warningMs: minutes(2) });
    expect(idlePhase(minutes(12.99), 0, policy)).toEqual({ phase: 'active' });
    expect(idlePhase(minutes(13.5), 0, policy)).toEqual({ phase: 'warning', remainingMs: minutes(1.5) });
    expect(idlePhase(minutes(15), 0, policy)).toEqual({ phase: 'expired' });
  });

  it('announces the countdown at whole minutes, 30 and 10 seconds only', () => {
    expect(announcedSeconds(119_500)).toBe(120);
    expect(announcedSeconds(61_000)).toBe(120);
    expect(announcedSeconds(45_000)).toBe(60);
    expect(announcedSeconds(20_000)).toBe(30);
    expect(announcedSeconds(4_000)).toBe(10);
  });

  it('shows minutes and seconds', () => {
    expect(formatCountdown(120_000)).toBe('2:00');
    expect(formatCountdown(65_500)).toBe('1:06');
    expect(formatCountdown(-5)).toBe('0:00');
  });
});
