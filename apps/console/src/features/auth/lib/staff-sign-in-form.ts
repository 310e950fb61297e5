import type { FieldError } from '@cos/ui';

// Element ids of the fields, shared by labels and error summary links.
export const staffFieldIds = {
  username: 'username',
  password: 'password',
  totp: 'totp',
  acknowledged: 'acknowledge',
} as const;

export type StaffSignInValues = {
  username: string;
  password: string;
  totp: string;
  acknowledged: boolean;
};

/** Authenticator apps often show the code as "123 456"; accept it as typed. */
export function normaliseTotp(code: string): string {
  return code.replace(/\s+/g, '');
}

/**
 * Every problem at once, in the order of the fields, so the summary reads top to bottom. The code
 * may be left empty: a staff member whose account is new or was reset has no authenticator app
 * yet, and the API then answers with a session that may only set one up. An enrolled account
 * without a code fails like any wrong code.
 */
export function validateStaffSignIn(values: StaffSignInValues): FieldError[] {
  const errors: FieldError[] = [];
  const totp = normaliseTotp(values.totp);
  if (!values.username.trim())
    errors.push({ fieldId: staffFieldIds.username, messageKey: 'auth:errors.usernameRequired' });
  // Not trimmed: spaces can be part of a passphrase.
  if (!values.password)
    errors.push({ fieldId: staffFieldIds.password, messageKey: 'auth:errors.passwordRequired' });
  if (totp && !/^\d{6}$/.test(totp))
    errors.push({ fieldId: staffFieldIds.totp, messageKey: 'auth:errors.totpFormat' });
  if (!values.acknowledged) {
    errors.push({ fieldId: staffFieldIds.acknowledged, messageKey: 'auth:errors.acknowledgeRequired' });
  }
  return errors;
}

/** Reads the form without casts: FormData gives strings for text inputs, null for unticked boxes. */
export function readStaffSignIn(form: HTMLFormElement): StaffSignInValues {
  const data = new FormData(form);
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === 'string' ? value : '';
  };
  return {
    username: text('username'),
    password: text('password'),
    totp: text('totp'),
    acknowledged: data.get('acknowledged') !== null,
  };
}
