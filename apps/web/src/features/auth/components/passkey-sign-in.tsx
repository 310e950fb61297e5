import type { SessionGrant } from '@cos/contracts';
import { ErrorSummary, type FieldError } from '@cos/ui';
import { useQueryClient, useMutation } from '@tanstack/react-query';
import {
  WebAuthnAbortService,
  browserSupportsWebAuthn,
  browserSupportsWebAuthnAutofill,
  startAuthentication,
  type AuthenticationResponseJSON,
} from '@simplewebauthn/browser';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { paths, safeNextPath } from '../../../config/paths.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { finishPasskeySignIn, passkeySignInOptions, signInWithPasskey } from '../api/passkey-sign-in.ts';

const BUTTON_ID = 'passkey-sign-in';

/**
 * "Sign in with a passkey", beside the User ID step: the browser offers the parent's passkeys for
 * this site (no User ID, no password). Hidden where the browser has no WebAuthn. Where the browser
 * can, the passkeys are also offered in the User ID field's autofill (conditional UI, the field's
 * `autocomplete="username webauthn"`); that waiting request is cancelled when the parent goes on
 * with the password (the page is left) or presses the button (which starts its own).
 */
export function PasskeySignIn() {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [search] = useSearchParams();
  const next = safeNextPath(search.get('next'));
  // Set once the button is pressed: an autofill request not yet started must not start after it.
  const pressed = useRef(false);

  // The button's own prompt, or (given) the passkey the User ID field's autofill offered: one
  // request either way, whose failure is the summary's one entry.
  const mutation = useMutation({
    mutationFn: (assertion?: AuthenticationResponseJSON) =>
      assertion ? finishPasskeySignIn(assertion) : signInWithPasskey(),
    onSuccess: async (grant: SessionGrant) => {
      queryClient.clear();
      await navigate(grant.mustChangePassword ? paths.changePassword.path : (next ?? paths.myCase.path), {
        replace: true,
      });
    },
  });
  // A new array per failed attempt (a new error), so the summary takes focus each time.
  const errors = useMemo((): FieldError[] => {
    const error = mutation.error;
    if (!error) return [];
    // A refused passkey, or the browser's prompt cancelled or timed out: one answer.
    const known = isApiError(error, 'INVALID_CREDENTIALS') || (error instanceof Error && !isApiError(error));
    return known
      ? [{ fieldId: BUTTON_ID, messageKey: 'auth:passkey.failed' }]
      : requestFailure(error, BUTTON_ID, (count) => t('errors.rateLimited', { count }));
  }, [mutation.error, t]);

  useEffect(() => {
    let left = false;
    void (async () => {
      if (!(await browserSupportsWebAuthnAutofill())) return;
      let assertion;
      try {
        const optionsJSON = await passkeySignInOptions();
        if (left || pressed.current) return;
        assertion = await startAuthentication({ optionsJSON, useBrowserAutofill: true });
      } catch {
        // Cancelled (the page was left, the button pressed), or no challenge: the other ways remain.
        return;
      }
      if (!left) mutation.mutate(assertion);
    })();
    return () => {
      left = true;
      // The password path (or any other page) leaves no passkey request waiting in the browser.
      WebAuthnAbortService.cancelCeremony();
    };
    // Once per visit of the sign-in page; the handlers read the latest state when they run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

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
        onClick={() => {
          pressed.current = true;
          mutation.mutate();
        }}
      >
        {t('passkey.button')}
      </button>
    </section>
  );
}
