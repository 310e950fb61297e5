import { DOCUMENT_UPLOAD_POLICY, type DocumentItem } from '@cos/contracts';
import { ErrorSummary, SelectField, TextField, errorText, type FieldError } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { uploadDocument } from '../api/upload-document.ts';
import { uploadFieldId, uploadFieldIds, validateUpload } from '../lib/upload-form.ts';
import { FileField } from './file-field.tsx';

/**
 * Upload one document: the file, which case it is for (optional) and what it is. Checked here
 * first (size, likely type, description), then by the API, which reads the content itself.
 */
export function UploadForm({ caseNumbers }: { caseNumbers: readonly string[] }) {
  const { t } = useTranslation('documents');
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const [uploaded, setUploaded] = useState<DocumentItem | null>(null);
  const confirmation = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (uploaded) confirmation.current?.focus();
  }, [uploaded]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const chosen = data.get('file');
    const file = chosen instanceof File && chosen.name !== '' ? chosen : null;
    const input = {
      file,
      description: String(data.get('description') ?? ''),
      caseNumber: String(data.get('caseNumber') ?? ''),
    };
    const problems = validateUpload(input);
    setErrors(problems);
    setUploaded(null);
    if (problems.length > 0 || !file) return;
    setBusy(true);
    try {
      const document = await uploadDocument({
        file,
        description: input.description.trim(),
        caseNumber: input.caseNumber,
      });
      form.reset();
      setUploaded(document);
      await queryClient.invalidateQueries({ queryKey: ['documents'] });
    } catch (error) {
      setErrors(uploadFailure(error, (count) => t('auth:errors.rateLimited', { count })));
    } finally {
      setBusy(false);
    }
  }

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
      <form className="usa-form usa-form--large" noValidate onSubmit={(event) => void submit(event)}>
        <FileField
          id={uploadFieldIds.file}
          name="file"
          label={t('upload.file')}
          hint={t('upload.fileHint', { megabytes: DOCUMENT_UPLOAD_POLICY.maxBytes / (1024 * 1024) })}
          error={errorText(errors, uploadFieldIds.file, t)}
          accept={DOCUMENT_UPLOAD_POLICY.accept}
          required
        />
        {caseNumbers.length > 0 && (
          <SelectField
            id={uploadFieldIds.caseNumber}
            name="caseNumber"
            label={t('upload.case')}
            hint={t('upload.caseHint')}
            error={errorText(errors, uploadFieldIds.caseNumber, t)}
            defaultValue=""
          >
            <option value="">{t('upload.noCase')}</option>
            {caseNumbers.map((caseNumber) => (
              <option key={caseNumber} value={caseNumber}>
                {caseNumber}
              </option>
            ))}
          </SelectField>
        )}
        <TextField
          id={uploadFieldIds.description}
          name="description"
          label={t('upload.description')}
          hint={t('upload.descriptionHint')}
          error={errorText(errors, uploadFieldIds.description, t)}
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

function uploadFailure(error: unknown, rateLimited: (minutes: number) => string): FieldError[] {
  if (isApiError(error, 'FILE_TOO_LARGE'))
    return [{ fieldId: uploadFieldIds.file, messageKey: 'documents:errors.fileTooLarge' }];
  if (isApiError(error, 'UNSUPPORTED_FILE_TYPE'))
    return [{ fieldId: uploadFieldIds.file, messageKey: 'documents:errors.fileTypeByContent' }];
  if (isApiError(error, 'VALIDATION_FAILED'))
    return serverFieldErrors(error, uploadFieldId, uploadFieldIds.file);
  if (isApiError(error, 'TOO_MANY_UPLOADS'))
    return [{ fieldId: uploadFieldIds.file, messageKey: 'documents:errors.tooManyUploads' }];
  return requestFailure(error, uploadFieldIds.file, rateLimited);
}
