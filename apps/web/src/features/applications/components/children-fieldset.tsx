import { TextField, errorText, type FieldError } from '@cos/ui';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_CHILDREN, fieldIdOf } from '../lib/application-form.ts';

/**
 * 1 to 10 children, each a small fieldset. Adding a child moves focus to the new row's first
 * box; removing one moves it to "Add another child", and a polite status says what happened.
 */
export function ChildrenFieldset({
  rows,
  onRowsChange,
  errors,
}: {
  rows: readonly number[];
  onRowsChange: (rows: number[]) => void;
  errors: readonly FieldError[];
}) {
  const { t } = useTranslation('apply');
  const [said, setSaid] = useState('');
  const nextKey = useRef(Math.max(0, ...rows) + 1);
  const addButton = useRef<HTMLButtonElement>(null);

  function add() {
    const key = nextKey.current++;
    onRowsChange([...rows, key]);
    setSaid(t('children.added', { number: rows.length + 1 }));
    // After React has rendered the row.
    requestAnimationFrame(() =>
      document.getElementById(fieldIdOf(`children.${rows.length}.firstName`))?.focus(),
    );
  }

  function remove(key: number, index: number) {
    onRowsChange(rows.filter((row) => row !== key));
    setSaid(t('children.removed', { number: index + 1 }));
    requestAnimationFrame(() => addButton.current?.focus());
  }

  return (
    <fieldset className="usa-fieldset margin-top-4">
      <legend className="usa-legend usa-legend--large">{t('children.legend')}</legend>
      <p className="usa-hint">{t('children.hint', { max: MAX_CHILDREN })}</p>
      {rows.map((key, index) => {
        const id = (field: string) => fieldIdOf(`children.${index}.${field}`);
        return (
          <fieldset
            key={key}
            className="usa-fieldset border-left-05 border-base-lighter padding-left-2 margin-top-3"
          >
            <legend className="usa-legend text-bold">{t('children.child', { number: index + 1 })}</legend>
            <TextField
              id={id('firstName')}
              name={`children.${index}.firstName`}
              label={t('fields.firstName')}
              error={errorText(errors, id('firstName'), t)}
              autoComplete="off"
            />
            <TextField
              id={id('lastName')}
              name={`children.${index}.lastName`}
              label={t('fields.lastName')}
              error={errorText(errors, id('lastName'), t)}
              autoComplete="off"
            />
            <TextField
              id={id('dateOfBirth')}
              name={`children.${index}.dateOfBirth`}
              type="date"
              label={t('fields.dateOfBirth')}
              hint={t('fields.dateHint')}
              error={errorText(errors, id('dateOfBirth'), t)}
            />
            {rows.length > 1 && (
              <button
                type="button"
                className="usa-button usa-button--unstyled margin-top-2"
                onClick={() => remove(key, index)}
              >
                {t('children.remove', { number: index + 1 })}
              </button>
            )}
          </fieldset>
        );
      })}
      {rows.length < MAX_CHILDREN && (
        <button
          ref={addButton}
          type="button"
          className="usa-button usa-button--outline margin-top-3"
          onClick={add}
        >
          {t('children.add')}
        </button>
      )}
      <p role="status" className="usa-sr-only">
        {said}
      </p>
    </fieldset>
  );
}
