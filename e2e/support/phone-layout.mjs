// What a phone-sized page must hold: nothing wider than the screen and no control covered by
// another element. Decision for "wider than the viewport": an element may be wider than the
// screen only INSIDE an intentional horizontal scroller, i.e. an ancestor whose computed
// overflow-x is auto or scroll and which itself fits the screen (antd's table body
// `.ant-table-content`, a tab bar's nav list, the diagram canvas). Such content is reached by
// swiping inside that box; the page itself never scrolls sideways. "Covered" is checked for every
// control of the page, not just the first screen: each one is scrolled into view (the page, and any
// scroller it sits in) and its centre must hit the control itself. The scroll position is restored.

/** Runs in the page: the layout findings (empty when the page holds at this width). */
export function layoutFindings(page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const findings = [];
    const describe = (el) => {
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).slice(0, 3).join('.')}` : '';
      const text = (el.getAttribute('aria-label') || el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 30);
      return `<${el.tagName.toLowerCase()}${id}${cls}> "${text}"`;
    };
    // the clipping ancestors (overflow-x other than visible) of an element
    const clippers = (el) => {
      const found = [];
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const ox = getComputedStyle(p).overflowX;
        if (ox === 'auto' || ox === 'scroll' || ox === 'hidden' || ox === 'clip') found.push(p);
      }
      return found;
    };
    const visible = (el) => {
      const s = getComputedStyle(el);
      if (s.visibility === 'hidden' || s.display === 'none' || Number(s.opacity) === 0) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    };
    if (document.documentElement.scrollWidth > width) {
      findings.push(`the page scrolls sideways: scrollWidth ${document.documentElement.scrollWidth} > ${width}`);
    }
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || (r.right <= width + 1 && r.left >= -1)) continue;
      if (!visible(el)) continue;
      // off-canvas things antd keeps mounted but out of sight (closed drawers, measure helpers)
      if (el.closest('[aria-hidden="true"], .ant-drawer:not(.ant-drawer-open), .ant-select-dropdown-hidden')) continue;
      // clipped or scrolled inside a box that fits the screen (a table's own scroll container)
      const fits = clippers(el).some((box) => {
        const b = box.getBoundingClientRect();
        return b.right <= width + 1 && b.left >= -1;
      });
      if (fits) continue;
      findings.push(`wider than the screen (${Math.round(r.left)}..${Math.round(r.right)} of ${width}): ${describe(el)}`);
      if (findings.length > 8) break;
    }
    const controls = document.body.querySelectorAll(
      'button, a[href], input:not([type="hidden"]), select, textarea, [role="tab"], [role="button"], [role="combobox"], [role="switch"], [role="checkbox"], [role="radio"]',
    );
    // every box scrolled below, with where it was, to put back at the end
    const page = document.scrollingElement;
    const scrolled = [[page, page.scrollLeft, page.scrollTop]];
    for (const el of controls) {
      if (!visible(el)) continue;
      if (el.closest('[aria-hidden="true"]')) continue;
      let r = el.getBoundingClientRect();
      if (r.top < 0 || r.left < 0 || r.bottom > window.innerHeight || r.right > width) {
        // below the fold or inside a scroller: brought into view as a person would scroll to it
        for (const box of clippers(el)) scrolled.push([box, box.scrollLeft, box.scrollTop]);
        el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
        r = el.getBoundingClientRect();
      }
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      // clipped away inside its box (a tab bar's overflow, a collapsed panel): not on the screen at all
      if (x < 0 || y < 0 || x >= width || y >= window.innerHeight) continue;
      const hit = document.elementFromPoint(x, y);
      if (!hit) continue;
      if (hit === el || el.contains(hit) || hit.contains(el)) continue;
      // antd's radio/checkbox inputs are drawn under their styled box, inside the same label
      // a sticky bar (a form's actions at the bottom) is something the page scrolls under, not an overlay
      let sticky = false;
      for (let p = hit; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).position === 'sticky') sticky = true;
      }
      if (sticky) continue;
      const label = el.closest('label');
      if (label && label.contains(hit)) continue;
      const wrap = el.closest('.ant-select, .ant-picker, .ant-input-affix-wrapper, .ant-input-number, .ant-upload, .ant-radio-wrapper, .ant-checkbox-wrapper, .ant-switch');
      if (wrap && wrap.contains(hit)) continue;
      findings.push(`covered: ${describe(el)} lies under ${describe(hit)} (scrolled to ${Math.round(window.scrollY)})`);
      if (findings.length > 16) break;
    }
    for (const [box, left, top] of scrolled.reverse()) box.scrollTo({ left, top, behavior: 'instant' });
    return findings;
  });
}
