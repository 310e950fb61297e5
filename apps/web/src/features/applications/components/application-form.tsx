import type { ApplicationReceipt } from '@cos/contracts';
import { ErrorSummary, radioOptionId, useApiForm } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { submitApplication } from '../api/submit-application.ts';
import {
  ApplicationValues,
  applicationDefaults,
  applicationIds,
  applicationMessages,
  emptyChild,
  existingOrderGroupId,
} from '../lib/application-form.ts';
import { ApplicantFieldset } from './applicant-fieldset.tsx';
import { ChildrenFieldset } from './children-fieldset.tsx';
import { ExistingOrderFieldset } from './existing-order-fieldset.tsx';
import { OtherParentFieldset } from './other-parent-fieldset.tsx';

const firstField = applicationIds['applicant.firstName'] ?? 'applicant-firstName';

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
  const { form, errors, busy, onSubmit, field, errorAt } = useApiForm({
    schema: ApplicationValues,
    defaultValues: applicationDefaults(),
    ids: applicationIds,
    messages: applicationMessages,
    submit: (request) => submitApplication(request, signedIn),
    onSuccess: async (receipt) => {
      if (signedIn) await queryClient.invalidateQueries({ queryKey: ['applications'] });
      onSubmitted(receipt);
    },
    failure: (error, fieldId) =>
      isApiError(error, 'VALIDATION_FAILED')
        ? serverFieldErrors(error, fieldId, firstField)
        : requestFailure(error, firstField, (count) => t('auth:errors.rateLimited', { count })),
  });
  const children = useFieldArray({ control: form.control, name: 'children' });
  const hasOrder = form.watch('existingOrder.hasOrder');

  return (
    <>
      <ErrorSummary errors={errors} />
      <form
        className="usa-form usa-form--large"
        noValidate
        onSubmit={onSubmit}
        aria-labelledby="apply-form-heading"
      >
        <ApplicantFieldset field={field} />
        <OtherParentFieldset field={field} />
        <ChildrenFieldset
          rows={children.fields}
          onAdd={() => children.append(emptyChild(), { shouldFocus: false })}
          onRemove={children.remove}
          field={field}
        />
        <ExistingOrderFieldset
          value={hasOrder}
          onChange={(value) => form.setValue('existingOrder.hasOrder', value)}
          error={errorAt(radioOptionId(existingOrderGroupId, 'yes'))}
          field={field}
        />
        <button className="usa-button margin-top-4" type="submit" disabled={busy}>
          {t('submit')}
        </button>
      </form>
    </>
  );
}
