// The one security policy module of docs/product.md §5 (re-exported by @cos/security).
// The one security policy of docs/product.md §5. Every figure lives here as a default; the API may override
// some of them from environment variables (see policy-env.ts), and the overrides are validated so a
// typo or a dangerously weak value stops the process at start instead of silently applying.
import { z } from 'zod';

export const SECURITY_POLICY_DEFAULTS = deepFreeze({
  password: { minLength: 15, maxLength: 128 },
  // OWASP's first argon2id configuration; the same parameters hash temporary passwords and answers.
  argon2: { memoryKiB: 19_456, iterations: 2, parallelism: 1 },
  // At most this many argon2 operations run at once (libuv's 4 worker threads) and this many wait;
  // beyond that a request answers 503 + Retry-After at once instead of queueing without bound
  // (≈ 78 verifies/s on two cores: 64 waiting is under a second of work).
  argon2Queue: { concurrency: 4, maxWaiting: 64 },
  // More than `maxFailures` failures inside the window lock the account: the 11th failure locks,
  // so 50 parallel wrong attempts verify at most 11 passwords.
  signInLockout: { maxFailures: 10, windowMinutes: 15, lockMinutes: 15 },
  registration: { maxFailures: 5, windowHours: 24 },
  recovery: {
    maxFailedAnswerSets: 3,
    failedAnswerWindowHours: 24,
    lockHours: 24,
    maxStartsPerSsn: 5,
    startWindowHours: 24,
    answersAskedPerAttempt: 2,
  },
  ipThrottle: { maxRequests: 20, windowSeconds: 60 },
  session: {
    accessTokenMinutes: 15,
    idleMinutes: 15,
    idleWarningMinutes: 2,
    absoluteHours: 12,
    staffAbsoluteHours: 8,
    // A rotated refresh token presented again this soon after its rotation, from the same IP address
    // and user agent, while the token that rotation issued is still unused, is a retry by a client
    // that never got the answer (a page reloaded or left mid-refresh): it gets a sibling token, and
    // the first sibling used ends the others. Any other rotated token coming back revokes the family.
    // 0 turns retries off.
    refreshRetrySeconds: 10,
  },
  temporaryPassword: { expiryHours: 24, entropyBits: 128 },
  // A created or reset staff user must enrol TOTP within this many hours; after it a password alone
  // no longer signs in (an enrolment-only session), and an admin must reset again.
  staffEnrolment: { windowHours: 24 },
  securityAnswers: { count: 3, minLength: 3 },
  agencyWords: ['childsupport', 'dcss'],
  // At most this many upcoming booked appointments per parent: no one account can hold the
  // offices' calendar (409 TOO_MANY_APPOINTMENTS; cancelling one frees a place).
  appointments: { maxUpcomingPerAccount: 2 },
  // Per account in a sliding window by the injected clock, counted in PostgreSQL so every instance
  // agrees: document uploads (storage is not a free-for-all; 429 TOO_MANY_UPLOADS) and declined
  // card payments (card testing: 429 TOO_MANY_PAYMENT_ATTEMPTS before the processor is called).
  documentUploads: { maxFiles: 20, maxMegabytes: 100, windowHours: 24 },
  paymentAttempts: { maxDeclined: 5, windowMinutes: 60 },
  // Passkeys (WebAuthn): a challenge is used once and only this long after it was issued; a step-up
  // assertion must be this fresh too, since it is made for the change it accompanies.
  webauthn: { challengeMinutes: 5 },
  // The second factor after a password: the password step's hand-over lasts `pendingMinutes`; an
  // emailed code lives `codeMinutes` and dies after `codeMaxAttempts` wrong tries (each also counts
  // towards the sign-in lockout); `recoveryCodes` single-use codes are given when a factor is turned on.
  secondFactor: { pendingMinutes: 10, codeMinutes: 10, codeMaxAttempts: 5, recoveryCodes: 10 },
  // The outbox sender (ASVS 6.3.7 notices must arrive): a relay that is down or answers 4xx is
  // retried with exponential backoff from `firstRetrySeconds`, capped at `maxRetryMinutes`, for
  // `maxAttempts` tries in all (about 17 hours with the defaults); a 5xx answer fails the row at once.
  emailDelivery: { maxAttempts: 12, firstRetrySeconds: 30, maxRetryMinutes: 240 },
  // A 6-digit code confirms an email address: valid this long, this many wrong tries. A new code
  // is sent at most once per `resendSeconds` and `sendsPerDay` times a day, so the button cannot
  // be used to flood an address (docs/security.md, "Confirmed email addresses").
  emailConfirmation: { codeMinutes: 30, maxAttempts: 5, resendSeconds: 60, sendsPerDay: 5 },
  // The nightly retention job. Refresh sessions go once past their absolute lifetime and
  // verification attempts once older than their longest counting window (both by the figures
  // above); sent outbox rows after `sentEmailDays`. The audit trail is never purged.
  retention: { sentEmailDays: 90 },
  // A Direct Deposit change takes effect this many days after it is made; meanwhile the parent is
  // told (email and portal) and can cancel it, so a stolen session cannot move the next payment
  // unnoticed (docs/security.md, "Direct Deposit cooling-off").
  directDeposit: { coolingOffDays: 3 },
});

const d = SECURITY_POLICY_DEFAULTS;
const count = (min: number, max: number, fallback: number) => z.int().min(min).max(max).default(fallback);

// strictObject: an override with an unknown key is a typo, not something to ignore.
const policySchema = z.strictObject({
  password: z
    .strictObject({
      minLength: count(8, 128, d.password.minLength),
      maxLength: count(64, 1024, d.password.maxLength),
    })
    .prefault({})
    .refine((p) => p.minLength <= p.maxLength, 'password.minLength must not exceed password.maxLength'),
  argon2: z
    .strictObject({
      memoryKiB: count(7_168, 4_194_304, d.argon2.memoryKiB),
      iterations: count(1, 100, d.argon2.iterations),
      parallelism: count(1, 16, d.argon2.parallelism),
    })
    .prefault({})
    // OWASP's equivalent settings trade memory for passes (19456×2, 12288×3, 9216×4, 7168×5);
    // refuse anything cheaper than the weakest of them.
    .refine(
      (a) => a.memoryKiB * a.iterations >= 35_840,
      'argon2 memoryKiB × iterations must be at least 35840',
    ),
  argon2Queue: z
    .strictObject({
      concurrency: count(1, 64, d.argon2Queue.concurrency),
      maxWaiting: count(0, 10_000, d.argon2Queue.maxWaiting),
    })
    .prefault({}),
  signInLockout: z
    .strictObject({
      maxFailures: count(1, 100, d.signInLockout.maxFailures),
      windowMinutes: count(1, 1440, d.signInLockout.windowMinutes),
      lockMinutes: count(1, 1440, d.signInLockout.lockMinutes),
    })
    .prefault({}),
  registration: z
    .strictObject({
      maxFailures: count(1, 100, d.registration.maxFailures),
      windowHours: count(1, 720, d.registration.windowHours),
    })
    .prefault({}),
  recovery: z
    .strictObject({
      maxFailedAnswerSets: count(1, 100, d.recovery.maxFailedAnswerSets),
      failedAnswerWindowHours: count(1, 720, d.recovery.failedAnswerWindowHours),
      lockHours: count(1, 720, d.recovery.lockHours),
      maxStartsPerSsn: count(1, 100, d.recovery.maxStartsPerSsn),
      startWindowHours: count(1, 720, d.recovery.startWindowHours),
      answersAskedPerAttempt: count(2, 3, d.recovery.answersAskedPerAttempt),
    })
    .prefault({}),
  ipThrottle: z
    .strictObject({
      maxRequests: count(1, 100_000, d.ipThrottle.maxRequests),
      windowSeconds: count(1, 3600, d.ipThrottle.windowSeconds),
    })
    .prefault({}),
  session: z
    .strictObject({
      accessTokenMinutes: count(1, 60, d.session.accessTokenMinutes),
      idleMinutes: count(2, 240, d.session.idleMinutes),
      idleWarningMinutes: count(1, 60, d.session.idleWarningMinutes),
      absoluteHours: count(1, 24, d.session.absoluteHours),
      staffAbsoluteHours: count(1, 24, d.session.staffAbsoluteHours),
      refreshRetrySeconds: count(0, 30, d.session.refreshRetrySeconds),
    })
    .prefault({})
    .refine(
      (s) => s.idleWarningMinutes < s.idleMinutes,
      'session.idleWarningMinutes must be below idleMinutes',
    ),
  temporaryPassword: z
    .strictObject({
      expiryHours: count(1, 72, d.temporaryPassword.expiryHours),
      entropyBits: count(128, 512, d.temporaryPassword.entropyBits),
    })
    .prefault({}),
  staffEnrolment: z.strictObject({ windowHours: count(1, 72, d.staffEnrolment.windowHours) }).prefault({}),
  securityAnswers: z
    .strictObject({
      count: count(3, 3, d.securityAnswers.count),
      minLength: count(1, 64, d.securityAnswers.minLength),
    })
    .prefault({}),
  appointments: z
    .strictObject({
      maxUpcomingPerAccount: count(1, 20, d.appointments.maxUpcomingPerAccount),
    })
    .prefault({}),
  documentUploads: z
    .strictObject({
      maxFiles: count(1, 1000, d.documentUploads.maxFiles),
      maxMegabytes: count(10, 10_000, d.documentUploads.maxMegabytes),
      windowHours: count(1, 720, d.documentUploads.windowHours),
    })
    .prefault({}),
  paymentAttempts: z
    .strictObject({
      maxDeclined: count(1, 100, d.paymentAttempts.maxDeclined),
      windowMinutes: count(1, 1440, d.paymentAttempts.windowMinutes),
    })
    .prefault({}),
  webauthn: z.strictObject({ challengeMinutes: count(1, 15, d.webauthn.challengeMinutes) }).prefault({}),
  secondFactor: z
    .strictObject({
      pendingMinutes: count(1, 30, d.secondFactor.pendingMinutes),
      codeMinutes: count(1, 30, d.secondFactor.codeMinutes),
      codeMaxAttempts: count(1, 10, d.secondFactor.codeMaxAttempts),
      recoveryCodes: count(5, 20, d.secondFactor.recoveryCodes),
    })
    .prefault({}),
  emailDelivery: z
    .strictObject({
      maxAttempts: count(1, 50, d.emailDelivery.maxAttempts),
      firstRetrySeconds: count(1, 3600, d.emailDelivery.firstRetrySeconds),
      maxRetryMinutes: count(1, 1440, d.emailDelivery.maxRetryMinutes),
    })
    .prefault({}),
  emailConfirmation: z
    .strictObject({
      codeMinutes: count(5, 1440, d.emailConfirmation.codeMinutes),
      maxAttempts: count(1, 10, d.emailConfirmation.maxAttempts),
      resendSeconds: count(0, 3600, d.emailConfirmation.resendSeconds),
      sendsPerDay: count(1, 50, d.emailConfirmation.sendsPerDay),
    })
    .prefault({}),
  retention: z
    .strictObject({
      sentEmailDays: count(1, 3650, d.retention.sentEmailDays),
    })
    .prefault({}),
  directDeposit: z
    .strictObject({
      coolingOffDays: count(1, 30, d.directDeposit.coolingOffDays),
    })
    .prefault({}),
  agencyWords: z
    .array(z.string().trim().toLowerCase().min(3))
    .min(1)
    .default([...d.agencyWords]),
});

export type SecurityPolicy = z.output<typeof policySchema>;
export type SecurityPolicyOverrides = z.input<typeof policySchema>;

/** Defaults merged with validated overrides; throws a ZodError naming each bad field. */
export function parseSecurityPolicy(overrides: unknown = {}): SecurityPolicy {
  return deepFreeze(policySchema.parse(overrides ?? {}));
}

/** The defaults, validated once: what services use unless the API passes its own policy. */
export const securityPolicy: SecurityPolicy = parseSecurityPolicy({});

function deepFreeze<T extends object>(value: T): Readonly<T> {
  for (const child of Object.values(value)) {
    if (typeof child === 'object' && child !== null) deepFreeze(child);
  }
  return Object.freeze(value);
}
