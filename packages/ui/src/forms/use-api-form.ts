// The one way a form collects, checks and submits what a person typed (docs/decisions/0010-forms.md):
// react-hook-form holds the values (uncontrolled inputs, so typing re-renders nothing), the zod
// schema of the request (from @cos/contracts, extended where the form asks more) checks them, and
// TanStack Query's useMutation sends them. What is wrong, from the schema or from the server's
// `{ error: { fields } }`, becomes one list of FieldError for the shared ErrorSummary, which
// takes focus on each failed attempt; each field shows its own entry of the same list.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  type Path,
  type UseFormRegisterReturn,
  type UseFormReturn,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { errorText, type FieldError } from './error-summary.tsx';

/**
 * A field's translation key, or one per zod issue code (`too_small`, `invalid_format`, `custom`…),
 * with `required` for a field left blank and `default` for the rest.
 */
export type FieldMessage = string | Partial<Record<string, string>>;

export type UseApiFormOptions<Input extends FieldValues, Output, Result> = {
  /** The request's zod schema: the values it outputs (trimmed, coerced) are what `submit` receives. */
  schema: z.ZodType<Output, Input>;
  defaultValues?: DefaultValues<Input>;
  /**
   * The element each field's problems link to, when it is not the field's name (`userId` → `user-id`;
   * a radio group's first option). Server field names (`securityAnswers.1.answer`) use the same map.
   */
  ids?: Readonly<Record<string, string>>;
  /** The translation key shown for a field's problem; without one the schema's own message shows. */
  messages?: Readonly<Record<string, FieldMessage>>;
  /** Sends the checked values (a useMutation mutationFn). */
  submit: (values: Output) => Promise<Result> | Result;
  /**
   * Problems to show when the form first renders (a later step sent the person back to fix them);
   * the summary takes focus at once.
   */
  initialErrors?: readonly FieldError[];
  onSuccess?: (result: Result, values: Output) => unknown;
  /**
   * A failed submit as summary entries. `fieldId` maps a server field name to this form's element
   * (undefined for a field the form does not have, which the caller pins to a fallback).
   */
  failure: (error: unknown, fieldId: (field: string) => string | undefined) => FieldError[];
};

/** What a field component spreads to be part of a form: its id, name, ref and handlers, and its error text. */
export type FieldBinding<Name extends string = string> = UseFormRegisterReturn<Name> & {
  id: string;
  error: string | undefined;
};

export type ApiForm<Input extends FieldValues, Output, Result> = {
  form: UseFormReturn<Input, unknown, Output>;
  mutation: UseMutationResult<Result, unknown, Output>;
  /** For ErrorSummary: a new array on each failed attempt (so it takes focus again), stable otherwise. */
  errors: readonly FieldError[];
  /** True while the request is on its way: disable the submit button. */
  busy: boolean;
  /**
   * The form's submit handler; called without an event by a button that is not in a form (a
   * table row's action that first checks a box beside the table).
   */
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  /** What TextField / TextareaField / SelectField / CheckboxField / PasswordField spread: id, name, ref, handlers, error. */
  field: (
    name: Path<Input>,
  ) => UseFormRegisterReturn<Path<Input>> & { id: string; error: string | undefined };
  /** The text to show beside the element with this id (a radio group's first option, a fieldset). */
  errorAt: (elementId: string) => string | undefined;
  /** The element id a field's problems link to. */
  idOf: (name: string) => string;
  /** Shows problems found outside the schema and the request (a confirmation the person must tick). */
  showErrors: (errors: FieldError[]) => void;
};

export function useApiForm<Input extends FieldValues, Output, Result>(
  options: UseApiFormOptions<Input, Output, Result>,
): ApiForm<Input, Output, Result> {
  const { schema, defaultValues, ids = {}, messages = {}, submit, onSuccess, failure } = options;
  const { t } = useTranslation();
  const [errors, setErrors] = useState<readonly FieldError[]>(options.initialErrors ?? []);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(schema),
    ...(defaultValues === undefined ? {} : { defaultValues }),
    // Problems are shown on submit only, all at once, in the summary that takes focus; checking on
    // each keystroke would move messages under a screen reader user's cursor.
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    // The summary takes focus, not the first field: it tells how many things need fixing.
    shouldFocusError: false,
  });

  // Fields registered through `field()`: a server message about one of them lands on it.
  const [registered] = useState(() => new Set<string>());
  const idOf = (name: string): string => ids[name] ?? name;
  const knownId = (field: string): string | undefined =>
    ids[field] ?? (registered.has(field) ? field : undefined);

  const mutation = useMutation<Result, unknown, Output>({
    mutationFn: async (values) => submit(values),
    onSuccess: async (result, values) => {
      setErrors([]);
      await onSuccess?.(result, values);
    },
    onError: (error) => setErrors(failure(error, knownId)),
  });

  function invalid(fieldErrors: FieldErrors<Input>) {
    mutation.reset(); // an earlier success ("Note added") no longer describes the form
    const found = flatten(fieldErrors).map(({ name, type, message }): FieldError => {
      const value: unknown = form.getValues(name as Path<Input>);
      const blank = value === undefined || (typeof value === 'string' && value.trim() === '');
      const key = messageKey(messages[name], blank ? 'required' : type, type);
      return key
        ? { fieldId: idOf(name), messageKey: key }
        : { fieldId: idOf(name), messageKey: '', message };
    });
    setErrors(inPageOrder(found));
  }

  const onSubmit = (event?: FormEvent<HTMLFormElement>) => {
    void form.handleSubmit((values) => {
      setErrors([]);
      return mutation.mutateAsync(values).catch(() => undefined); // shown by onError
    }, invalid)(event);
  };

  const errorAt = (elementId: string) => errorText(errors, elementId, t);

  return {
    form,
    mutation,
    errors,
    busy: mutation.isPending,
    onSubmit,
    field: (name) => {
      registered.add(name);
      return { ...form.register(name), id: idOf(name), error: errorAt(idOf(name)) };
    },
    errorAt,
    idOf,
    showErrors: setErrors,
  };
}

function messageKey(message: FieldMessage | undefined, ...types: string[]): string | undefined {
  if (message === undefined || typeof message === 'string') return message;
  for (const type of types) if (message[type]) return message[type];
  return message['default'];
}

type FlatError = { name: string; type: string; message: string };

/** RHF's nested errors (`children.0.name`) as dotted names, in the order the schema reported them. */
function flatten(errors: object, prefix = ''): FlatError[] {
  const found: FlatError[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (key === 'ref' || typeof value !== 'object' || value === null) continue;
    const name = prefix ? `${prefix}.${key}` : key;
    const type: unknown = 'type' in value ? value.type : undefined;
    const message: unknown = 'message' in value ? value.message : undefined;
    if (typeof type === 'string' && typeof message === 'string') {
      // An array's own problem ("add a child") is reported under `root`: it belongs to the array.
      found.push({ name: key === 'root' ? prefix : name, type, message });
    } else found.push(...flatten(value, name));
  }
  return found;
}

/**
 * The summary lists problems in the order a person meets the fields (a cross-field check, like a
 * date of birth in three boxes, is reported after the fields' own checks).
 */
function inPageOrder(errors: FieldError[]): FieldError[] {
  const at = (error: FieldError) => document.getElementById(error.fieldId);
  return [...errors].sort((a, b) => {
    const first = at(a);
    const second = at(b);
    if (!first || !second || first === second) return 0;
    return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}
