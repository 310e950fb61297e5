import { NoticeAudience, NoticeSeverity, type AdminFeatureSwitch, type AdminNotice } from '@cos/contracts';
import { ErrorSummary, NoticeAlert, SelectField, TextField, TextareaField, useApiForm } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { requestErrors } from '../../../lib/form-errors.ts';
import { createNotice, noticesKey, updateNotice } from '../api/notices.ts';
import { NoticeValues, emptyNotice, noticeFieldIds, noticeMessages, valuesOf } from '../lib/notice-form.ts';

type NoticeFormProps = {
  /** The notice being edited; a new notice when absent. */
  editing: AdminNotice | null;
  switches: readonly AdminFeatureSwitch[];
  onSaved: (notice: AdminNotice, kind: 'created' | 'updated') => void;
  onCancelEdit: () => void;
};

/** Create or edit a notice, with a live preview drawn by the portal's own alert component. */
export function NoticeForm({ editing, switches, onSaved, onCancelEdit }: NoticeFormProps) {
  const { t } = useTranslation('content');
  const queryClient = useQueryClient();
  const { form, errors, busy, onSubmit, field } = useApiForm({
    schema: NoticeValues,
    defaultValues: editing ? valuesOf(editing) : emptyNotice,
    ids: noticeFieldIds,
    messages: noticeMessages,
    submit: (request) => (editing ? updateNotice(editing.id, request) : createNotice(request)),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: noticesKey });
      form.reset(emptyNotice);
      onSaved(saved, editing ? 'updated' : 'created');
    },
    failure: (failure, fieldId) => requestErrors(failure, noticeFieldIds.title, fieldId),
  });
  const [title, body, chosenSeverity] = form.watch(['title', 'body', 'severity']);

  const severity = NoticeSeverity.safeParse(chosenSeverity);
  return (
    <section aria-labelledby="notice-form-heading" className="margin-top-4">
      <h2 id="notice-form-heading">
        {editing ? t('notices.form.editHeading', { title: editing.title }) : t('notices.form.createHeading')}
      </h2>
      <ErrorSummary errors={errors} />
      <div className="grid-row grid-gap-lg">
        <form className="usa-form usa-form--large tablet:grid-col-6" noValidate onSubmit={onSubmit}>
          <TextField {...field('title')} label={t('notices.form.title')} maxLength={120} required />
          <TextareaField
            {...field('body')}
            label={t('notices.form.body')}
            hint={t('notices.form.bodyHint')}
            maxLength={2000}
            rows={5}
            required
          />
          <SelectField {...field('severity')} label={t('notices.form.severity')}>
            {NoticeSeverity.options.map((option) => (
              <option key={option} value={option}>
                {t(`notices.severities.${option}`)}
              </option>
            ))}
          </SelectField>
          <SelectField {...field('audience')} label={t('notices.form.audience')}>
            {NoticeAudience.options.map((option) => (
              <option key={option} value={option}>
                {t(`notices.audiences.${option}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            {...field('startsAt')}
            type="datetime-local"
            label={t('notices.form.startsAt')}
            hint={t('notices.form.timeHint')}
          />
          <TextField
            {...field('endsAt')}
            type="datetime-local"
            label={t('notices.form.endsAt')}
            hint={t('notices.form.timeHint')}
          />
          <SelectField
            {...field('featureKey')}
            label={t('notices.form.featureKey')}
            hint={t('notices.form.featureKeyHint')}
          >
            <option value="">{t('notices.form.noFeature')}</option>
            {switches.map((feature) => (
              <option key={feature.key} value={feature.key}>
                {feature.key}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="usa-button margin-top-3" disabled={busy}>
            {editing ? t('notices.form.save') : t('notices.form.create')}
          </button>
          {editing && (
            <button
              type="button"
              className="usa-button usa-button--unstyled margin-top-3"
              onClick={onCancelEdit}
            >
              {t('notices.form.cancelEdit')}
            </button>
          )}
        </form>
        <section aria-labelledby="notice-preview-heading" className="tablet:grid-col-6">
          <h3 id="notice-preview-heading">{t('notices.form.preview')}</h3>
          <p className="usa-hint">{t('notices.form.previewHint')}</p>
          <div data-testid="notice-preview">
            <NoticeAlert
              notice={{
                id: 'preview',
                title: title || t('notices.form.previewTitle'),
                body,
                severity: severity.success ? severity.data : 'info',
              }}
              outageLabel={t('notices.outageLabel')}
            />
          </div>
        </section>
      </div>
    </section>
  );
}
