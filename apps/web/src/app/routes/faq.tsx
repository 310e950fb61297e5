import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PhoneLink } from '../../components/ui/phone-link.tsx';
import { pageLabelKey, paths, type PageKey } from '../../config/paths.ts';
import { FaqAccordion, type FaqItem } from '../../features/faq/components/faq-accordion.tsx';

type Question = { key: string; link?: PageKey; phone?: boolean };

// Grouped as parents ask: getting started, signing in, payments and the case, help.
const groups: { key: string; questions: Question[] }[] = [
  {
    key: 'start',
    questions: [
      { key: 'whatIs' },
      { key: 'apply', link: 'applyNow' },
      { key: 'applicationStatus', link: 'applyNow' },
      { key: 'register', link: 'register' },
    ],
  },
  {
    key: 'account',
    questions: [
      { key: 'forgot', link: 'forgot' },
      { key: 'locked', phone: true },
      { key: 'security', link: 'security' },
    ],
  },
  {
    key: 'case',
    questions: [
      { key: 'payments', link: 'payments' },
      { key: 'pay', link: 'makePayment' },
      { key: 'directDeposit', phone: true },
      { key: 'changes', link: 'provideInfo' },
      { key: 'mobile' },
    ],
  },
  {
    key: 'help',
    questions: [
      { key: 'office', link: 'officeFinder' },
      { key: 'contact', link: 'contact' },
      { key: 'privacy', link: 'privacy' },
    ],
  },
];

/** Frequently asked questions, drawn from the agency's own pages and this service's rules. */
export function FaqRoute() {
  const { t } = useTranslation('faq');

  const item = (question: Question): FaqItem => ({
    key: question.key,
    question: t(`questions.${question.key}.q`),
    answer: (
      <p>
        {t(`questions.${question.key}.a`)}
        {question.link && (
          <>
            {' '}
            <Link to={paths[question.link].path}>{t(pageLabelKey(question.link))}</Link>
          </>
        )}
        {question.phone && (
          <>
            {' '}
            <PhoneLink />
          </>
        )}
      </p>
    ),
  });

  return (
    <div className="padding-y-4">
      <div className="grid-row">
        <div className="tablet:grid-col-10 desktop:grid-col-8">
          <h1>{t(pageLabelKey('faq'))}</h1>
          <p className="usa-intro">{t('intro')}</p>
          {groups.map((group) => (
            <section key={group.key} aria-labelledby={`faq-${group.key}`} className="margin-top-4">
              <h2 id={`faq-${group.key}`}>{t(`groups.${group.key}`)}</h2>
              <FaqAccordion items={group.questions.map(item)} />
            </section>
          ))}
          <p className="margin-top-4">
            {t('notAnswered')} <Link to={paths.contact.path}>{t(pageLabelKey('contact'))}</Link> ·{' '}
            <PhoneLink />
          </p>
        </div>
      </div>
    </div>
  );
}
