// Supervision as the burden-reduction office clicks it, in Debian's chromium against the packaged
// jar on MariaDB: a unit's 满意率 on the dashboard (驾驶舱) opens exactly the clues behind it; an
// open smart warning (智能预警) is acknowledged with a note, which is still there after a reload;
// the warnings page holds on a 360 px phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { DESKTOP, journeySession, screenshots } from '../support/app.mjs';

// The demo data is loaded after the scheduler starts, so the first sweep (2 s in) may find an empty
// county; a short interval lets the next one (ShedLock keeps 30 s between runs) raise the warnings.
const session = journeySession({
  appArgs: ['--jianfu.warnings.initial-delay=PT2S', '--jianfu.warnings.interval=PT5S'],
});
const { loggedIn } = session;

const PHONE = { width: 360, height: 740 };
const NOTE = '已电话督促，下周复核😀';

/** The page itself never scrolls sideways on the phone (wide tables scroll inside their cards). */
async function assertFitsPhone(page, what) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= PHONE.width, `${what}: the page is ${scrollWidth} px wide on a ${PHONE.width} px phone`);
}

/** 共 N 条 of the paged table on the page. */
async function listTotal(page) {
  const total = page.locator('.ant-pagination-total-text');
  await total.waitFor();
  return Number((await total.textContent()).match(/^共 (\d+) 条$/)?.[1]);
}

const literal = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Asks `check` once a second until it answers something truthy; fails after `seconds`. */
async function until(what, check, seconds) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${seconds} s`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

test('a unit’s 满意率 opens exactly its clues; a warning is acknowledged with a note; it fits a phone', async () => {
  const office = await loggedIn('jianfuban', DESKTOP);
  const page = office.page;

  // 1. the dashboard: the figures the page itself receives
  const dashboardAnswer = page.waitForResponse(
    (r) => new URL(r.url()).pathname === '/api/monitor/clues' && r.request().method() === 'GET' && r.ok(),
  );
  await page.getByRole('link', { name: '驾驶舱' }).click();
  await page.waitForURL(/\/dashboard/);
  const dashboard = await (await dashboardAnswer).json();
  assert.equal(dashboard.scope.kind, 'COUNTY', 'the office sees the county');
  // a unit on the table's first page whose rate is a real fraction, so numerator and denominator differ
  const candidates = dashboard.units
    .slice(0, 20)
    .filter((u) => u.satisfaction.part > 0 && u.satisfaction.part < u.satisfaction.whole);
  assert.ok(candidates.length > 0, 'the demo data has a unit whose 满意率 is neither 0 nor 100 %');
  const unit = candidates.find((u) => u.satisfaction.whole <= 20) ?? candidates[0];
  const { part, whole } = unit.satisfaction;

  const units = page.getByTestId('clue-units');
  const row = units.getByRole('row').filter({ has: page.getByRole('cell', { name: unit.name, exact: true }) });
  await row.waitFor();
  const cell = row.getByTestId('rate-satisfaction');
  const [shownPercent, shownPart, shownWhole] = await cell.getByRole('link').allTextContents();
  assert.equal(Number(shownPart), part, `${unit.name}: the numerator shown is the API's`);
  assert.equal(Number(shownWhole), whole, `${unit.name}: the denominator shown is the API's`);
  const percent = `${(Math.round(unit.satisfaction.value * 1000) / 10).toFixed(1)}%`;
  assert.equal(shownPercent, percent, `${unit.name}: the percentage shown is the API's`);
  await units.screenshot({ path: path.join(screenshots, 'dashboard-units.png') });

  // 2. the percentage opens the clues the rate is about (its denominator): this unit's rated clues
  await cell.getByRole('link', { name: shownPercent, exact: true }).click();
  await page.waitForURL(/\/clues\?/);
  const drilled = new URL(page.url()).searchParams;
  assert.equal(drilled.get('unitOrgId'), String(unit.orgId));
  assert.equal(drilled.get('bucket'), 'RATED');
  // the banner says whose figure this is
  await page.getByText(`驾驶舱下钻：交办给${unit.name}，已评价的线索`).waitFor();
  assert.equal(await listTotal(page), whole, `${unit.name}: the list behind ${part}/${whole} holds ${whole} clues`);
  const headers = (await page.locator('.ant-table-thead th').allTextContents()).map((h) => h.trim());
  const unitsColumn = headers.indexOf('承办单位');
  const statusColumn = headers.indexOf('状态');
  assert.ok(unitsColumn >= 0 && statusColumn >= 0, `the list has 承办单位 and 状态 columns (${headers})`);
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  assert.equal(await rows.count(), Math.min(whole, 20), 'the first page shows the clues up to its size');
  for (const r of await rows.all()) {
    const cells = r.getByRole('cell');
    const handledBy = (await cells.nth(unitsColumn).textContent()).split('、');
    assert.ok(handledBy.includes(unit.name), `every clue was assigned to ${unit.name} (${handledBy})`);
    assert.equal((await cells.nth(statusColumn).textContent()).trim(), '已办结', 'rated clues are closed');
  }
  await page.screenshot({ path: path.join(screenshots, 'dashboard-drilled.png'), fullPage: true });

  // …and back on the dashboard, the numerator opens the satisfied ones among them
  await page.goBack();
  await cell.getByRole('link', { name: String(part), exact: true }).click();
  await page.waitForURL(/bucket=SATISFIED/);
  await page.getByText(`驾驶舱下钻：交办给${unit.name}，评价满意的线索`).waitFor();
  assert.equal(await listTotal(page), part, `${unit.name}: ${part} of the ${whole} rated clues were rated satisfied`);

  // 3. the warnings: acknowledge the first open one with a note
  const open = await until(
    'an open warning raised by the sweep',
    async () => {
      const list = await (await page.request.get('/api/warnings?status=OPEN&page=1&size=20')).json();
      return list.total > 0 ? list : null;
    },
    120,
  );
  await page.getByRole('link', { name: '智能预警' }).click();
  await page.waitForURL(/\/warnings/);
  const firstRow = page
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: /^知悉：/ }) })
    .first();
  await firstRow.waitFor();
  const texts = (await firstRow.getByRole('cell').allTextContents()).map((s) => s.trim());
  const [, ruleText, subjectText] = texts;
  assert.ok(
    open.items.some((w) => subjectText.startsWith(w.subjectName)),
    `the first row (${subjectText}) is one of the open warnings`,
  );
  await page.screenshot({ path: path.join(screenshots, 'warnings-open.png'), fullPage: true });
  await firstRow.getByRole('button', { name: /^知悉：/ }).click();
  const dialog = page.getByRole('dialog', { name: '知悉预警' });
  await dialog.getByLabel('已采取或将采取的措施').fill(NOTE);
  await dialog.getByRole('button', { name: '确认知悉' }).click();
  await page.locator('.ant-message').getByText('已知悉', { exact: true }).waitFor();
  await dialog.waitFor({ state: 'hidden' });

  const sameWarning = (p) => p.getByRole('row').filter({ hasText: ruleText }).filter({ hasText: subjectText });
  // the open list no longer offers it (the others are still there)
  await page.reload();
  await page
    .getByRole('button', { name: /^知悉：/ })
    .first()
    .waitFor();
  assert.equal(await sameWarning(page).count(), 0, 'the acknowledged warning has left the open list');
  // the acknowledged ones, after a reload: it is there with who acknowledged it and the note
  await page.getByRole('combobox', { name: '状态' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '已知悉' }).click();
  await page.waitForURL(/status=ACKNOWLEDGED/);
  await page.reload();
  const acknowledged = sameWarning(page);
  await acknowledged.waitFor();
  await acknowledged.getByText('已知悉', { exact: true }).waitFor();
  const note = acknowledged.getByText(`知悉：${NOTE}`, { exact: false });
  await note.waitFor();
  const me = await (await page.request.get('/api/auth/me')).json();
  assert.match(
    await note.textContent(),
    new RegExp(`^${literal(me.displayName)} 于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 知悉：${literal(NOTE)}$`),
  );
  assert.ok(
    await note.evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight + 1),
    'the note is shown in full, not cut off',
  );
  await page.screenshot({ path: path.join(screenshots, 'warnings-acknowledged.png'), fullPage: true });
  await office.context.close();

  // 4. the same pages on a phone
  const phone = await loggedIn('jianfuban', PHONE);
  const p = phone.page;
  await p.goto('/warnings');
  const acknowledge = p.getByRole('button', { name: /^知悉：/ }).first();
  await acknowledge.waitFor();
  await assertFitsPhone(p, 'the open warnings');
  await acknowledge.click();
  const phoneDialog = p.getByRole('dialog', { name: '知悉预警' });
  await phoneDialog.getByLabel('已采取或将采取的措施').waitFor();
  await assertFitsPhone(p, 'the acknowledge dialog');
  await phoneDialog.getByRole('button', { name: '取消', exact: true }).click();
  await p.goto('/warnings?status=ACKNOWLEDGED');
  await sameWarning(p).getByText(`知悉：${NOTE}`, { exact: false }).waitFor();
  await assertFitsPhone(p, 'the acknowledged warnings');
  await p.screenshot({ path: path.join(screenshots, 'warnings-phone.png'), fullPage: true });
  await phone.context.close();
});
