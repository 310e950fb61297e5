import { DOCUMENT_UPLOAD_POLICY } from '@cos/contracts';
import { ErrorSummary, SelectField, TextField, useApiForm, type FieldError } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { uploadDocument } from '../api/upload-document.ts';
import { UploadValues, uploadFieldIds, uploadMessages } from '../lib/upload-form.ts';
import { FileField } from './file-field.tsx';

/**
 * Upload one document: the file, which case it is for (optional) and what it is. Checked here
 * first (size, likely type, description), then by the API, which reads the content itself.
 */
export function UploadForm({ caseNumbers }: { caseNumbers: readonly string[] }) {
  const { t } = useTranslation('documents');
  const queryClient = useQueryClient();
  const confirmation = useRef<HTMLDivElement>(null);
  const { form, mutation, errors, busy, onSubmit, field } = useApiForm({
    schema: UploadValues,
    defaultValues: { caseNumber: '', description: '' },
    ids: uploadFieldIds,
    messages: uploadMessages,
    submit: uploadDocument,
    onSuccess: async () => {
      form.reset();
      await queryClient.invalidateQueries({ queryKey: ['documents'] });
    },
    failure: (error, fieldId) =>
      uploadFailure(error, fieldId, (count) => t('auth:errors.rateLimited', { count })),
  });
  const uploaded = mutation.data;

  useEffect(() => {
    if (uploaded) confirmation.current?.focus();
  }, [uploaded]);

  return (
    <section aria-labelledby="upload-heading">
      <h2 id="upload-heading">{t('upload.heading')}</h2>
      {uploaded && (
        <div
          ref={confirmation}
          tabIndex={-1}
          role="status"
          className="usa-alert usa-alert--success usa-alert--slim margin-bottom-2 cos-focus-target"
        >
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('upload.done', { fileName: uploaded.fileName })}</p>
          </div>
        </div>
      )}
      <ErrorSummary errors={errors} />
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit}>
        <FileField
          {...field('file')}
          label={t('upload.file')}
          hint={t('upload.fileHint', { megabytes: DOCUMENT_UPLOAD_POLICY.maxBytes / (1024 * 1024) })}
          accept={DOCUMENT_UPLOAD_POLICY.accept}
          required
        />
        {caseNumbers.length > 0 && (
          <SelectField {...field('caseNumber')} label={t('upload.case')} hint={t('upload.caseHint')}>
            <option value="">{t('upload.noCase')}</option>
            {caseNumbers.map((caseNumber) => (
              <option key={caseNumber} value={caseNumber}>
                {caseNumber}
              </option>
            ))}
          </SelectField>
        )}
        <TextField
          {...field('description')}
          label={t('upload.description')}
          hint={t('upload.descriptionHint')}
          maxLength={DOCUMENT_UPLOAD_POLICY.descriptionMaxLength}
          autoComplete="off"
          required
        />
        <button className="usa-button" type="submit" disabled={busy}>
          {busy ? t('upload.sending') : t('upload.submit')}
        </button>
      </form>
    </section>
  );
}

function uploadFailure(
  error: unknown,
  fieldId: (field: string) => string | undefined,
  rateLimited: (minutes: number) => string,
): FieldError[] {
  if (isApiError(error, 'FILE_TOO_LARGE'))
    return [{ fieldId: uploadFieldIds.file, messageKey: 'documents:errors.fileTooLarge' }];
  if (isApiError(error, 'UNSUPPORTED_FILE_TYPE'))
    return [{ fieldId: uploadFieldIds.file, messageKey: 'documents:errors.fileTypeByContent' }];
  if (isApiError(error, 'VALIDATION_FAILED')) return serverFieldErrors(error, fieldId, uploadFieldIds.file);
  if (isApiError(error, 'TOO_MANY_UPLOADS'))
    return [{ fieldId: uploadFieldIds.file, messageKey: 'documents:errors.tooManyUploads' }];
  return requestFailure(error, uploadFieldIds.file, rateLimited);
}
