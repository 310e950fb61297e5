// The portal's binding of the shared new-password check (@cos/ui): the policy's figures from the
// server's password-policy answer, the defaults until it arrives.
import {
  usePasswordCheck as useSharedPasswordCheck,
  type PasswordCheck,
  type PasswordContext,
} from '@cos/ui';
import { useQuery } from '@tanstack/react-query';
import { defaultPasswordPolicy, passwordPolicyQueryOptions } from './get-password-policy.ts';

export type { PasswordCheck, PasswordContext };

export function usePasswordCheck(password: string, context: PasswordContext): PasswordCheck {
  const { data: policy = defaultPasswordPolicy } = useQuery(passwordPolicyQueryOptions());
  return useSharedPasswordCheck(password, context, policy);
}
