import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { factorsQueryOptions } from '../api/factors.ts';
import { AddPasskeyForm } from './add-passkey-form.tsx';
import { RemovePasskeyForm } from './remove-passkey-form.tsx';

const dateTime = (value: string, language: string) =>
  new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'America/New_York',
  }).format(new Date(value));

/** The Security page's passkeys: listed with their last use, added, removed after the password. */
export function PasskeysSection() {
  const { t, i18n } = useTranslation('auth');
  const factors = useQuery(factorsQueryOptions());
  const [removing, setRemoving] = useState<string | null>(null);

  return (
    <section aria-labelledby="passkeys-heading" className="margin-top-5">
      <h2 id="passkeys-heading">{t('passkeys.heading')}</h2>
      <p>{t('passkeys.intro')}</p>
      {factors.isPending && <p>{t('passkeys.loading')}</p>}
      {factors.isError && <p>{t('passkeys.loadFailed')}</p>}
      {factors.data && factors.data.passkeys.length === 0 && <p>{t('passkeys.none')}</p>}
      {factors.data && factors.data.passkeys.length > 0 && (
        <table className="usa-table usa-table--borderless">
          <caption>{t('passkeys.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('passkeys.name')}</th>
              <th scope="col">{t('passkeys.createdAt')}</th>
              <th scope="col">{t('passkeys.lastUsedAt')}</th>
              <th scope="col">
                <span className="usa-sr-only">{t('passkeys.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {factors.data.passkeys.map((passkey) => (
              <tr key={passkey.id}>
                <th scope="row">{passkey.name}</th>
                <td>{dateTime(passkey.createdAt, i18n.language)}</td>
                <td>
                  {passkey.lastUsedAt ? dateTime(passkey.lastUsedAt, i18n.language) : t('passkeys.never')}
                </td>
                <td>
                  <button
                    type="button"
                    className="usa-button usa-button--unstyled"
                    onClick={() => setRemoving(passkey.id)}
                  >
                    {t('passkeys.remove', { name: passkey.name })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {factors.data?.passkeys
        .filter((passkey) => passkey.id === removing)
        .map((passkey) => (
          <RemovePasskeyForm
            key={passkey.id}
            id={passkey.id}
            name={passkey.name}
            onDone={() => setRemoving(null)}
          />
        ))}
      <h3>{t('passkeys.addHeading')}</h3>
      <AddPasskeyForm />
    </section>
  );
}
