// What a phone-sized page must hold: nothing wider than the screen and no control covered by
// another element. Decision for "wider than the viewport": an element may be wider than the
// screen only INSIDE an intentional horizontal scroller, i.e. an ancestor whose computed
// overflow-x is auto or scroll and which itself fits the screen (antd's table body
// `.ant-table-content`, a tab bar's nav list, the diagram canvas). Such content is reached by
// swiping inside that box; the page itself never scrolls sideways.

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
    for (const el of controls) {
      if (!visible(el)) continue;
      if (el.closest('[aria-hidden="true"]')) continue;
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      // only what is on the screen now: a control below the fold is checked when scrolled to
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
      findings.push(`covered: ${describe(el)} lies under ${describe(hit)}`);
      if (findings.length > 16) break;
    }
    return findings;
  });
}
