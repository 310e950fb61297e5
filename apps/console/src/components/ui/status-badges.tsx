import type { AccountBadge } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import { formatAgencyDateTime } from '../../lib/format.ts';

// USWDS tags; the words carry the meaning and the colour only repeats it (WCAG 1.4.1).
const tagClass: Record<AccountBadge['kind'], string> = {
  active: 'bg-green',
  locked: 'bg-secondary-dark',
  recovery_locked: 'bg-secondary-dark',
  temporary_password: 'bg-gold text-ink',
  must_change_password: 'bg-accent-warm-dark',
  disabled: 'bg-base-darkest',
};

/** An account's status as tags: "Active", "Locked until Nov 22, 2026, 12:03 PM ET", … */
export function StatusBadges({ badges }: { badges: readonly AccountBadge[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="add-list-reset cos-badges">
      {badges.map((badge) => (
        <li key={badge.kind}>
          <span className={`usa-tag ${tagClass[badge.kind]}`}>
            {t(`badges.${badge.kind}`, {
              time: badge.until ? formatAgencyDateTime(badge.until, i18n.resolvedLanguage ?? 'en') : '',
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}
