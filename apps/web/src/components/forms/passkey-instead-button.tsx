import type { PasskeyAssertion } from '@cos/contracts';
import type { FieldError } from '@cos/ui';
import { browserSupportsWebAuthn } from '@simplewebauthn/browser';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { myFactorsQueryOptions } from '../../lib/queries/get-my-factors.ts';
import { passkeyStepUp } from '../../lib/step-up.ts';

type Props = {
  /** The element id, for the error summary's link when the passkey could not confirm. */
  id: string;
  /** Holds the assertion for the submit that follows at once (the form's own submit handler sends it). */
  onAssertion: (assertion: PasskeyAssertion) => void;
  /** The prompt was cancelled, timed out, or the server gave no challenge. */
  onFailure: (errors: FieldError[]) => void;
};

/**
 * "Use a passkey instead", beside a current-password field (step-up, docs/security.md): the
 * browser's passkey prompt for a fresh single-use challenge, then the enclosing form is submitted
 * with the assertion in place of the password, through the form's own checks. Shown only to a
 * parent who has a passkey, in a browser that has WebAuthn.
 */
export function PasskeyInsteadButton({ id, onAssertion, onFailure }: Props) {
  const { t } = useTranslation('auth');
  const button = useRef<HTMLButtonElement>(null);
  // The prompt and its challenge are one request; while it runs the button is disabled.
  const stepUp = useMutation({
    mutationFn: passkeyStepUp,
    onSuccess: (assertion) => {
      onAssertion(assertion);
      button.current?.form?.requestSubmit();
    },
    // The enclosing form's summary shows it (its own failure helper words the form's other problems).
    onError: () => onFailure([{ fieldId: id, messageKey: 'auth:stepUp.passkeyFailed' }]),
  });
  const supported = browserSupportsWebAuthn();
  // Asked only where a passkey could be used at all.
  const factors = useQuery({ ...myFactorsQueryOptions(), enabled: supported });
  if (!supported || !factors.data?.passkeys.length) return null;

  return (
    <p>
      <button
        ref={button}
        id={id}
        type="button"
        className="usa-button usa-button--outline"
        disabled={stepUp.isPending}
        onClick={() => stepUp.mutate()}
      >
        {t('stepUp.usePasskey')}
      </button>
    </p>
  );
}
