import { ChangePasswordRequest } from '@cos/contracts';
import { ChangePasswordFormBody, useApiForm, useProblemText, type FieldError } from '@cos/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { paths } from '../../../config/paths.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { usePasswordCheck } from '../../../lib/password/use-password-check.ts';
import { changePassword } from '../api/change-password.ts';
import { meQueryOptions } from '../../../lib/queries/get-me.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { useSession } from '../../../lib/session/session-context.tsx';

const ids = { currentPassword: 'current-password', newPassword: 'new-password' } as const;

/** ChangePasswordRequest, with the new password checked by the shared rules (`firstProblem`, worded). */
const changePasswordSchema = (firstProblem: (password: string) => string | undefined) =>
  ChangePasswordRequest.extend({ newPassword: z.string().min(1) }).superRefine(({ newPassword }, context) => {
    const problem = firstProblem(newPassword);
    if (problem) context.addIssue({ code: 'custom', path: ['newPassword'], message: problem });
  });

/**
 * Current and new password. The server answers with a fresh session (the others are revoked); a
 * session that had to change its password (a temporary one) is then free to go on.
 */
export function ChangePasswordForm() {
  const { t } = useTranslation('auth');
  const describe = useProblemText();
  const queryClient = useQueryClient();
  const { data: me } = useQuery(meQueryOptions());
  const success = useRef<HTMLDivElement>(null);
  // Remembered from the start: after the change the session no longer has to change its password.
  const session = useSession();
  const [temporary] = useState(() => session.status === 'signedIn' && session.mustChangePassword);
  // The rules need the password typed so far, so the check is made after the form's hook; the
  // schema reads it when a submit runs.
  let firstProblem: (password: string) => string | undefined = () => undefined;
  const { form, mutation, errors, busy, onSubmit, field, errorAt } = useApiForm({
    schema: changePasswordSchema((password) => firstProblem(password)),
    defaultValues: { currentPassword: '', newPassword: '' },
    ids,
    messages: {
      currentPassword: 'auth:errors.currentPasswordRequired',
      newPassword: { required: 'auth:errors.newPasswordRequired' },
    },
    submit: changePassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me'] }),
    failure: (error, fieldId): FieldError[] => {
      if (isApiError(error, 'INVALID_CREDENTIALS'))
        return [{ fieldId: ids.currentPassword, messageKey: 'auth:errors.currentPasswordWrong' }];
      if (isApiError(error, 'VALIDATION_FAILED')) return serverFieldErrors(error, fieldId, ids.newPassword);
      return requestFailure(error, ids.currentPassword, (count) => t('errors.rateLimited', { count }));
    },
  });
  const password = form.watch('newPassword');
  const check = usePasswordCheck(password, {
    userId: me?.userId,
    names: me ? [me.firstName, me.lastName] : [],
  });
  firstProblem = (candidate) => {
    const [problem] = check.validate(candidate);
    return problem && describe(problem);
  };
  const done = mutation.isSuccess;

  useEffect(() => {
    if (done) success.current?.focus();
  }, [done]);

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
        current: t('changePassword.current'),
        currentHint: t('changePassword.currentHint'),
        next: t('changePassword.new'),
        submit: t('changePassword.submit'),
      }}
    />
  );
}
