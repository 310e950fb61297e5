// The Provide Info form: which fields each kind of change has, their element ids, and the schema
// it is checked with before sending. The rules are the contracts' (ChangeRequestInput, what the
// server accepts); the words are this app's, so they can be translated.
import { ChangeRequestInput, PasskeyAssertion, type ChangeRequestKind } from '@cos/contracts';
import { radioOptionId } from '@cos/ui';
import { z } from 'zod';

export const changeKinds = [
  'address',
  'phone',
  'email',
  'employer',
] as const satisfies readonly ChangeRequestKind[];

export const fieldIds = {
  kind: 'change-kind',
  addressLine1: 'address-line-1',
  addressLine2: 'address-line-2',
  city: 'address-city',
  state: 'address-state',
  zip: 'address-zip',
  phone: 'change-phone',
  email: 'change-email',
  currentPassword: 'change-current-password',
  employerName: 'employer-name',
  employerAddress: 'employer-address',
} as const;

type FieldName = Exclude<keyof typeof fieldIds, 'kind'>;

export const fieldsOfKind: Record<ChangeRequestKind, readonly FieldName[]> = {
  address: ['addressLine1', 'addressLine2', 'city', 'state', 'zip'],
  phone: ['phone'],
  email: ['email', 'currentPassword'],
  employer: ['employerName', 'employerAddress'],
};

const isKind = (value: string): value is ChangeRequestKind =>
  (changeKinds as readonly string[]).includes(value);

export const changeRequestDefaults = {
  kind: '',
  addressLine1: '',
  addressLine2: '',
  city: '',
  state: '',
  zip: '',
  phone: '',
  email: '',
  currentPassword: '',
  employerName: '',
  employerAddress: '',
};

/** What the email change sends in place of the password after "Use a passkey instead" (step-up). */
const stepUpAssertion = { passkeyAssertion: PasskeyAssertion.optional() };

/** Every box of the form as text; only the chosen kind's go to the server (ChangeRequestInput). */
export const ChangeRequestValues = z
  .object({
    ...(Object.fromEntries(Object.keys(changeRequestDefaults).map((name) => [name, z.string()])) as Record<
      keyof typeof changeRequestDefaults,
      z.ZodString
    >),
    ...stepUpAssertion,
  })
  // Cast for the pipe only: ChangeRequestInput checks this object at once (an unknown kind fails there).
  .transform(({ kind = '', passkeyAssertion, ...values }) => {
    if (!isKind(kind)) return { kind } as z.input<typeof ChangeRequestInput>;
    const fields: Record<string, string> = Object.fromEntries(
      fieldsOfKind[kind].map((name) => [name, values[name]]),
    );
    // With a passkey assertion the password box may stay empty: the assertion is the proof.
    if (kind === 'email' && passkeyAssertion) {
      delete fields.currentPassword;
      return { kind, ...fields, passkeyAssertion } as z.input<typeof ChangeRequestInput>;
    }
    return { kind, ...fields } as z.input<typeof ChangeRequestInput>;
  })
  .pipe(ChangeRequestInput);

/** The summary links the kind's problem to its first option; a failed passkey to its button. */
export const changeRequestIds = {
  ...fieldIds,
  kind: radioOptionId(fieldIds.kind, 'address'),
  passkey: 'change-passkey',
};

const messagesOf = (name: FieldName) => ({
  required: `provideInfo:errors.${name}.required`,
  default: `provideInfo:errors.${name}.invalid`,
});

/** A blank box needs filling in; a filled one needs fixing: two different messages. */
export const changeRequestMessages = {
  kind: 'provideInfo:errors.kind',
  ...Object.fromEntries(
    Object.values(fieldsOfKind).flatMap((names) => names.map((name) => [name, messagesOf(name)])),
  ),
};
