// TOTP against the RFC 6238 clock: codes of the current step and one either side are accepted and
// say which step they belong to; older, newer and malformed codes are not.
import { createGuardrails, generateSync } from 'otplib';
import { describe, expect, it } from 'vitest';
import { newTotpSecret, totpStep, totpUri } from './totp.ts';

const SECRET = 'JBSWY3DPEHPK3PXP';
const now = new Date('2026-11-02T15:00:10.000Z');
const guardrails = createGuardrails({ MIN_SECRET_BYTES: 10 });
const codeAt = (date: Date, secret = SECRET) =>
  generateSync({ secret, epoch: Math.floor(date.getTime() / 1000), guardrails });

describe('totpStep', () => {
  it('accepts the current step and one step either side, and names the step', () => {
    const step = Math.floor(now.getTime() / 30_000);
    expect(totpStep(SECRET, codeAt(now), now)).toBe(step);
    expect(totpStep(SECRET, codeAt(new Date(now.getTime() - 30_000)), now)).toBe(step - 1);
    expect(totpStep(SECRET, codeAt(new Date(now.getTime() + 30_000)), now)).toBe(step + 1);
  });
  it('refuses codes two steps away, wrong codes and malformed input', () => {
    expect(totpStep(SECRET, codeAt(new Date(now.getTime() - 61_000)), now)).toBeNull();
    expect(totpStep(SECRET, codeAt(new Date(now.getTime() + 61_000)), now)).toBeNull();
    const right = codeAt(now);
    expect(totpStep(SECRET, right === '000000' ? '111111' : '000000', now)).toBeNull();
    expect(totpStep(SECRET, '12345', now)).toBeNull();
    expect(totpStep('not base32!', right, now)).toBeNull();
  });
  it('makes 160-bit secrets and an otpauth URI for authenticator apps', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(totpStep(secret, codeAt(now, secret), now)).not.toBeNull();
    expect(totpUri('agent.demo', secret)).toBe(
      `otpauth://totp/Child%20Support%20Console:agent.demo?secret=${secret}&issuer=Child%20Support%20Console`,
    );
  });
});
