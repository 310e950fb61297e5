import type { StaffAccountFactors, StaffRemoveFactorRequest } from '@cos/contracts';
import { CheckboxField, ErrorSummary, useApiForm } from '@cos/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ReasonDialog } from '../../../components/ui/reason-dialog.tsx';
import { formatAgencyDateTime } from '../../../lib/format.ts';
import { accountFactorsQueryOptions, removeAccountFactor } from '../api/account-factors.ts';

type Factor = {
  key: string;
  factor: StaffRemoveFactorRequest['factor'];
  passkeyId?: string;
  name: string;
  createdAt: string | null;
  lastUsedAt: string | null;
};

const VERIFIED_ID = 'factors-caller-verified';
// The agent confirms the caller passed verification before any factor is removed.
const CallerVerified = z.object({ callerVerified: z.boolean().refine(Boolean) });

function factorRows(factors: StaffAccountFactors, t: (key: string) => string): Factor[] {
  return [
    ...factors.passkeys.map((passkey) => ({
      key: passkey.id,
      factor: 'passkey' as const,
      passkeyId: passkey.id,
      name: passkey.name,
      createdAt: passkey.createdAt,
      lastUsedAt: passkey.lastUsedAt,
    })),
    ...(factors.totp
      ? [{ key: 'totp', factor: 'totp' as const, name: '', createdAt: null, lastUsedAt: null }]
      : []),
    ...(factors.email
      ? [{ key: 'email', factor: 'email' as const, name: '', createdAt: null, lastUsedAt: null }]
      : []),
  ].map((row) => ({ ...row, name: row.name || t(`factors.kinds.${row.factor}`) }));
}

/**
 * The parent's passkeys and second factor (kind, name, added, last used; never a secret), and,
 * once the agent confirms the caller passed verification, removing one the caller lost: with a
 * reason for the audit trail; the parent is emailed (docs/security.md).
 */
export function AccountFactors({ accountId }: { accountId: string }) {
  const { t, i18n } = useTranslation('accounts');
  const language = i18n.resolvedLanguage ?? 'en';
  const queryClient = useQueryClient();
  const query = useQuery(accountFactorsQueryOptions(accountId));
  const [removing, setRemoving] = useState<Factor | null>(null);
  // The row whose "Remove" was pressed: it opens its reason dialog once the box is ticked.
  const asked = useRef<Factor | null>(null);
  const { form, errors, onSubmit, field } = useApiForm({
    schema: CallerVerified,
    defaultValues: { callerVerified: false },
    ids: { callerVerified: VERIFIED_ID },
    messages: { callerVerified: 'accounts:factors.verifyFirst' },
    // Nothing is sent here: the removal itself goes through the row's reason dialog.
    submit: () => asked.current,
    onSuccess: (factor) => setRemoving(factor),
    failure: () => [],
  });
  const [done, setDone] = useState<string | null>(null);
  const message = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (done) message.current?.focus();
  }, [done]);

  function ask(factor: Factor) {
    setDone(null);
    asked.current = factor;
    onSubmit();
  }

  async function remove(factor: Factor, reason: string) {
    const left = await removeAccountFactor(accountId, {
      factor: factor.factor,
      ...(factor.passkeyId ? { passkeyId: factor.passkeyId } : {}),
      callerVerified: true,
      reason,
    });
    queryClient.setQueryData(accountFactorsQueryOptions(accountId).queryKey, left);
    setRemoving(null);
    form.setValue('callerVerified', false);
    setDone(t('factors.removed', { name: factor.name }));
    // The view is read again for its security events (the removal is one of them).
    await queryClient.invalidateQueries({ queryKey: ['accounts', 'view', accountId] });
  }

  const rows = query.data ? factorRows(query.data, t) : [];
  const date = (value: string | null) => (value ? formatAgencyDateTime(value, language) : '—');
  return (
    <section aria-labelledby="factors-heading" className="margin-top-4">
      <h2 id="factors-heading">{t('factors.heading')}</h2>
      {done && (
        <div
          ref={message}
          tabIndex={-1}
          role="status"
          className="usa-alert usa-alert--success usa-alert--slim margin-bottom-2 cos-focus-target"
        >
          <div className="usa-alert__body">
            <p className="usa-alert__text">{done}</p>
          </div>
        </div>
      )}
      {query.isPending && <p>{t('factors.loading')}</p>}
      {query.isError && <p>{t('factors.loadError')}</p>}
      {query.data && rows.length === 0 && <p>{t('factors.none')}</p>}
      {query.data && rows.length > 0 && (
        <>
          <ErrorSummary errors={errors} />
          <table className="usa-table usa-table--borderless usa-table--compact width-full font-body-2xs">
            <caption>{t('factors.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('factors.kind')}</th>
                <th scope="col">{t('factors.name')}</th>
                <th scope="col">{t('factors.added')}</th>
                <th scope="col">{t('factors.lastUsed')}</th>
                <th scope="col">
                  <span className="usa-sr-only">{t('factors.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <td>{t(`factors.kinds.${row.factor}`)}</td>
                  <th scope="row">{row.name}</th>
                  <td>{date(row.createdAt)}</td>
                  <td>{row.factor === 'passkey' && !row.lastUsedAt ? t('never') : date(row.lastUsedAt)}</td>
                  <td>
                    <button
                      type="button"
                      className="usa-button usa-button--unstyled"
                      onClick={() => ask(row)}
                    >
                      {t('factors.remove', { name: row.name })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>{t('factors.recoveryCodesLeft', { count: query.data.recoveryCodesLeft })}</p>
          <CheckboxField {...field('callerVerified')} label={t('factors.callerVerified')} />
        </>
      )}
      {rows.map((row) => (
        <ReasonDialog
          key={row.key}
          open={removing?.key === row.key}
          heading={t('factors.dialogHeading', { name: row.name })}
          description={<p>{t('factors.dialogText')}</p>}
          confirmLabel={t('factors.confirm', { name: row.name })}
          onCancel={() => setRemoving(null)}
          onConfirm={(reason) => remove(row, reason)}
        />
      ))}
    </section>
  );
}
