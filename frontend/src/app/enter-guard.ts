// Enter in a date picker or a select confirms the choice there; it must never also submit the
// form around it (a half-filled plan sent by accident). One listener on the document covers every
// form of the app, antd's and the portal's native ones alike.

const DATE_INPUT_TYPES = new Set(['date', 'datetime-local', 'time', 'month', 'week']);

/** Whether Enter in `target` would submit a form while the user is only choosing a date or an option. */
export function isChoiceField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (!target.closest('form')) return false;
  if (target instanceof HTMLInputElement && DATE_INPUT_TYPES.has(target.type)) return true;
  return target.closest('.ant-picker, .ant-select, [role="combobox"]') !== null;
}

function onKeyDown(event: KeyboardEvent): void {
  if (event.key !== 'Enter' || event.isComposing) return;
  // runs after the component's own handler (React listens at the root, below the document),
  // so the picker still takes the typed date and the select still picks the option
  if (isChoiceField(event.target)) event.preventDefault();
}

/** Installs the guard on `doc`; returns the function that removes it. */
export function installEnterGuard(doc: Document = document): () => void {
  doc.addEventListener('keydown', onKeyDown);
  return () => doc.removeEventListener('keydown', onKeyDown);
}
