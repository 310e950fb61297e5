import { NoticeAudience, NoticeSeverity, type AdminFeatureSwitch, type AdminNotice } from '@cos/contracts';
import {
  ErrorSummary,
  NoticeAlert,
  SelectField,
  TextField,
  TextareaField,
  errorText,
  type FieldError,
} from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { requestErrors } from '../../../lib/form-errors.ts';
import { createNotice, noticesKey, updateNotice } from '../api/notices.ts';
import {
  checkNotice,
  emptyNotice,
  noticeFieldId,
  noticeFieldIds,
  valuesOf,
  type NoticeFormValues,
} from '../lib/notice-form.ts';

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
  const [values, setValues] = useState<NoticeFormValues>(editing ? valuesOf(editing) : emptyNotice);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const set = (field: keyof NoticeFormValues) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));
  const error = (field: keyof NoticeFormValues) => errorText(errors, noticeFieldIds[field], t);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkNotice(values);
    setErrors(checked.errors);
    if (!checked.request) return;
    setBusy(true);
    try {
      const saved = editing
        ? await updateNotice(editing.id, checked.request)
        : await createNotice(checked.request);
      await queryClient.invalidateQueries({ queryKey: noticesKey });
      setValues(emptyNotice);
      onSaved(saved, editing ? 'updated' : 'created');
    } catch (failure) {
      setErrors(requestErrors(failure, noticeFieldIds.title, noticeFieldId));
    } finally {
      setBusy(false);
    }
  }

  const severity = NoticeSeverity.safeParse(values.severity);
  return (
    <section aria-labelledby="notice-form-heading" className="margin-top-4">
      <h2 id="notice-form-heading">
        {editing ? t('notices.form.editHeading', { title: editing.title }) : t('notices.form.createHeading')}
      </h2>
      <ErrorSummary errors={errors} />
      <div className="grid-row grid-gap-lg">
        <form
          className="usa-form usa-form--large tablet:grid-col-6"
          noValidate
          onSubmit={(event) => void submit(event)}
        >
          <TextField
            id={noticeFieldIds.title}
            name="title"
            label={t('notices.form.title')}
            error={error('title')}
            value={values.title}
            onChange={(e) => set('title')(e.target.value)}
            maxLength={120}
            required
          />
          <TextareaField
            id={noticeFieldIds.body}
            name="body"
            label={t('notices.form.body')}
            hint={t('notices.form.bodyHint')}
            error={error('body')}
            value={values.body}
            onChange={(e) => set('body')(e.target.value)}
            maxLength={2000}
            rows={5}
            required
          />
          <SelectField
            id={noticeFieldIds.severity}
            name="severity"
            label={t('notices.form.severity')}
            error={error('severity')}
            value={values.severity}
            onChange={(e) => set('severity')(e.target.value)}
          >
            {NoticeSeverity.options.map((option) => (
              <option key={option} value={option}>
                {t(`notices.severities.${option}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id={noticeFieldIds.audience}
            name="audience"
            label={t('notices.form.audience')}
            error={error('audience')}
            value={values.audience}
            onChange={(e) => set('audience')(e.target.value)}
          >
            {NoticeAudience.options.map((option) => (
              <option key={option} value={option}>
                {t(`notices.audiences.${option}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            id={noticeFieldIds.startsAt}
            name="startsAt"
            type="datetime-local"
            label={t('notices.form.startsAt')}
            hint={t('notices.form.timeHint')}
            error={error('startsAt')}
            value={values.startsAt}
            onChange={(e) => set('startsAt')(e.target.value)}
          />
          <TextField
            id={noticeFieldIds.endsAt}
            name="endsAt"
            type="datetime-local"
            label={t('notices.form.endsAt')}
            hint={t('notices.form.timeHint')}
            error={error('endsAt')}
            value={values.endsAt}
            onChange={(e) => set('endsAt')(e.target.value)}
          />
          <SelectField
            id={noticeFieldIds.featureKey}
            name="featureKey"
            label={t('notices.form.featureKey')}
            hint={t('notices.form.featureKeyHint')}
            error={error('featureKey')}
            value={values.featureKey}
            onChange={(e) => set('featureKey')(e.target.value)}
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
                title: values.title || t('notices.form.previewTitle'),
                body: values.body,
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
