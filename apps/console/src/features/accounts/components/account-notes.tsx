import type { StaffNoteItem } from '@cos/contracts';
import { ErrorSummary, TextareaField, errorText, type FieldError } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAgencyDateTime } from '../../../lib/format.ts';
import { requestErrors } from '../../../lib/form-errors.ts';
import { addNote } from '../api/account-actions.ts';

const noteId = 'note-body';
const MAX_NOTE = 2000;

/** Staff notes on the account, newest first, and a form to add one (audited). */
export function AccountNotes({ accountId, notes }: { accountId: string; notes: readonly StaffNoteItem[] }) {
  const { t, i18n } = useTranslation('accounts');
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [added, setAdded] = useState(false);
  const [busy, setBusy] = useState(false);
  const language = i18n.resolvedLanguage ?? 'en';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const value = new FormData(form).get('body');
    const body = typeof value === 'string' ? value.trim() : '';
    setAdded(false);
    if (!body) {
      setErrors([{ fieldId: noteId, messageKey: 'accounts:notes.required' }]);
      return;
    }
    setBusy(true);
    try {
      await addNote(accountId, body);
      setErrors([]);
      form.reset();
      setAdded(true);
      await queryClient.invalidateQueries({ queryKey: ['accounts', 'view', accountId] });
    } catch (error) {
      setErrors(requestErrors(error, noteId, (field) => (field === 'body' ? noteId : undefined)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="notes-heading" className="margin-top-4">
      <h2 id="notes-heading">{t('notes.heading')}</h2>
      {notes.length === 0 ? (
        <p>{t('notes.none')}</p>
      ) : (
        <ul className="usa-list usa-list--unstyled">
          {notes.map((note) => (
            <li key={note.id} className="border-bottom border-base-lighter padding-y-1">
              <p className="margin-0 text-pre-wrap">{note.body}</p>
              <p className="margin-0 font-body-2xs text-base-dark">
                {t('notes.by', {
                  name: note.author.displayName,
                  when: formatAgencyDateTime(note.createdAt, language),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
      <ErrorSummary errors={errors} />
      <form className="usa-form usa-form--large" noValidate onSubmit={(event) => void submit(event)}>
        <TextareaField
          id={noteId}
          name="body"
          label={t('notes.label')}
          hint={t('notes.hint')}
          error={errorText(errors, noteId, t)}
          maxLength={MAX_NOTE}
          rows={3}
          required
        />
        <button type="submit" className="usa-button" disabled={busy}>
          {t('notes.add')}
        </button>
        <p role="status" className="margin-y-1">
          {added ? t('notes.added') : ''}
        </p>
      </form>
    </section>
  );
}
