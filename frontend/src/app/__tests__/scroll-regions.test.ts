import { describe, expect, it } from 'vitest';
import { fixScrollRegions } from '../scroll-regions';

describe('fixScrollRegions', () => {
  it('lets the keyboard reach a table that scrolls sideways and makes the hidden measure row inert', () => {
    document.body.innerHTML = `
      <div class="ant-table-content"><table><tbody>
        <tr class="ant-table-measure-row" aria-hidden="true"><td><input /></td></tr>
      </tbody></table></div>
      <div class="ant-table-body" tabindex="-1"></div>`;
    fixScrollRegions(document);
    expect(document.querySelector<HTMLElement>('.ant-table-content')?.tabIndex).toBe(0);
    expect(document.querySelector<HTMLElement>('.ant-table-measure-row')?.inert).toBe(true);
    // a box whose tab stop was decided on purpose keeps it
    expect(document.querySelector('.ant-table-body')?.getAttribute('tabindex')).toBe('-1');
  });
});
