// Keyboard access to antd's own scrolling boxes: a wide table scrolls sideways inside
// `.ant-table-content` (or `.ant-table-body`), which a keyboard user can only scroll once it takes
// focus (axe: scrollable-region-focusable). antd also keeps a hidden "measure row" in such tables;
// it is made inert so that nothing hidden from assistive technology can take focus
// (axe: aria-hidden-focus). One observer covers every table of the app.

const SCROLLERS = '.ant-table-content, .ant-table-body';
const MEASURE_ROWS = '.ant-table-measure-row';

/** Makes the scrolling boxes and measure rows under `root` keyboard-safe. */
export function fixScrollRegions(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>(SCROLLERS)) {
    if (!el.hasAttribute('tabindex')) el.tabIndex = 0;
  }
  for (const el of root.querySelectorAll<HTMLElement>(MEASURE_ROWS)) {
    if (!el.inert) el.inert = true;
  }
}

/** Keeps fixing them as pages render; returns the function that stops. */
export function installScrollRegionAccess(doc: Document = document): () => void {
  fixScrollRegions(doc);
  let pending = false;
  const observer = new MutationObserver(() => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      fixScrollRegions(doc);
    });
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  return () => observer.disconnect();
}
