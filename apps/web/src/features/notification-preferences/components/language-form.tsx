import { PreferredLanguageBody, type MeResponse } from '@cos/contracts';
import { ErrorSummary, RadioGroupField, radioOptionId, saveLanguageChoice, useApiForm } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { meQueryOptions } from '../../../lib/queries/get-me.ts';
import { setPreferredLanguage } from '../../../lib/queries/set-language.ts';
import { requestFailure } from '../../../lib/request-failure.ts';

const groupId = 'preferred-language';

/** The parent's language for the portal and every email we send (the header's switch sets it too). */
export function LanguageForm({ current }: { current: MeResponse['preferredLanguage'] }) {
  const { t, i18n } = useTranslation('notifications');
  const queryClient = useQueryClient();
  const success = useRef<HTMLDivElement>(null);
  const { form, mutation, errors, busy, onSubmit, errorAt } = useApiForm({
    schema: PreferredLanguageBody,
    defaultValues: { language: current },
    ids: { language: radioOptionId(groupId, 'en') },
    submit: ({ language }) => setPreferredLanguage(language),
    onSuccess: async (saved) => {
      // The profile first: the header's switch then sees nothing new to save.
      queryClient.setQueryData(meQueryOptions().queryKey, saved);
      saveLanguageChoice(saved.preferredLanguage);
      await i18n.changeLanguage(saved.preferredLanguage);
    },
    failure: (error) =>
      requestFailure(error, radioOptionId(groupId, 'en'), (count) => t('auth:errors.rateLimited', { count })),
  });
  const language = form.watch('language');

  useEffect(() => {
    if (mutation.isSuccess) success.current?.focus();
  }, [mutation.isSuccess]);

  return (
    <section aria-labelledby="language-heading" className="margin-top-5">
      <h2 id="language-heading">{t('language.heading')}</h2>
      <p>{t('language.intro')}</p>
      {mutation.isSuccess && (
        <div
          ref={success}
          tabIndex={-1}
          className="usa-alert usa-alert--success usa-alert--slim margin-y-3"
          role="status"
        >
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('language.saved')}</p>
          </div>
        </div>
      )}
      <ErrorSummary errors={errors} />
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit}>
        <RadioGroupField
          id={groupId}
          name="language"
          legend={t('language.legend')}
          options={[
            { value: 'en', label: t('language.en') },
            { value: 'es', label: t('language.es') },
          ]}
          value={language}
          error={errorAt(radioOptionId(groupId, 'en'))}
          onChange={(value) => form.setValue('language', value === 'es' ? 'es' : 'en')}
        />
        <button className="usa-button" type="submit" disabled={busy}>
          {t('language.save')}
        </button>
      </form>
    </section>
  );
}
