import { describe, expect, it } from 'vitest';
import { announcedSeconds, idlePhase, idlePolicy } from './idle.ts';

const minutes = (n: number) => n * 60_000;

describe('idle timeout (SPEC.md §5)', () => {
  it('uses the policy figures: 15 minutes, warning 2 before', () => {
    expect(idlePolicy).toEqual({ idleMs: minutes(15), warningMs: minutes(2) });
  });

  it('is active for 13 minutes, warns for the last 2, then ends', () => {
    expect(idlePhase(minutes(12.99), 0)).toEqual({ phase: 'active' });
    expect(idlePhase(minutes(13.5), 0)).toEqual({ phase: 'warning', remainingMs: minutes(1.5) });
    expect(idlePhase(minutes(15), 0)).toEqual({ phase: 'expired' });
  });

  it('announces the countdown at whole minutes, 30 and 10 seconds only', () => {
    expect(announcedSeconds(119_500)).toBe(120);
    expect(announcedSeconds(61_000)).toBe(120);
    expect(announcedSeconds(45_000)).toBe(60);
    expect(announcedSeconds(20_000)).toBe(30);
    expect(announcedSeconds(4_000)).toBe(10);
  });
});
