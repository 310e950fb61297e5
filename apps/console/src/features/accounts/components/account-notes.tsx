import { AddNoteRequest, type StaffNoteItem } from '@cos/contracts';
import { ErrorSummary, TextareaField, useApiForm } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
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
  const language = i18n.resolvedLanguage ?? 'en';
  const { form, mutation, errors, busy, onSubmit, field } = useApiForm({
    schema: AddNoteRequest,
    defaultValues: { body: '' },
    ids: { body: noteId },
    messages: { body: { too_small: 'accounts:notes.required' } },
    submit: ({ body }) => addNote(accountId, body),
    onSuccess: async () => {
      form.reset();
      await queryClient.invalidateQueries({ queryKey: ['accounts', 'view', accountId] });
    },
    failure: (error, fieldId) => requestErrors(error, noteId, fieldId),
  });

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
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit}>
        <TextareaField
          {...field('body')}
          label={t('notes.label')}
          hint={t('notes.hint')}
          maxLength={MAX_NOTE}
          rows={3}
          required
        />
        <button type="submit" className="usa-button" disabled={busy}>
          {t('notes.add')}
        </button>
        <p role="status" className="margin-y-1">
          {mutation.isSuccess ? t('notes.added') : ''}
        </p>
      </form>
    </section>
  );
}
