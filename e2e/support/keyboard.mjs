// Driving a page with the keyboard alone, and checking at every stop that the focused element shows
// where the focus is. "Shows" means: its outline or box-shadow (or that of a wrapper around it or a
// sibling drawn for it, as antd draws a radio's circle beside the real input) differs between the
// focused and the unfocused state, and the focused state has an outline or a shadow at all.

/**
 * Runs in the page, on the focused element: its look focused, then blurred, then focused again (so
 * the next Tab goes on from it). Resolves with what it saw, or null when nothing is focused.
 */
function probeFocused() {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const nodes = [el];
  for (let p = el.parentElement, i = 0; p && p !== document.body && i < 3; p = p.parentElement, i++) nodes.push(p);
  if (el.parentElement) for (const s of el.parentElement.children) if (s !== el) nodes.push(s);
  const look = () =>
    nodes.map((n) => {
      const s = getComputedStyle(n);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 ? `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` : '';
      const shadow = s.boxShadow && s.boxShadow !== 'none' ? s.boxShadow : '';
      return { outline, shadow };
    });
  // wait for the CSS transitions of these nodes (antd fades its focus ring in), at most 800 ms
  const settled = () => {
    const running = document.getAnimations().filter((a) => a.effect && nodes.includes(a.effect.target));
    return Promise.race([Promise.all(running.map((a) => a.finished.catch(() => undefined))), new Promise((r) => setTimeout(r, 800))]);
  };
  const describe = () => {
    const label = el.getAttribute('aria-label') || (el.labels && el.labels[0] ? el.labels[0].textContent : '') || el.textContent || el.getAttribute('placeholder') || '';
    const role = el.getAttribute('role');
    return `<${el.tagName.toLowerCase()}${role ? ` role=${role}` : ''}${el.id ? `#${el.id}` : ''}> "${label.trim().replace(/\s+/g, ' ').slice(0, 30)}"`;
  };
  return (async () => {
    await settled();
    const focused = look();
    const focusVisible = el.matches(':focus-visible');
    el.blur();
    await settled();
    const blurred = look();
    el.focus({ preventScroll: true });
    await settled();
    const shows = focused.some((f, i) => (f.outline && f.outline !== blurred[i].outline) || (f.shadow && f.shadow !== blurred[i].shadow));
    return { element: describe(), shows, focusVisible };
  })();
}

/**
 * A keyboard-only user of `page`: Tab and Shift+Tab to a target, type, press keys. Every stop the
 * focus makes is probed; `stops` lists them and `unseen()` those that showed no focus indicator.
 */
export function keyboardUser(page) {
  const stops = [];
  const probe = async (where) => {
    const seen = await page.evaluate(probeFocused);
    if (seen) stops.push({ ...seen, where });
    return seen;
  };
  return {
    stops,
    probe,
    /** The stops whose focus could not be seen, one line each. */
    unseen: () => stops.filter((s) => !s.shows).map((s) => `${s.where}: ${s.element} shows no focus indicator`),
    /**
     * Presses Tab (or Shift+Tab with `back`) until `target` has the focus; fails after `max` presses.
     * Answers the number of presses.
     */
    async tabTo(target, where, { back = false, max = 60 } = {}) {
      for (let n = 1; n <= max; n++) {
        await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
        await probe(where);
        if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) return n;
      }
      const last = stops.at(-1)?.element ?? 'nothing';
      throw new Error(`${where}: ${max} presses of ${back ? 'Shift+Tab' : 'Tab'} did not reach the target (last focus: ${last})`);
    },
    async press(key) {
      await page.keyboard.press(key);
    },
    async type(text) {
      await page.keyboard.type(text);
    },
  };
}
