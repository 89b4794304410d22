import { useSyncExternalStore } from 'react';

/** Below antd's `lg` breakpoint (992 px) the side menu does not fit beside the page. */
export const NARROW_SCREEN_QUERY = '(max-width: 991.98px)';

function subscribe(onChange: () => void): () => void {
  const list = window.matchMedia(NARROW_SCREEN_QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

function snapshot(): boolean {
  return window.matchMedia(NARROW_SCREEN_QUERY).matches;
}

/** Whether the window is narrower than the side menu plus a usable page (phones, small tablets). */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}
