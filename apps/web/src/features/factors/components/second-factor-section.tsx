import type { MyFactors, TotpSetup } from '@cos/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  factorsQueryOptions,
  newRecoveryCodes,
  startEmailFactor,
  startTotp,
  turnOffSecondFactor,
  type SecondFactorKind,
} from '../api/factors.ts';
import { ConfirmCodeForm } from './confirm-code-form.tsx';
import { RecoveryCodesPanel } from './recovery-codes-panel.tsx';
import { StepUpForm } from './step-up-form.tsx';

/** "JBSW Y3DP EHPK 3PXP": easier to type into an app by hand (the console's enrolment does the same). */
const groupSecret = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ');

type Flow =
  | { step: 'idle'; done?: string }
  | { step: 'stepUp'; action: 'on' | 'off'; kind: SecondFactorKind }
  | { step: 'stepUp'; action: 'codes' }
  | { step: 'scan'; setup: TotpSetup }
  | { step: 'emailSent' }
  | { step: 'codes'; codes: string[]; done: string };

/**
 * The Security page's second step at sign-in: an authenticator app (QR code or the secret typed,
 * then a code from the app, as in the console's enrolment) and codes by email, each turned on and
 * off after a step-up; the recovery codes given once when the first one goes on, and new ones on
 * demand (the old ones stop working).
 */
export function SecondFactorSection() {
  const { t } = useTranslation('auth');
  const queryClient = useQueryClient();
  const factors = useQuery(factorsQueryOptions());
  const [flow, setFlow] = useState<Flow>({ step: 'idle' });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['factors'] });
  const finish = async (done: string, codes: readonly string[] = []) => {
    setFlow(codes.length > 0 ? { step: 'codes', codes: [...codes], done } : { step: 'idle', done });
    await refresh();
  };
  const cancel = () => setFlow({ step: 'idle' });

  return (
    <section aria-labelledby="second-factor-heading" className="margin-top-5">
      <h2 id="second-factor-heading">{t('secondFactor.heading')}</h2>
      <p>{t('secondFactor.intro')}</p>
      {factors.isPending && <p>{t('passkeys.loading')}</p>}
      {factors.isError && <p>{t('secondFactor.loadFailed')}</p>}
      {'done' in flow && flow.done && <Done text={flow.done} />}
      {flow.step === 'codes' && <RecoveryCodesPanel codes={flow.codes} onSaved={cancel} />}
      {factors.data && (
        <>
          <FactorPart
            kind="totp"
            factors={factors.data}
            flow={flow}
            setFlow={setFlow}
            finish={finish}
            cancel={cancel}
          />
          <FactorPart
            kind="email"
            factors={factors.data}
            flow={flow}
            setFlow={setFlow}
            finish={finish}
            cancel={cancel}
          />
          {(factors.data.totp || factors.data.email) && (
            <>
              <h3>{t('recoveryCodes.heading')}</h3>
              <p>{t('recoveryCodes.left', { count: factors.data.recoveryCodesLeft })}</p>
              {flow.step === 'stepUp' && flow.action === 'codes' ? (
                <StepUpForm
                  label={t('recoveryCodes.password')}
                  submitLabel={t('recoveryCodes.new')}
                  submit={newRecoveryCodes}
                  onSuccess={(result) => finish(t('recoveryCodes.replaced'), result.recoveryCodes)}
                  onCancel={cancel}
                />
              ) : (
                <button
                  type="button"
                  className="usa-button usa-button--outline"
                  onClick={() => setFlow({ step: 'stepUp', action: 'codes' })}
                >
                  {t('recoveryCodes.new')}
                </button>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}

type PartProps = {
  kind: SecondFactorKind;
  factors: MyFactors;
  flow: Flow;
  setFlow: (flow: Flow) => void;
  finish: (done: string, codes?: readonly string[]) => Promise<void>;
  cancel: () => void;
};

/** One second factor: whether it is on, and the steps that turn it on or off. */
function FactorPart({ kind, factors, flow, setFlow, finish, cancel }: PartProps) {
  const { t } = useTranslation('auth');
  const on = factors[kind];
  const name = t(`secondFactor.${kind}.name`);
  const active = flow.step === 'stepUp' && 'kind' in flow && flow.kind === kind;
  const confirming =
    (kind === 'totp' && flow.step === 'scan') || (kind === 'email' && flow.step === 'emailSent');
  // Email codes need an address on file (Provide Info adds one).
  const unavailable = kind === 'email' && !on && !factors.emailAddress;

  return (
    <>
      <h3>{name}</h3>
      <p>{t(`secondFactor.${kind}.intro`)}</p>
      <p>
        <strong>
          {on
            ? t(`secondFactor.${kind}.on`, { address: factors.emailAddress ?? '' })
            : t(`secondFactor.${kind}.off`)}
        </strong>
      </p>
      {unavailable && <p>{t('secondFactor.email.noAddress')}</p>}
      {active && flow.action === 'on' && (
        <StepUpForm
          label={t('secondFactor.onPassword', { name })}
          submitLabel={t('secondFactor.continue')}
          submit={(proof) => (kind === 'totp' ? startTotp(proof) : startEmailFactor(proof).then(() => null))}
          onSuccess={(setup) => setFlow(setup ? { step: 'scan', setup } : { step: 'emailSent' })}
          onCancel={cancel}
        />
      )}
      {active && flow.action === 'off' && (
        <StepUpForm
          label={t('secondFactor.offPassword', { name })}
          submitLabel={t(`secondFactor.${kind}.turnOff`)}
          submit={(proof) => turnOffSecondFactor(kind, proof)}
          onSuccess={() => finish(t(`secondFactor.${kind}.turnedOff`))}
          onCancel={cancel}
        />
      )}
      {confirming && (
        <>
          {flow.step === 'scan' && <TotpScan setup={flow.setup} />}
          {flow.step === 'emailSent' && (
            <p role="status">{t('secondFactor.email.sent', { address: factors.emailAddress ?? '' })}</p>
          )}
          <ConfirmCodeForm
            kind={kind}
            onConfirmed={(result) => finish(t(`secondFactor.${kind}.turnedOn`), result.recoveryCodes)}
            onCancel={cancel}
          />
        </>
      )}
      {!active && !confirming && !unavailable && (
        <button
          type="button"
          className={`usa-button${on ? ' usa-button--secondary' : ''}`}
          onClick={() => setFlow({ step: 'stepUp', action: on ? 'off' : 'on', kind })}
        >
          {t(`secondFactor.${kind}.${on ? 'turnOff' : 'turnOn'}`)}
        </button>
      )}
    </>
  );
}

/** The QR code and the secret as text, shown once (this component's state only). */
function TotpScan({ setup }: { setup: TotpSetup }) {
  const { t } = useTranslation('auth');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <h4 ref={heading} tabIndex={-1}>
        {t('secondFactor.totp.scanHeading')}
      </h4>
      <div className="usa-alert usa-alert--warning usa-alert--slim margin-y-2">
        <div className="usa-alert__body">
          <p className="usa-alert__text">{t('secondFactor.totp.onceOnly')}</p>
        </div>
      </div>
      <img src={setup.qrCodeDataUrl} alt={t('secondFactor.totp.qrAlt')} width={240} height={240} />
      <p>{t('secondFactor.totp.secretLabel')}</p>
      <p>
        <code className="font-mono-md text-bold" translate="no">
          {groupSecret(setup.secret)}
        </code>
      </p>
    </>
  );
}

/** What just changed, announced politely. */
function Done({ text }: { text: string }) {
  return (
    <div className="usa-alert usa-alert--success usa-alert--slim margin-y-2" role="status">
      <div className="usa-alert__body">
        <p className="usa-alert__text">{text}</p>
      </div>
    </div>
  );
}
