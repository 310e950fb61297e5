import { useEffect, useId, useRef, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * One problem with a submitted form: the field's element id and a translation key, or (for a
 * message the server wrote, which has no key) the text itself in `message`, which wins.
 */
export type FieldError = { fieldId: string; messageKey: string; message?: string };

/** The message key for one field, to show beside it. */
export function errorFor(errors: readonly FieldError[], fieldId: string): string | undefined {
  return errors.find((error) => error.fieldId === fieldId)?.messageKey;
}

/** The text to show beside one field: the server's message, or its key translated with `t`. */
export function errorText(
  errors: readonly FieldError[],
  fieldId: string,
  t: (key: string) => string,
): string | undefined {
  const error = errors.find((candidate) => candidate.fieldId === fieldId);
  return error && (error.message ?? t(error.messageKey));
}

/**
 * Lists what is wrong after a submit and takes focus, so keyboard and screen reader users learn
 * about the problems at once; each entry moves focus to its field. Keep `errors` in state and
 * replace it on each submit: a new array means a new attempt and focus moves here again.
 * Keys are translated here (with the app's namespaces), so switching language keeps it current.
 */
export function ErrorSummary({ errors, children }: { errors: readonly FieldError[]; children?: ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();

  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);

  if (errors.length === 0) return null;

  function goToField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
    const field = document.getElementById(fieldId);
    if (!field) return;
    // Focus directly rather than following "#id", which the router would treat as navigation.
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: 'center' });
  }

  return (
    <div
      ref={ref}
      className="usa-alert usa-alert--error cos-error-summary"
      role="alert"
      tabIndex={-1}
      aria-labelledby={headingId}
    >
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id={headingId}>
          {t('ui:errorSummary.heading')}
        </h2>
        <ul className="usa-list usa-list--unstyled">
          {errors.map((error) => (
            <li key={error.fieldId}>
              <a href={`#${error.fieldId}`} onClick={(event) => goToField(event, error.fieldId)}>
                {error.message ?? t(error.messageKey)}
              </a>
            </li>
          ))}
        </ul>
        {children}
      </div>
    </div>
  );
}
