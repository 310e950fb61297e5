// A parent's passkeys and second factor (docs/security.md, "Passkeys and a second factor"): WebAuthn
// options and responses as JSON (the shapes @simplewebauthn/browser produces), the second step of
// a password sign-in, the factors on the Security page, recovery codes and step-up.
import { z } from 'zod';

const Base64Url = z
  .string()
  .regex(/^[A-Za-z0-9_-]*$/, 'Not base64url.')
  .max(16_384);
const PasswordInput = z.string().min(1, 'Enter your password.').max(1024, 'Enter your password.');

/** PublicKeyCredential{Creation,Request}OptionsJSON as made by @simplewebauthn/server: passed through. */
export const WebAuthnOptions = z
  .looseObject({ challenge: z.string() })
  .describe('Hand to navigator.credentials (via @simplewebauthn/browser) as it is');
export type WebAuthnOptions = z.infer<typeof WebAuthnOptions>;

const Attachment = z.enum(['platform', 'cross-platform']).optional();
const ClientExtensionResults = z.looseObject({});

/** What the browser made on navigator.credentials.create (RegistrationResponseJSON). */
export const PasskeyAttestation = z.object({
  id: Base64Url.min(1),
  rawId: Base64Url.min(1),
  response: z.object({
    clientDataJSON: Base64Url.min(1),
    attestationObject: Base64Url.min(1),
    authenticatorData: Base64Url.optional(),
    transports: z.array(z.string().max(32)).max(10).optional(),
    publicKeyAlgorithm: z.int().optional(),
    publicKey: Base64Url.optional(),
  }),
  authenticatorAttachment: Attachment,
  clientExtensionResults: ClientExtensionResults,
  type: z.literal('public-key'),
});

/** What the browser made on navigator.credentials.get (AuthenticationResponseJSON). */
export const PasskeyAssertion = z.object({
  id: Base64Url.min(1),
  rawId: Base64Url.min(1),
  response: z.object({
    clientDataJSON: Base64Url.min(1),
    authenticatorData: Base64Url.min(1),
    signature: Base64Url.min(1),
    userHandle: Base64Url.optional(),
  }),
  authenticatorAttachment: Attachment,
  clientExtensionResults: ClientExtensionResults,
  type: z.literal('public-key'),
});
export type PasskeyAssertion = z.infer<typeof PasskeyAssertion>;

export const PasskeyName = z
  .string()
  .trim()
  .min(1, 'Give the passkey a name.')
  .max(60, 'Use at most 60 characters.');

export const RegisterPasskeyRequest = z.object({ name: PasskeyName, attestation: PasskeyAttestation });
export type RegisterPasskeyRequest = z.infer<typeof RegisterPasskeyRequest>;

export const PasskeySignInRequest = z.object({ assertion: PasskeyAssertion });
export type PasskeySignInRequest = z.infer<typeof PasskeySignInRequest>;

export const Passkey = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  backedUp: z.boolean().describe('Synced by the passkey provider (e.g. a password manager)'),
});
export type Passkey = z.infer<typeof Passkey>;

export const SecondFactorMethod = z.enum(['totp', 'email', 'recovery_code']);
export type SecondFactorMethod = z.infer<typeof SecondFactorMethod>;

/** What a signed-in parent has set up (never a secret). */
export const MyFactors = z.object({
  passkeys: z.array(Passkey),
  totp: z.boolean(),
  email: z.boolean(),
  emailAddress: z.string().nullable().describe('Masked, e.g. c•••@example.com'),
  recoveryCodesLeft: z.int(),
});
export type MyFactors = z.infer<typeof MyFactors>;

/** Proof of the person at the keyboard for a sensitive change: the password or a fresh passkey assertion. */
export const StepUp = z
  .object({
    currentPassword: PasswordInput.optional(),
    passkeyAssertion: PasskeyAssertion.optional(),
  })
  .describe('One of the two');
export type StepUp = z.infer<typeof StepUp>;

export const RemovePasskeyRequest = StepUp;
export type RemovePasskeyRequest = z.infer<typeof RemovePasskeyRequest>;

export const TotpSetup = z.object({
  secret: z.string().describe('Base32; shown once, for typing into the app'),
  otpauthUrl: z.string(),
  qrCodeDataUrl: z.string(),
});
export type TotpSetup = z.infer<typeof TotpSetup>;

const SixDigits = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'Enter the 6-digit code.');

export const ConfirmFactorRequest = z.object({ code: SixDigits });
export type ConfirmFactorRequest = z.infer<typeof ConfirmFactorRequest>;

export const StartFactorRequest = z.object({ currentPassword: PasswordInput });
export type StartFactorRequest = z.infer<typeof StartFactorRequest>;

/** Given once, when the first second factor is turned on (or new ones are asked for). */
export const RecoveryCodes = z.object({
  recoveryCodes: z.array(z.string()).describe('Each works once; shown only now'),
});
export type RecoveryCodes = z.infer<typeof RecoveryCodes>;

/** A password sign-in of a parent with a second factor: the password was right, now the code. */
export const SecondFactorRequired = z.object({
  secondFactor: z.object({
    token: z.string().describe('Opaque; carries the password step to the code step'),
    methods: z.array(SecondFactorMethod),
    expiresIn: z.int().describe('Seconds'),
  }),
});
export type SecondFactorRequired = z.infer<typeof SecondFactorRequired>;

export const SecondFactorTokenRequest = z.object({ token: z.string().min(1).max(2048) });
export type SecondFactorTokenRequest = z.infer<typeof SecondFactorTokenRequest>;

export const SecondFactorRequest = z.object({
  token: z.string().min(1).max(2048),
  method: SecondFactorMethod,
  code: z.string().trim().min(1, 'Enter the code.').max(32, 'Enter the code.'),
});
export type SecondFactorRequest = z.infer<typeof SecondFactorRequest>;

/** The proof beside the security answers that a parent with a factor gives to recover. */
export const RecoveryProof = z.object({
  method: z.enum(['totp', 'email', 'recovery_code']),
  code: z.string().trim().min(1, 'Enter the code.').max(32, 'Enter the code.'),
});
export type RecoveryProof = z.infer<typeof RecoveryProof>;

export const RecoveryEmailCodeRequest = z.object({ recoveryToken: z.string().min(1).max(2048) });

/** The console's view of a parent's factors: which, never a secret. */
export const StaffAccountFactors = z.object({
  passkeys: z.array(Passkey.pick({ id: true, name: true, createdAt: true, lastUsedAt: true })),
  totp: z.boolean(),
  email: z.boolean(),
  recoveryCodesLeft: z.int(),
});
export type StaffAccountFactors = z.infer<typeof StaffAccountFactors>;

export const StaffRemoveFactorRequest = z.object({
  factor: z.enum(['passkey', 'totp', 'email']),
  passkeyId: z.uuid('Choose the passkey.').optional(),
  callerVerified: z.literal(true, 'Verify the caller first.'),
  reason: z
    .string()
    .trim()
    .min(3, 'Say briefly why (at least 3 characters).')
    .max(500, 'Use at most 500 characters.'),
});
export type StaffRemoveFactorRequest = z.infer<typeof StaffRemoveFactorRequest>;
