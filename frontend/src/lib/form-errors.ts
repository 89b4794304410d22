// Bridges zod issues and server field errors to antd's Form.setFields.
import type { FormInstance } from 'antd';
import { ApiError } from './api-client';
import { currentTranslator } from './i18n';

export type FieldErrorMap = Record<string, string>;

/** Every value of the form, including fields not rendered right now (antd types this as any). */
export function allFieldValues<T>(form: FormInstance<T>): Partial<T> {
  return (form.getFieldsValue(true) ?? {}) as Partial<T>;
}

/** First message per top-level field of a zod error. */
export function zodFieldErrors(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): FieldErrorMap {
  const out: FieldErrorMap = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : '_form';
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}

/** Server field names like `targetTownshipIds[0]` or `form.itemName` → `targetTownshipIds` / `itemName`. */
export function normaliseFieldName(name: string): string {
  const last = name.split('.').pop() ?? name;
  return last.replace(/\[\d+\]$/, '');
}

/**
 * Shows errors on the matching form fields (several for one field, e.g. `terms[0]` and `terms[2]`, all
 * on it); returns the messages whose field is not on the form (so the caller can show them elsewhere).
 */
export function applyFieldErrors(form: FormInstance, errors: FieldErrorMap, knownFields?: readonly string[]): string[] {
  const known = knownFields ?? Object.keys(allFieldValues(form));
  const onForm = new Map<string, string[]>();
  const elsewhere: string[] = [];
  for (const [raw, msg] of Object.entries(errors)) {
    const name = normaliseFieldName(raw);
    if (known.includes(name)) onForm.set(name, [...(onForm.get(name) ?? []), msg]);
    else elsewhere.push(msg);
  }
  if (onForm.size) {
    form.setFields([...onForm].map(([name, messages]) => ({ name, errors: messages })));
    form.scrollToField([...onForm.keys()][0], { block: 'center' });
  }
  return elsewhere;
}

export function clearFieldErrors(form: FormInstance, names: readonly string[]): void {
  form.setFields(names.map((name) => ({ name, errors: [] })));
}

type Notifier = { error: (content: string) => unknown };

/** Standard handling of a failed form request: field errors on the fields, the message as a toast. */
export function handleFormError(
  form: FormInstance,
  error: unknown,
  message: Notifier,
  knownFields?: readonly string[],
): void {
  if (error instanceof ApiError) {
    const rest = error.hasFieldErrors ? applyFieldErrors(form, error.fieldErrors, knownFields) : [];
    message.error(rest.length ? `${error.message}：${rest.join('；')}` : error.message);
    return;
  }
  message.error(currentTranslator()('api.actionFailed'));
}

/** `onValuesChange` helper: an edited field loses its (server or schema) error. */
export function clearChangedFieldErrors(form: FormInstance, changed: object, also: readonly string[] = []): void {
  clearFieldErrors(form, [...Object.keys(changed), ...also]);
}
