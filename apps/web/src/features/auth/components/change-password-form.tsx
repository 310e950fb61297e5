import { ChangePasswordFormBody, useProblemText, type FieldError } from '@cos/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { usePasswordCheck } from '../../../lib/password/use-password-check.ts';
import { changePassword } from '../api/change-password.ts';
import { meQueryOptions } from '../../../lib/queries/get-me.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { useSession } from '../../../lib/session/session-context.tsx';

const ids = { current: 'current-password', next: 'new-password' } as const;
const wireFields: Record<string, string> = { currentPassword: ids.current, newPassword: ids.next };

/**
 * Current and new password. The server answers with a fresh session (the others are revoked); a
 * session that had to change its password (a temporary one) is then free to go on.
 */
export function ChangePasswordForm() {
  const { t } = useTranslation('auth');
  const describe = useProblemText();
  const queryClient = useQueryClient();
  const { data: me } = useQuery(meQueryOptions());
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const success = useRef<HTMLDivElement>(null);
  // Remembered from the start: after the change the session no longer has to change its password.
  const session = useSession();
  const [temporary] = useState(() => session.status === 'signedIn' && session.mustChangePassword);
  const check = usePasswordCheck(password, {
    userId: me?.userId,
    names: me ? [me.firstName, me.lastName] : [],
  });

  useEffect(() => {
    if (done) success.current?.focus();
  }, [done]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: FieldError[] = [];
    if (!current) problems.push({ fieldId: ids.current, messageKey: 'auth:errors.currentPasswordRequired' });
    const rule = password ? check.validate(password)[0] : undefined;
    if (!password) problems.push({ fieldId: ids.next, messageKey: 'auth:errors.newPasswordRequired' });
    else if (rule) problems.push({ fieldId: ids.next, messageKey: '', message: describe(rule) });
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    try {
      await changePassword({ currentPassword: current, newPassword: password });
      await queryClient.invalidateQueries({ queryKey: ['me'] });
      setCurrent('');
      setPassword('');
      setDone(true);
    } catch (error) {
      if (isApiError(error, 'INVALID_CREDENTIALS'))
        setErrors([{ fieldId: ids.current, messageKey: 'auth:errors.currentPasswordWrong' }]);
      else if (isApiError(error, 'VALIDATION_FAILED'))
        setErrors(serverFieldErrors(error, (field) => wireFields[field], ids.next));
      else setErrors(requestFailure(error, ids.current, (count) => t('errors.rateLimited', { count })));
    } finally {
      setBusy(false);
    }
  }

  if (done) {
    return (
      <div ref={success} tabIndex={-1} className="usa-alert usa-alert--success margin-y-3" role="status">
        <div className="usa-alert__body">
          <h2 className="usa-alert__heading">{t('changePassword.doneHeading')}</h2>
          <p className="usa-alert__text">{t('changePassword.doneText')}</p>
          {temporary ? (
            // As the seed site's step 4: "Select the Next link to access your Case information."
            <>
              <p className="usa-alert__text">{t('changePassword.nextText')}</p>
              <Link className="usa-button margin-top-2" to={paths.myCase.path}>
                {t('changePassword.nextButton')}
              </Link>
            </>
          ) : (
            <p className="usa-alert__text">
              <Link to={paths.myCase.path}>{t('changePassword.next')}</Link>
            </p>
          )}
        </div>
      </div>
    );
  }

  return (
    <ChangePasswordFormBody
      username={me?.userId ?? ''}
      ids={ids}
      errors={errors}
      current={current}
      onCurrentChange={setCurrent}
      password={password}
      onPasswordChange={setPassword}
      check={check}
      busy={busy}
      text={{
        current: t('changePassword.current'),
        currentHint: t('changePassword.currentHint'),
        next: t('changePassword.new'),
        submit: t('changePassword.submit'),
      }}
      onSubmit={(event) => void submit(event)}
    />
  );
}
