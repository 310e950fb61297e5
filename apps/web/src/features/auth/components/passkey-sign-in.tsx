import { ErrorSummary, type FieldError } from '@cos/ui';
import { useQueryClient, useMutation } from '@tanstack/react-query';
import { browserSupportsWebAuthn } from '@simplewebauthn/browser';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { paths, safeNextPath } from '../../../config/paths.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { signInWithPasskey } from '../api/passkey-sign-in.ts';

const BUTTON_ID = 'passkey-sign-in';

/**
 * "Sign in with a passkey", beside the User ID step: the browser offers the parent's passkeys for
 * this site (no User ID, no password). Hidden where the browser has no WebAuthn.
 */
export function PasskeySignIn() {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [search] = useSearchParams();
  const next = safeNextPath(search.get('next'));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const mutation = useMutation({
    mutationFn: signInWithPasskey,
    onMutate: () => setErrors([]),
    onSuccess: async (grant) => {
      queryClient.clear();
      await navigate(grant.mustChangePassword ? paths.changePassword.path : (next ?? paths.myCase.path), {
        replace: true,
      });
    },
    onError: (error) => {
      // A refused passkey, or the browser's prompt cancelled or timed out: one answer.
      const known =
        isApiError(error, 'INVALID_CREDENTIALS') || (error instanceof Error && !isApiError(error));
      setErrors(
        known
          ? [{ fieldId: BUTTON_ID, messageKey: 'auth:passkey.failed' }]
          : requestFailure(error, BUTTON_ID, (count) => t('errors.rateLimited', { count })),
      );
    },
  });
  if (!browserSupportsWebAuthn()) return null;

  return (
    <section aria-labelledby="passkey-heading" className="margin-top-4">
      <h2 id="passkey-heading" className="font-heading-md">
        {t('passkey.heading')}
      </h2>
      <ErrorSummary errors={errors} />
      <p>{t('passkey.intro')}</p>
      <button
        id={BUTTON_ID}
        type="button"
        className="usa-button usa-button--outline"
        disabled={mutation.isPending}
        onClick={() => mutation.mutate()}
      >
        {t('passkey.button')}
      </button>
    </section>
  );
}
