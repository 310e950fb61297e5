import type { CaseDetail } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../../lib/format/agency-time.ts';
import { formatCents } from '../../../lib/format/money.ts';
import './cases.css';

/** The court or administrative order: how much a month, how often it is paid, since when. */
export function SupportOrder({ order }: { order: CaseDetail['order'] }) {
  const { t, i18n } = useTranslation('cases');
  if (!order) return <p>{t('order.none')}</p>;

  return (
    <dl className="cos-figures">
      <div className="cos-figure">
        <dt>{t('order.monthly')}</dt>
        <dd>{formatCents(order.monthlyCents)}</dd>
      </div>
      <div className="cos-figure">
        <dt>{t('order.frequency')}</dt>
        <dd>{t(`order.frequencies.${order.frequency}`)}</dd>
      </div>
      <div className="cos-figure">
        <dt>{t('order.startDate')}</dt>
        <dd>{formatCalendarDate(order.startDate, i18n.resolvedLanguage ?? 'en')}</dd>
      </div>
    </dl>
  );
}
