// Unsaved input of an application form, kept in localStorage per form
// (key by application id or 'new') so that nothing is lost on reload; cleared after a successful save.
import type { ApplicationFormPayload } from '../types';

const PREFIX = 'jianfu.application-form.';

export type StoredFormDraft = { savedAt: string; values: ApplicationFormPayload };

export function formDraftKey(applicationId: number | string | null | undefined): string {
  return `${PREFIX}${applicationId ?? 'new'}`;
}

export function saveFormDraft(applicationId: number | string | null | undefined, values: ApplicationFormPayload): void {
  try {
    const entry: StoredFormDraft = { savedAt: new Date().toISOString(), values };
    localStorage.setItem(formDraftKey(applicationId), JSON.stringify(entry));
  } catch {
    /* storage full or disabled: nothing more we can do */
  }
}

export function loadFormDraft(applicationId: number | string | null | undefined): StoredFormDraft | null {
  try {
    const raw = localStorage.getItem(formDraftKey(applicationId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredFormDraft>;
    if (!parsed || typeof parsed !== 'object' || !parsed.values || typeof parsed.values !== 'object') return null;
    return { savedAt: String(parsed.savedAt ?? ''), values: parsed.values };
  } catch {
    return null;
  }
}

export function clearFormDraft(applicationId: number | string | null | undefined): void {
  try {
    localStorage.removeItem(formDraftKey(applicationId));
  } catch {
    /* ignore */
  }
}
