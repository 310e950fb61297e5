import { SECURITY_POLICY_DEFAULTS } from '@cos/contracts';
import { ChangePasswordFormBody, usePasswordCheck, useProblemText, type FieldError } from '@cos/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { requestErrors } from '../../../lib/form-errors.ts';
import { useSessionStore } from '../../../lib/session/session-context.tsx';
import { changeStaffPassword, passwordPolicyQueryOptions } from '../api/change-password.ts';
import { staffMeQueryOptions } from '../api/get-me.ts';

const ids = { current: 'current-password', next: 'new-password' } as const;
const wireFields: Record<string, string> = { currentPassword: ids.current, newPassword: ids.next };
const defaultPolicy = {
  ...SECURITY_POLICY_DEFAULTS.password,
  agencyWords: [...SECURITY_POLICY_DEFAULTS.agencyWords],
};

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
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const [changed, setChanged] = useState(false);
  const success = useRef<HTMLDivElement>(null);
  const check = usePasswordCheck(
    password,
    { userId: me?.username, names: me ? me.displayName.split(/\s+/) : [] },
    policy,
  );

  useEffect(() => {
    if (changed) success.current?.focus();
  }, [changed]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: FieldError[] = [];
    if (!current)
      problems.push({ fieldId: ids.current, messageKey: 'auth:passwordChange.errors.currentRequired' });
    const rule = password ? check.validate(password)[0] : undefined;
    if (!password) problems.push({ fieldId: ids.next, messageKey: 'auth:passwordChange.errors.newRequired' });
    else if (rule) problems.push({ fieldId: ids.next, messageKey: '', message: describe(rule) });
    else if (password === current)
      problems.push({ fieldId: ids.next, messageKey: 'auth:passwordChange.errors.same' });
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    try {
      const grant = await changeStaffPassword({ currentPassword: current, newPassword: password });
      store.grant(grant);
      await queryClient.invalidateQueries({ queryKey: ['me'] });
      setCurrent('');
      setPassword('');
      setChanged(true);
    } catch (error) {
      setErrors(requestErrors(error, ids.current, (field) => wireFields[field]));
    } finally {
      setBusy(false);
    }
  }

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
      ids={ids}
      errors={errors}
      current={current}
      onCurrentChange={setCurrent}
      password={password}
      onPasswordChange={setPassword}
      check={check}
      busy={busy}
      text={{
        current: t('passwordChange.current'),
        currentHint: t('passwordChange.currentHint'),
        next: t('passwordChange.new'),
        submit: t('passwordChange.submit'),
      }}
      onSubmit={(event) => void submit(event)}
    />
  );
}
