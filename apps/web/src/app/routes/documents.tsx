import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { LoaderFunction } from 'react-router';
import { pageLabelKey } from '../../config/paths.ts';
import { casesQueryOptions } from '../../features/cases/api/get-cases.ts';
import { documentsQueryOptions } from '../../features/documents/api/get-documents.ts';
import { DocumentList } from '../../features/documents/components/document-list.tsx';
import { UploadForm } from '../../features/documents/components/upload-form.tsx';
import { readyForServices } from '../../lib/session/ready-for-services.ts';
import { session } from '../../lib/session/session.ts';

export function documentsLoader(queryClient: QueryClient): LoaderFunction {
  return async () => {
    if (await readyForServices(session)) {
      await Promise.all([
        queryClient.ensureQueryData(documentsQueryOptions()),
        queryClient.ensureQueryData(casesQueryOptions()),
      ]);
    }
    return null;
  };
}

/** Documents: send the agency a PDF, JPEG or PNG, and follow its review. */
export function DocumentsRoute() {
  const { t } = useTranslation('documents');
  const documents = useSuspenseQuery(documentsQueryOptions());
  const cases = useSuspenseQuery(casesQueryOptions());
  return (
    <div className="padding-y-4">
      <h1>{t(pageLabelKey('documents'))}</h1>
      <p className="usa-intro">{t('intro')}</p>
      <div className="grid-row">
        <div className="tablet:grid-col-10 desktop:grid-col-8">
          <UploadForm caseNumbers={cases.data.items.map((item) => item.caseNumber)} />
        </div>
      </div>
      <DocumentList documents={documents.data.items} />
    </div>
  );
}
