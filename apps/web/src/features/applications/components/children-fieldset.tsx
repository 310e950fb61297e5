import { TextField } from '@cos/ui';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_CHILDREN, fieldIdOf, type ApplicationField } from '../lib/application-form.ts';

/**
 * 1 to 10 children, each a small fieldset. Adding a child moves focus to the new row's first
 * box; removing one moves it to "Add another child", and a polite status says what happened.
 */
export function ChildrenFieldset({
  rows,
  onAdd,
  onRemove,
  field,
}: {
  /** The form's field array of children: a stable key per row. */
  rows: readonly { id: string }[];
  onAdd: () => void;
  onRemove: (index: number) => void;
  field: ApplicationField;
}) {
  const { t } = useTranslation('apply');
  const [said, setSaid] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);

  function add() {
    onAdd();
    setSaid(t('children.added', { number: rows.length + 1 }));
    // After React has rendered the row.
    requestAnimationFrame(() =>
      document.getElementById(fieldIdOf(`children.${rows.length}.firstName`))?.focus(),
    );
  }

  function remove(index: number) {
    onRemove(index);
    setSaid(t('children.removed', { number: index + 1 }));
    requestAnimationFrame(() => addButton.current?.focus());
  }

  return (
    <fieldset className="usa-fieldset margin-top-4">
      <legend className="usa-legend usa-legend--large">{t('children.legend')}</legend>
      <p className="usa-hint">{t('children.hint', { max: MAX_CHILDREN })}</p>
      {rows.map((row, index) => {
        return (
          <fieldset
            key={row.id}
            className="usa-fieldset border-left-05 border-base-lighter padding-left-2 margin-top-3"
          >
            <legend className="usa-legend text-bold">{t('children.child', { number: index + 1 })}</legend>
            <TextField
              {...field(`children.${index}.firstName`)}
              label={t('fields.firstName')}
              autoComplete="off"
            />
            <TextField
              {...field(`children.${index}.lastName`)}
              label={t('fields.lastName')}
              autoComplete="off"
            />
            <TextField
              {...field(`children.${index}.dateOfBirth`)}
              type="date"
              label={t('fields.dateOfBirth')}
              hint={t('fields.dateHint')}
            />
            {rows.length > 1 && (
              <button
                type="button"
                className="usa-button usa-button--unstyled margin-top-2"
                onClick={() => remove(index)}
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
