import { SECURITY_POLICY_DEFAULTS, StaffChangePasswordRequest } from '@cos/contracts';
import { ChangePasswordFormBody, useApiForm, usePasswordCheck, useProblemText } from '@cos/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { requestErrors } from '../../../lib/form-errors.ts';
import { useSessionStore } from '../../../lib/session/session-context.tsx';
import { changeStaffPassword, passwordPolicyQueryOptions } from '../api/change-password.ts';
import { staffMeQueryOptions } from '../api/get-me.ts';

const ids = { currentPassword: 'current-password', newPassword: 'new-password' } as const;
const defaultPolicy = {
  ...SECURITY_POLICY_DEFAULTS.password,
  agencyWords: [...SECURITY_POLICY_DEFAULTS.agencyWords],
};

type Words = {
  /** The first problem the shared password rules find, worded, or none. */
  firstProblem: (password: string) => string | undefined;
  same: string;
};

/** StaffChangePasswordRequest, with the new password checked by the shared rules and not the current one. */
const staffPasswordSchema = ({ firstProblem, same }: Words) =>
  StaffChangePasswordRequest.extend({ newPassword: z.string().min(1) }).superRefine(
    ({ currentPassword, newPassword }, context) => {
      const problem = firstProblem(newPassword) ?? (newPassword === currentPassword ? same : undefined);
      if (problem) context.addIssue({ code: 'custom', path: ['newPassword'], message: problem });
    },
  );

/**
 * The staff member's current and new password, with the portal's rules ticked off while typing
 * (the same rules the server applies). On success the session is told the password no longer has
 * to change, and `done` (the next step, or a link home) replaces the form.
 */
export function StaffPasswordForm({ done }: { done: ReactNode }) {
  const { t } = useTranslation('auth');
  const describe = useProblemText();
  const store = useSessionStore();
  const queryClient = useQueryClient();
  const { data: me } = useQuery(staffMeQueryOptions());
  const { data: policy = defaultPolicy } = useQuery(passwordPolicyQueryOptions());
  const success = useRef<HTMLDivElement>(null);
  // The rules need the password typed so far, so the check is made after the form's hook; the
  // schema reads it when a submit runs.
  let firstProblem: (password: string) => string | undefined = () => undefined;
  const { form, mutation, errors, busy, onSubmit, field, errorAt } = useApiForm({
    schema: staffPasswordSchema({
      firstProblem: (password) => firstProblem(password),
      same: t('passwordChange.errors.same'),
    }),
    defaultValues: { currentPassword: '', newPassword: '' },
    ids,
    messages: {
      currentPassword: 'auth:passwordChange.errors.currentRequired',
      newPassword: { required: 'auth:passwordChange.errors.newRequired' },
    },
    submit: changeStaffPassword,
    onSuccess: async (grant) => {
      store.grant(grant);
      await queryClient.invalidateQueries({ queryKey: ['me'] });
    },
    failure: (error, fieldId) => requestErrors(error, ids.currentPassword, fieldId),
  });
  const password = form.watch('newPassword');
  const check = usePasswordCheck(
    password,
    { userId: me?.username, names: me ? me.displayName.split(/\s+/) : [] },
    policy,
  );
  firstProblem = (candidate) => {
    const [problem] = check.validate(candidate);
    return problem && describe(problem);
  };
  const changed = mutation.isSuccess;

  useEffect(() => {
    if (changed) success.current?.focus();
  }, [changed]);

  if (changed) {
    return (
      <div ref={success} tabIndex={-1} className="usa-alert usa-alert--success margin-y-3" role="status">
        <div className="usa-alert__body">
          <h2 className="usa-alert__heading">{t('passwordChange.doneHeading')}</h2>
          <p className="usa-alert__text">{t('passwordChange.doneText')}</p>
          {done}
        </div>
      </div>
    );
  }

  return (
    <ChangePasswordFormBody
      username={me?.username ?? ''}
      errors={errors}
      busy={busy}
      onSubmit={onSubmit}
      current={field('currentPassword')}
      next={{
        id: ids.newPassword,
        value: password,
        onChange: (value) => form.setValue('newPassword', value),
        error: errorAt(ids.newPassword),
      }}
      check={check}
      text={{
        current: t('passwordChange.current'),
        currentHint: t('passwordChange.currentHint'),
        next: t('passwordChange.new'),
        submit: t('passwordChange.submit'),
      }}
    />
  );
}
