// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../api/api-client.ts';
import { createI18n } from '../i18n/create-i18n.ts';
import { ErrorSummary, type FieldError } from './error-summary.tsx';
import { TextField } from './text-field.tsx';
import { useApiForm } from './use-api-form.ts';

// The first render loads jsdom and every translation; on a busy machine that alone can take 5 s.
const slowStart = { timeout: 30_000 };

afterEach(cleanup);

const Request = z.object({
  name: z.string().trim().min(1, 'Enter a name.'),
  email: z.email('Enter an email address.'),
});

type FormProps = {
  submit: (values: z.infer<typeof Request>) => Promise<string>;
  initialErrors?: FieldError[];
};

function Form({ submit, initialErrors }: FormProps) {
  const { errors, busy, onSubmit, field, mutation } = useApiForm({
    schema: Request,
    defaultValues: { name: '', email: '' },
    ...(initialErrors ? { initialErrors } : {}),
    ids: { name: 'person-name' },
    messages: { name: 'test:nameRequired' },
    submit,
    failure: (error, fieldId): FieldError[] =>
      error instanceof ApiError && error.fields.length > 0
        ? error.fields.map(({ field, message }) => ({
            fieldId: fieldId(field) ?? 'person-name',
            messageKey: '',
            message,
          }))
        : [{ fieldId: 'person-name', messageKey: 'test:unexpected' }],
  });
  return (
    <>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={onSubmit}>
        <TextField {...field('name')} label="Name" />
        <TextField {...field('email')} label="Email" />
        <button type="submit" disabled={busy}>
          Send
        </button>
      </form>
      {/* An action outside the form (a table row's button) submits it too. */}
      <button type="button" onClick={() => onSubmit()}>
        Send from outside
      </button>
      <p role="status">{mutation.data ?? ''}</p>
    </>
  );
}

function renderForm(submit: FormProps['submit'], initialErrors?: FieldError[]) {
  const i18n = createI18n({
    resources: {
      en: { test: { nameRequired: 'Enter your name', unexpected: 'Try again' } },
      es: { test: { nameRequired: 'Escriba su nombre', unexpected: 'Inténtelo de nuevo' } },
    },
    defaultNS: 'test',
    language: 'en',
    storage: null,
    root: null,
  });
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient()}>
        <Form submit={submit} {...(initialErrors ? { initialErrors } : {})} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

const type = (label: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('useApiForm', slowStart, () => {
  it('lists every problem in the focused summary, translated, each linked to and shown at its field', async () => {
    let sent = 0;
    renderForm(async () => String(++sent));
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));

    const summary = await screen.findByRole('alert');
    expect(document.activeElement).toBe(summary);
    const links = Array.from(summary.querySelectorAll('a')).map((a) => [
      a.textContent,
      a.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['Enter your name', '#person-name'],
      ['Enter an email address.', '#email'],
    ]);
    expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBe('true');
    expect(sent).toBe(0);
  });

  it('sends the schema output (trimmed) and clears the summary once the values are right', async () => {
    const sent: unknown[] = [];
    renderForm(async (values) => {
      sent.push(values);
      return 'saved';
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await screen.findByRole('alert');

    type('Name', '  Casey  ');
    type('Email', 'casey@example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('saved'));
    expect(sent).toEqual([{ name: 'Casey', email: 'casey@example.com' }]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it("puts the server's field messages on the fields they name, and disables the button while sending", async () => {
    let reject: (error: unknown) => void = () => undefined;
    renderForm(
      () =>
        new Promise<string>((_resolve, fail) => {
          reject = fail;
        }),
    );
    type('Name', 'Casey');
    type('Email', 'taken@example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));

    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Send' }).hasAttribute('disabled')).toBe(true),
    );
    reject(new ApiError(400, 'VALIDATION', 'Invalid', [{ field: 'email', message: 'Already in use.' }]));

    const summary = await screen.findByRole('alert');
    expect(summary.querySelector('a')?.getAttribute('href')).toBe('#email');
    expect(screen.getByText('Already in use.', { selector: '.usa-error-message' }).id).toBe('email-error');
    expect(screen.getByRole('button', { name: 'Send' }).hasAttribute('disabled')).toBe(false);
  });

  it('shows problems it starts with (sent back by a later step) focused and at their field', async () => {
    renderForm(async () => 'saved', [{ fieldId: 'email', messageKey: '', message: 'Check this address.' }]);
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(screen.getByText('Check this address.', { selector: '.usa-error-message' }).id).toBe(
      'email-error',
    );
  });

  it('checks and sends when submitted from a button outside the form', async () => {
    const sent: unknown[] = [];
    renderForm(async (values) => {
      sent.push(values);
      return 'saved';
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send from outside' }));
    expect(await screen.findByRole('alert')).toBeTruthy();

    type('Name', 'Casey');
    type('Email', 'casey@example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Send from outside' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('saved'));
    expect(sent).toEqual([{ name: 'Casey', email: 'casey@example.com' }]);
  });
});
