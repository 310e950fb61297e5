// The environment variables that may override the security policy. The API's env.ts stays the only
// reader of process.env: it passes its environment here and hands the result to parseSecurityPolicy,
// which validates the numbers (a non-numeric value reaches zod as a string and is reported there).

type Path = readonly [string, string];

export const SECURITY_POLICY_ENV: Readonly<Partial<Record<string, Path>>> = Object.freeze({
  POLICY_PASSWORD_MIN_LENGTH: ['password', 'minLength'],
  POLICY_PASSWORD_MAX_LENGTH: ['password', 'maxLength'],
  POLICY_ARGON2_MEMORY_KIB: ['argon2', 'memoryKiB'],
  POLICY_ARGON2_ITERATIONS: ['argon2', 'iterations'],
  POLICY_ARGON2_CONCURRENCY: ['argon2Queue', 'concurrency'],
  POLICY_ARGON2_MAX_WAITING: ['argon2Queue', 'maxWaiting'],
  POLICY_ARGON2_PARALLELISM: ['argon2', 'parallelism'],
  POLICY_LOCKOUT_MAX_FAILURES: ['signInLockout', 'maxFailures'],
  POLICY_LOCKOUT_WINDOW_MINUTES: ['signInLockout', 'windowMinutes'],
  POLICY_LOCKOUT_MINUTES: ['signInLockout', 'lockMinutes'],
  POLICY_REGISTRATION_MAX_FAILURES: ['registration', 'maxFailures'],
  POLICY_REGISTRATION_WINDOW_HOURS: ['registration', 'windowHours'],
  POLICY_RECOVERY_MAX_FAILED_ANSWER_SETS: ['recovery', 'maxFailedAnswerSets'],
  POLICY_RECOVERY_LOCK_HOURS: ['recovery', 'lockHours'],
  POLICY_RECOVERY_MAX_STARTS_PER_SSN: ['recovery', 'maxStartsPerSsn'],
  POLICY_IP_THROTTLE_MAX_REQUESTS: ['ipThrottle', 'maxRequests'],
  POLICY_IP_THROTTLE_WINDOW_SECONDS: ['ipThrottle', 'windowSeconds'],
  POLICY_ACCESS_TOKEN_MINUTES: ['session', 'accessTokenMinutes'],
  POLICY_IDLE_MINUTES: ['session', 'idleMinutes'],
  POLICY_IDLE_WARNING_MINUTES: ['session', 'idleWarningMinutes'],
  POLICY_SESSION_ABSOLUTE_HOURS: ['session', 'absoluteHours'],
  POLICY_STAFF_SESSION_ABSOLUTE_HOURS: ['session', 'staffAbsoluteHours'],
  POLICY_REFRESH_RETRY_SECONDS: ['session', 'refreshRetrySeconds'],
  POLICY_TEMPORARY_PASSWORD_EXPIRY_HOURS: ['temporaryPassword', 'expiryHours'],
  POLICY_STAFF_ENROLMENT_WINDOW_HOURS: ['staffEnrolment', 'windowHours'],
  POLICY_APPOINTMENTS_MAX_UPCOMING: ['appointments', 'maxUpcomingPerAccount'],
  POLICY_UPLOADS_MAX_FILES: ['documentUploads', 'maxFiles'],
  POLICY_UPLOADS_MAX_MEGABYTES: ['documentUploads', 'maxMegabytes'],
  POLICY_UPLOADS_WINDOW_HOURS: ['documentUploads', 'windowHours'],
  POLICY_PAYMENTS_MAX_DECLINED: ['paymentAttempts', 'maxDeclined'],
  POLICY_PAYMENTS_DECLINED_WINDOW_MINUTES: ['paymentAttempts', 'windowMinutes'],
  POLICY_WEBAUTHN_CHALLENGE_MINUTES: ['webauthn', 'challengeMinutes'],
  POLICY_SECOND_FACTOR_PENDING_MINUTES: ['secondFactor', 'pendingMinutes'],
  POLICY_SECOND_FACTOR_CODE_MINUTES: ['secondFactor', 'codeMinutes'],
  POLICY_SECOND_FACTOR_CODE_MAX_ATTEMPTS: ['secondFactor', 'codeMaxAttempts'],
  POLICY_EMAIL_MAX_ATTEMPTS: ['emailDelivery', 'maxAttempts'],
  POLICY_EMAIL_FIRST_RETRY_SECONDS: ['emailDelivery', 'firstRetrySeconds'],
  POLICY_EMAIL_MAX_RETRY_MINUTES: ['emailDelivery', 'maxRetryMinutes'],
  POLICY_EMAIL_CODE_MINUTES: ['emailConfirmation', 'codeMinutes'],
  POLICY_RETENTION_SENT_EMAIL_DAYS: ['retention', 'sentEmailDays'],
  POLICY_DIRECT_DEPOSIT_COOLING_OFF_DAYS: ['directDeposit', 'coolingOffDays'],
});

/** Comma-separated list, e.g. POLICY_AGENCY_WORDS=childsupport,dcss,georgiadcss */
export const AGENCY_WORDS_ENV = 'POLICY_AGENCY_WORDS';

const PREFIX = 'POLICY_';

export class PolicyEnvError extends Error {
  override name = 'PolicyEnvError';
}

/**
 * Builds the overrides object from the variables that are set; unset and empty ones keep defaults.
 * Accepts the whole environment or only the policy variables, with or without the `POLICY_`
 * prefix. An unknown `POLICY_*` name throws: a misspelt override must not silently do nothing.
 */
export function policyOverridesFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): Record<string, Record<string, unknown> | string[]> {
  const overrides: Record<string, Record<string, unknown> | string[]> = {};
  for (const [rawName, rawValue] of Object.entries(env)) {
    const value = rawValue?.trim();
    if (!value) continue;
    const name = rawName.startsWith(PREFIX) ? rawName : `${PREFIX}${rawName}`;
    if (name === AGENCY_WORDS_ENV) {
      overrides.agencyWords = value
        .split(',')
        .map((word) => word.trim())
        .filter(Boolean);
      continue;
    }
    const path = SECURITY_POLICY_ENV[name];
    if (!path) {
      if (rawName.startsWith(PREFIX)) throw new PolicyEnvError(`Unknown security policy variable ${rawName}`);
      continue;
    }
    const [section, key] = path;
    const existing = overrides[section];
    const group = existing && !Array.isArray(existing) ? existing : {};
    overrides[section] = group;
    const number = Number(value);
    group[key] = /^-?\d+$/.test(value) && Number.isSafeInteger(number) ? number : value;
  }
  return overrides;
}
