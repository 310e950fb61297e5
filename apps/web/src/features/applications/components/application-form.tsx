import type { ApplicationReceipt } from '@cos/contracts';
import { ErrorSummary, type FieldError } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { submitApplication } from '../api/submit-application.ts';
import { fieldIdOf, readApplication, serverFieldId, validateApplication } from '../lib/application-form.ts';
import { ApplicantFieldset } from './applicant-fieldset.tsx';
import { ChildrenFieldset } from './children-fieldset.tsx';
import { ExistingOrderFieldset } from './existing-order-fieldset.tsx';
import { OtherParentFieldset } from './other-parent-fieldset.tsx';

const firstField = fieldIdOf('applicant.firstName');

/** The application for services; checked here with the server's own rules before it is sent. */
export function ApplicationForm({
  signedIn,
  onSubmitted,
}: {
  signedIn: boolean;
  onSubmitted: (receipt: ApplicationReceipt) => void;
}) {
  const { t } = useTranslation('apply');
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [rows, setRows] = useState<number[]>([0]);
  const [hasOrder, setHasOrder] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { errors: problems, request } = validateApplication(
      readApplication(new FormData(event.currentTarget), rows.length),
    );
    setErrors(problems);
    if (!request) return;
    setBusy(true);
    try {
      const receipt = await submitApplication(request, signedIn);
      if (signedIn) await queryClient.invalidateQueries({ queryKey: ['applications'] });
      onSubmitted(receipt);
    } catch (error) {
      setErrors(
        isApiError(error, 'VALIDATION_FAILED')
          ? serverFieldErrors(error, serverFieldId, firstField)
          : requestFailure(error, firstField, (count) => t('auth:errors.rateLimited', { count })),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <form
        className="usa-form usa-form--large"
        noValidate
        onSubmit={(event) => void submit(event)}
        aria-labelledby="apply-form-heading"
      >
        <ApplicantFieldset errors={errors} />
        <OtherParentFieldset errors={errors} />
        <ChildrenFieldset rows={rows} onRowsChange={setRows} errors={errors} />
        <ExistingOrderFieldset value={hasOrder} onChange={setHasOrder} errors={errors} />
        <button className="usa-button margin-top-4" type="submit" disabled={busy}>
          {t('submit')}
        </button>
      </form>
    </>
  );
}
