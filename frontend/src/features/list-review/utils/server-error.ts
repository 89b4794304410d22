import type { FormInstance } from 'antd';
import { ApiError } from '@/lib/api-client';
import { applyFieldErrors } from '@/lib/form-errors';
import type { Translate } from '@/lib/i18n';

/**
 * A refused request on one of the review's forms: the server's field errors on their fields, and the
 * message to show beside the form (403, 409 and the rest say what happened in the server's words).
 * The form keeps what was typed.
 */
export function serverErrorMessage(
  form: FormInstance,
  error: unknown,
  fields: readonly string[],
  t: Translate,
): string {
  if (!(error instanceof ApiError)) return t('api.actionFailed');
  const rest = error.hasFieldErrors ? applyFieldErrors(form, error.fieldErrors, fields) : [];
  return rest.length ? `${error.message}：${rest.join('；')}` : error.message;
}
