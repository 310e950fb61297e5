import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, type LoaderFunction } from 'react-router';
import { pageLabelKey } from '../../config/paths.ts';
import { paymentReceiptQueryOptions } from '../../features/make-payment/api/get-payment-receipt.ts';
import { PaymentReceiptView } from '../../features/make-payment/components/payment-receipt-view.tsx';
import { readyForServices } from '../../lib/session/ready-for-services.ts';
import { session } from '../../lib/session/session.ts';

export function paymentReceiptLoader(queryClient: QueryClient): LoaderFunction {
  return async ({ params }) => {
    if (params.confirmationNumber && (await readyForServices(session))) {
      await queryClient.ensureQueryData(paymentReceiptQueryOptions(params.confirmationNumber));
    }
    return null;
  };
}

/** The receipt of one payment (also reachable later from its link while it is on this account). */
export function PaymentReceiptRoute() {
  const { t } = useTranslation('makePayment');
  const { confirmationNumber = '' } = useParams();
  const { data: receipt } = useSuspenseQuery(paymentReceiptQueryOptions(confirmationNumber));
  return (
    <div className="padding-y-4">
      <h1>{t(pageLabelKey('paymentReceipt'))}</h1>
      <PaymentReceiptView receipt={receipt} />
    </div>
  );
}
