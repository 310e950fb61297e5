import type { AdminFeatureSwitch } from '@cos/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { ReasonDialog } from '../../../components/ui/reason-dialog.tsx';
import { formatAgencyDateTime } from '../../../lib/format.ts';
import { setSwitch, switchesKey } from '../api/switches.ts';

/** Every feature switch; turning one on or off is confirmed in a dialog that asks why. */
export function SwitchTable({ switches }: { switches: readonly AdminFeatureSwitch[] }) {
  const { t, i18n } = useTranslation('content');
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<AdminFeatureSwitch | null>(null);
  const [done, setDone] = useState('');
  const language = i18n.resolvedLanguage ?? 'en';

  async function confirm(reason: string) {
    if (!pending) return;
    const changed = await setSwitch(pending.key, !pending.enabled, reason);
    setPending(null);
    setDone(t(changed.enabled ? 'switches.doneOn' : 'switches.doneOff', { key: changed.key }));
    await queryClient.invalidateQueries({ queryKey: switchesKey });
  }

  const turningOn = pending ? !pending.enabled : false;
  return (
    <>
      <p role="status">{done}</p>
      <DataTable
        caption={t('switches.caption')}
        columns={[
          t('switches.key'),
          t('switches.description'),
          t('switches.state'),
          t('switches.updated'),
          t('switches.actions'),
        ]}
        className="usa-table usa-table--borderless width-full"
      >
        {switches.map((feature) => (
          <tr key={feature.key}>
            <th scope="row">{feature.key}</th>
            <td>
              {feature.description}
              {feature.message && (
                <p className="usa-hint margin-y-05">
                  {t('switches.offMessage', { message: feature.message })}
                </p>
              )}
            </td>
            <td>
              <span className={`usa-tag ${feature.enabled ? 'bg-green' : 'bg-secondary-dark'}`}>
                {t(feature.enabled ? 'switches.on' : 'switches.off')}
              </span>
            </td>
            <td>{formatAgencyDateTime(feature.updatedAt, language)}</td>
            <td>
              <button
                type="button"
                className="usa-button usa-button--outline"
                onClick={() => setPending(feature)}
              >
                {t(feature.enabled ? 'switches.turnOff' : 'switches.turnOn')}
                <span className="usa-sr-only"> {feature.key}</span>
              </button>
            </td>
          </tr>
        ))}
      </DataTable>
      <ReasonDialog
        open={pending !== null}
        heading={t(turningOn ? 'switches.dialog.onHeading' : 'switches.dialog.offHeading', {
          key: pending?.key ?? '',
        })}
        description={
          <p>{t(turningOn ? 'switches.dialog.onDescription' : 'switches.dialog.offDescription')}</p>
        }
        confirmLabel={t(turningOn ? 'switches.dialog.confirmOn' : 'switches.dialog.confirmOff')}
        onCancel={() => setPending(null)}
        onConfirm={confirm}
      />
    </>
  );
}
