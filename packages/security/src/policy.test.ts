import { describe, expect, it } from 'vitest';
import { SECURITY_POLICY_DEFAULTS, parseSecurityPolicy, securityPolicy } from './policy.ts';
import { policyOverridesFromEnv } from './policy-env.ts';

describe('security policy', () => {
  it('has the figures of docs/product.md §5 by default', () => {
    expect(securityPolicy.password).toEqual({ minLength: 15, maxLength: 128 });
    expect(securityPolicy.argon2).toEqual({ memoryKiB: 19_456, iterations: 2, parallelism: 1 });
    expect(securityPolicy.signInLockout).toEqual({ maxFailures: 10, windowMinutes: 15, lockMinutes: 15 });
    expect(securityPolicy.registration).toEqual({ maxFailures: 5, windowHours: 24 });
    expect(securityPolicy.recovery).toMatchObject({
      maxFailedAnswerSets: 3,
      lockHours: 24,
      maxStartsPerSsn: 5,
    });
    expect(securityPolicy.ipThrottle).toEqual({ maxRequests: 20, windowSeconds: 60 });
    expect(securityPolicy.session).toEqual({
      accessTokenMinutes: 15,
      idleMinutes: 15,
      idleWarningMinutes: 2,
      absoluteHours: 12,
      staffAbsoluteHours: 8,
      refreshRetrySeconds: 10,
    });
    expect(securityPolicy.temporaryPassword).toEqual({ expiryHours: 24, entropyBits: 128 });
    expect(securityPolicy.securityAnswers.minLength).toBe(3);
    expect(securityPolicy.agencyWords).toEqual(['childsupport', 'dcss']);
    expect(securityPolicy).toEqual(SECURITY_POLICY_DEFAULTS);
  });

  it('is frozen all the way down', () => {
    expect(Object.isFrozen(securityPolicy.session)).toBe(true);
    expect(Object.isFrozen(SECURITY_POLICY_DEFAULTS.agencyWords)).toBe(true);
    expect(Reflect.set(securityPolicy.password, 'minLength', 1)).toBe(false);
    expect(securityPolicy.password.minLength).toBe(15);
  });

  it('merges overrides over the defaults, section by section', () => {
    const policy = parseSecurityPolicy({ signInLockout: { maxFailures: 3 }, session: { idleMinutes: 30 } });
    expect(policy.signInLockout).toEqual({ maxFailures: 3, windowMinutes: 15, lockMinutes: 15 });
    expect(policy.session.idleMinutes).toBe(30);
    expect(policy.session.absoluteHours).toBe(12);
    expect(policy.password.minLength).toBe(15);
  });

  it.each([
    ['an unknown key', { signInLockout: { maxFailurez: 3 } }],
    ['a weaker argon2 than OWASP allows', { argon2: { memoryKiB: 8192, iterations: 2 } }],
    ['a minimum above the maximum', { password: { minLength: 100, maxLength: 64 } }],
    ['a warning longer than the idle timeout', { session: { idleMinutes: 5, idleWarningMinutes: 5 } }],
    ['a temporary password under 128 bits', { temporaryPassword: { entropyBits: 64 } }],
    ['a fraction', { ipThrottle: { maxRequests: 2.5 } }],
    ['a string where a number belongs', { ipThrottle: { maxRequests: 'lots' } }],
  ])('refuses %s', (_label, overrides) => {
    expect(() => parseSecurityPolicy(overrides)).toThrow();
  });

  it('accepts OWASP-equivalent argon2 trade-offs', () => {
    expect(parseSecurityPolicy({ argon2: { memoryKiB: 12_288, iterations: 3 } }).argon2.memoryKiB).toBe(
      12_288,
    );
  });

  it('reads overrides from environment variables that are set', () => {
    const overrides = policyOverridesFromEnv({
      POLICY_LOCKOUT_MAX_FAILURES: '5',
      POLICY_IDLE_MINUTES: ' 20 ',
      POLICY_PASSWORD_MIN_LENGTH: '',
      POLICY_AGENCY_WORDS: 'childsupport, dcss ,GeorgiaDCSS',
      UNRELATED: '1',
    });
    const policy = parseSecurityPolicy(overrides);
    expect(policy.signInLockout.maxFailures).toBe(5);
    expect(policy.session.idleMinutes).toBe(20);
    expect(policy.password.minLength).toBe(15);
    expect(policy.agencyWords).toEqual(['childsupport', 'dcss', 'georgiadcss']);
  });

  it('waits 3 days before a Direct Deposit change takes effect, unless POLICY_DIRECT_DEPOSIT_COOLING_OFF_DAYS says otherwise', () => {
    expect(securityPolicy.directDeposit.coolingOffDays).toBe(3);
    const policy = parseSecurityPolicy(
      policyOverridesFromEnv({ POLICY_DIRECT_DEPOSIT_COOLING_OFF_DAYS: '5' }),
    );
    expect(policy.directDeposit.coolingOffDays).toBe(5);
    // Zero would switch the cooling-off off: refused, not taken.
    expect(() =>
      parseSecurityPolicy(policyOverridesFromEnv({ POLICY_DIRECT_DEPOSIT_COOLING_OFF_DAYS: '0' })),
    ).toThrow(/coolingOffDays/);
  });

  it('accepts policy variables with the POLICY_ prefix already removed', () => {
    const policy = parseSecurityPolicy(
      policyOverridesFromEnv({ LOCKOUT_MAX_FAILURES: '4', AGENCY_WORDS: 'dcss' }),
    );
    expect(policy.signInLockout.maxFailures).toBe(4);
    expect(policy.agencyWords).toEqual(['dcss']);
  });

  it('refuses a misspelt POLICY_ variable', () => {
    expect(() => policyOverridesFromEnv({ POLICY_LOCKOUT_MAX_FAILURE: '4' })).toThrow(
      /POLICY_LOCKOUT_MAX_FAILURE/,
    );
  });

  it('reports a non-numeric environment value instead of ignoring it', () => {
    expect(() =>
      parseSecurityPolicy(policyOverridesFromEnv({ POLICY_IP_THROTTLE_MAX_REQUESTS: '20/min' })),
    ).toThrow(/maxRequests/);
  });
});
