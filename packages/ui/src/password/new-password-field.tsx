// Shared by the portal (registration, Change Password) and the console (a staff member's own
// password), so both show the same rules, in the same words, as the server applies.
import type { PasswordProblem } from '@cos/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../forms/password-field.tsx';
import type { PasswordCheck } from './use-password-check.ts';
import type { StrengthScore } from './password-strength.ts';

type Props = {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Translated message from a submit (server or client). */
  error?: string | undefined;
  /** From usePasswordCheck in the form, which also validates with it on submit. */
  check: PasswordCheck;
};

type RuleState = 'neutral' | 'met' | 'unmet';
const scoreKeys = ['veryWeak', 'weak', 'fair', 'strong', 'veryStrong'] as const;
// Explanations are read out once typing pauses, not on every key press.
const announceAfterMs = 700;

/** What the person reads for one problem; the wording matches the server's explanations. */
export function useProblemText() {
  const { t } = useTranslation('password');
  return (problem: PasswordProblem) =>
    problem.code === 'contains_agency_word'
      ? t('problems.contains_agency_word', { word: problem.word })
      : t(`problems.${problem.code}`, problem);
}

/**
 * A new password: the field, the policy's rules ticked off while typing (docs/product.md §5: the UI shows
 * why a password would be refused) and a strength meter. The rules are the contracts' own, so what
 * this says is what the server decides.
 */
export function NewPasswordField({ id, name, label, value, onChange, error, check }: Props) {
  const { t } = useTranslation('password');
  const describe = useProblemText();
  const { problems, score, policy, loading } = check;
  const [announced, setAnnounced] = useState<PasswordProblem[]>([]);
  const rulesId = `${id}-rules`;
  const statusId = `${id}-status`;

  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(value ? problems : []), announceAfterMs);
    return () => clearTimeout(timer);
  }, [problems, value]);

  const has = (...codes: PasswordProblem['code'][]) =>
    problems.some((problem) => codes.includes(problem.code));
  const state = (failed: boolean, pending = false): RuleState =>
    !value || pending ? 'neutral' : failed ? 'unmet' : 'met';
  const rules: { key: string; text: string; state: RuleState }[] = [
    {
      key: 'length',
      text: t('rules.length', { min: policy.minLength, max: policy.maxLength }),
      state: state(has('too_short', 'too_long')),
    },
    { key: 'common', text: t('rules.common'), state: state(has('common'), loading) },
    {
      key: 'personal',
      text: t('rules.personal', { words: policy.agencyWords.join(', ') }),
      state: state(has('contains_user_id', 'contains_name', 'contains_agency_word')),
    },
  ];
  // A password the server would refuse is never called strong, whatever its entropy.
  const shown: StrengthScore | null =
    score === null ? null : problems.length > 0 ? (Math.min(score, 1) as StrengthScore) : score;

  return (
    <div className="cos-new-password">
      <PasswordField
        id={id}
        name={name}
        label={label}
        hint={t('hint')}
        error={error}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        describedBy={`${rulesId} ${statusId}`}
        autoComplete="new-password"
        required
      />
      <div id={rulesId}>
        <p className="margin-bottom-0 text-bold">{t('rules.heading')}</p>
        <ul className="cos-rule-list">
          {rules.map((rule) => (
            <li key={rule.key} className={rule.state === 'neutral' ? undefined : `cos-rule--${rule.state}`}>
              {rule.text}
              {rule.state !== 'neutral' && (
                <span className="usa-sr-only"> ({t(`ruleState.${rule.state}`)})</span>
              )}
            </li>
          ))}
        </ul>
      </div>
      <div className="cos-strength margin-bottom-2">
        <label className="usa-label margin-top-0" htmlFor={`${id}-strength`}>
          {t('strength.label')}
        </label>
        <meter id={`${id}-strength`} min={0} max={4} low={2} high={3} optimum={4} value={shown ?? 0} />
        <span className="display-block">
          {shown === null ? t('strength.empty') : t(`strength.${scoreKeys[shown]}`)}
        </span>
      </div>
      <div id={statusId} role="status" className="cos-password-status">
        {announced.length > 0 && (
          <ul className="usa-list margin-top-0">
            {announced.map((problem) => (
              <li key={problem.code}>{describe(problem)}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
