// The admission list's two-year review (动态调整) and the bottom-up evaluation (基层评机关) as the
// county's people click them, in Debian's chromium against the packaged jar on MariaDB:
// 1. the social work department starts an item's review → a village cadre answers on a phone → the
//    lead department proposes a change with the feedback in view → review → approval → anyone sees
//    the new version and the old one on the public page; the village's page shows what lapsed;
// 2. the office opens an evaluation round → three grassroots raters (one on a phone) rate a
//    department, a second rating is refused → the office screens the comments and closes the round
//    → the department sees its scores per dimension, and nobody's name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { DESKTOP, journeySession, screenshots } from '../support/app.mjs';

const session = journeySession();
const { loggedIn } = session;

const PHONE = { width: 360, height: 640 };

/** The page itself never scrolls sideways on the phone (wide tables scroll inside their cards). */
async function assertFitsPhone(page, what) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= PHONE.width, `${what}: the page is ${scrollWidth} px wide on a ${PHONE.width} px phone`);
}

/** Picks an option of an antd Select (typing part of it first when the select is searchable). */
async function pick(page, combobox, typed, option) {
  await combobox.click();
  if (typed) await combobox.fill(typed);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

/** GET of the API as the page's user (the session cookie of its context). */
async function api(page, url) {
  const r = await page.request.get(url);
  assert.ok(r.ok(), `GET ${url}: ${r.status()}`);
  return r.json();
}

/** The texts of the cells of the row holding `text` in `scope`. */
async function rowCells(scope, text) {
  const row = scope.getByRole('row').filter({ hasText: text }).first();
  await row.waitFor();
  return (await row.getByRole('cell').allTextContents()).map((s) => s.trim());
}

const card = (page, title) => page.locator('.ant-card').filter({ has: page.locator('.ant-card-head-title', { hasText: title }) });

async function openFromInbox(page, title) {
  await page.goto('/inbox');
  const link = page.getByRole('link', { name: title });
  await link.waitFor();
  await link.click();
  await page.waitForURL(/\/list-reviews\/\d+$/);
}

const ITEM = '控辍保学劝返';
// the demo county's item that expired a fortnight ago without its review finishing
const LAPSED = '农村集体经济收支统计月报';
const NEW_NAME = '适龄儿童少年控辍保学协助';
// an emoji and a character of CJK Extension B (outside the BMP): four bytes each in UTF-8
const COMMENT = '每月要报3张表，约占一名干部2天😀，𠀀字也要手写';

test('a review: the village answers on a phone, the lead department changes the item, the county approves, anyone sees the new version', async () => {
  // 1. the social work department starts the review of one item in force
  const reviewer = await loggedIn('shegong', DESKTOP);
  let page = reviewer.page;
  await page.getByRole('link', { name: '清单复评' }).click();
  await page.getByRole('heading', { name: '清单复评' }).waitFor();
  await page.getByRole('button', { name: '启动事项复评' }).click();
  const start = page.getByRole('dialog', { name: '启动事项复评' });
  await pick(page, start.getByLabel('准入事项'), '控辍', ITEM);
  await start.getByRole('button', { name: '启动复评' }).click();
  await page.waitForURL(/\/list-reviews\/\d+$/);
  const reviewUrl = new URL(page.url()).pathname;
  const reviewId = Number(reviewUrl.split('/').pop());
  await page.getByText('征求基层意见').first().waitFor();
  const started = await api(page, `/api/list-reviews/${reviewId}`);
  assert.equal(started.summary.itemName, ITEM);
  assert.equal(started.summary.status, 'FEEDBACK');
  assert.equal(started.versionNo, 1);
  assert.equal(started.summary.startedAutomatically, false);
  assert.ok(
    (await rowCells(card(page, '现行事项'), '复评批次')).includes('单独启动'),
    'a review started by hand is not said to have started by itself before expiry',
  );
  const { itemId, listNo } = started.summary;
  const oldHours = started.workloadHoursPerMonth;
  assert.equal(oldHours, 3, 'the demo item takes 3 hours a month');

  // 2. a village cadre answers on a phone, in one screen
  const cadre = await loggedIn('cungan', PHONE);
  const phone = cadre.page;
  const village = await api(phone, '/api/auth/me');
  const burdenBefore = await api(phone, `/api/burden/villages/${village.orgId}`);
  await phone.goto('/list-reviews');
  const link = phone.getByRole('link', { name: ITEM });
  await link.waitFor();
  await assertFitsPhone(phone, 'the list of reviews');
  await link.click();
  await phone.waitForURL(reviewUrl);
  const feedback = card(phone, '反馈意见');
  await feedback.waitFor();
  await feedback.getByRole('radio', { name: '负担过重', exact: true }).check();
  await feedback.getByLabel('实际每月耗时（小时，可不填）').fill('6');
  await feedback.getByLabel('说明（可不填）').fill(COMMENT);
  await assertFitsPhone(phone, 'the feedback form');
  await phone.screenshot({ path: path.join(screenshots, 'review-feedback-phone.png'), fullPage: true });
  await feedback.getByRole('button', { name: '提交反馈' }).click();
  const mine = card(phone, '本单位的反馈');
  await mine.getByRole('status').getByText('反馈已提交，谢谢！').waitFor();
  assert.equal((await mine.getByText(COMMENT, { exact: true }).textContent()).trim(), COMMENT);
  await assertFitsPhone(phone, 'the feedback given');
  // after a reload it is what the server stored, and it is not asked again
  await phone.reload();
  await card(phone, '本单位的反馈').getByText(COMMENT, { exact: true }).waitFor();
  assert.equal(await card(phone, '反馈意见').count(), 0, 'the form is not offered a second time');
  const given = await api(phone, `/api/list-reviews/${reviewId}`);
  assert.equal(given.myFeedback.comment, COMMENT, 'the emoji and the Extension B character survive the round trip');
  assert.equal(given.myFeedback.verdict, 'TOO_HEAVY');
  assert.equal(given.myFeedback.actualHours, 6);
  await assertFitsPhone(phone, 'the review after a reload');

  // a second village answers too
  const other = await loggedIn('pingjia01');
  await other.page.goto(reviewUrl);
  const otherForm = card(other.page, '反馈意见');
  await otherForm.getByRole('radio', { name: '有必要', exact: true }).check();
  await otherForm.getByLabel('实际每月耗时（小时，可不填）').fill('2');
  await otherForm.getByRole('button', { name: '提交反馈' }).click();
  await card(other.page, '本单位的反馈').waitFor();
  await other.context.close();

  // 3. the social work department ends the feedback early
  await page.reload();
  await page.getByRole('button', { name: '提前结束意见征求' }).click();
  await page.getByRole('button', { name: '结束征求', exact: true }).click();
  await page.locator('.ant-message').getByText('已结束意见征求').waitFor();
  await page.getByText('牵头部门提出意见').first().waitFor();

  // 4. the lead department (县教育局) proposes a change, with the grassroots' feedback in view
  const lead = await loggedIn('jiaoyu');
  let p = lead.page;
  await openFromInbox(p, `复评：${listNo}《${ITEM}》`);
  const summary = card(p, '基层意见汇总');
  assert.deepEqual((await rowCells(summary, '负担过重')).slice(1), ['1', '6']);
  assert.deepEqual((await rowCells(summary, '有必要')).slice(1), ['1', '2']);
  assert.deepEqual((await rowCells(summary, '可以承担')).slice(1), ['0', '—']);
  await summary.getByText('共2个单位反馈').waitFor();
  const byUnit = card(p, '各单位反馈');
  const fromCadre = await rowCells(byUnit, village.orgName);
  assert.ok(fromCadre.includes(COMMENT), `the cadre's comment is shown as written (${fromCadre})`);
  const proposal = card(p, '提出复评意见');
  await proposal.getByRole('radio', { name: '修订', exact: true }).check();
  const name = proposal.getByLabel('事项名称');
  assert.equal(await name.inputValue(), ITEM, 'a change starts from the current text');
  await name.fill(NEW_NAME);
  await proposal.getByLabel('每月工作量（小时/村）').fill('2');
  await proposal.getByLabel('理由').fill('基层反馈负担较重，压减为每月约2小时，只协助入户劝返');
  await p.screenshot({ path: path.join(screenshots, 'review-proposal.png'), fullPage: true });
  await proposal.getByRole('button', { name: '提交意见' }).click();
  await p.locator('.ant-message').getByText('复评意见已提交').waitFor();
  const proposed = card(p, '牵头部门意见');
  await proposed.getByText(NEW_NAME, { exact: true }).waitFor();
  await p.getByText('社会工作部审核').first().waitFor();
  await lead.context.close();

  // 5. the social work department passes it
  await openFromInbox(page, `复评：${listNo}《${ITEM}》`);
  const review = card(page, '审核复评意见');
  await review.getByRole('radio', { name: '通过', exact: true }).check();
  await review.getByRole('button', { name: '提交', exact: true }).click();
  await page.getByText('县委县政府审批').first().waitFor();
  await reviewer.context.close();

  // 6. the county approves: the item is changed, a new version
  const approver = await loggedIn('xianwei');
  p = approver.page;
  await openFromInbox(p, `复评：${listNo}《${ITEM}》`);
  const approve = card(p, '审批复评意见');
  await approve.getByRole('radio', { name: '同意', exact: true }).check();
  await approve.getByRole('button', { name: '提交', exact: true }).click();
  await p.getByText('已修订').first().waitFor();
  await p.getByRole('heading', { name: NEW_NAME }).waitFor();
  assert.ok(
    (await rowCells(card(p, '现行事项'), '版本')).includes('第2版'),
    'the review page shows the item at its second version',
  );
  const done = await api(p, `/api/list-reviews/${reviewId}`);
  assert.equal(done.summary.status, 'CHANGED');
  assert.equal(done.versionNo, 2);
  await p.screenshot({ path: path.join(screenshots, 'review-changed.png'), fullPage: true });
  await approver.context.close();

  // 7. anyone, without an account, finds the new version and the one it replaced
  const anonymous = await session.anonymous(PHONE);
  const pub = await anonymous.newPage();
  await pub.goto('/public/lookup');
  await pub.getByPlaceholder('输入事项名称或关键词，查询是否已列入准入清单').fill(NEW_NAME);
  await pub.getByRole('button', { name: '查询' }).click();
  const hit = pub.locator('li.plain-list-item').filter({ has: pub.getByRole('link', { name: NEW_NAME }) });
  await hit.waitFor();
  await hit.getByRole('link', { name: NEW_NAME }).click();
  await pub.waitForURL(`/public/lookup/${itemId}`);
  await pub.getByRole('heading', { name: NEW_NAME }).waitFor();
  await pub.getByText('第2版', { exact: true }).waitFor();
  await pub.getByText('（此前1版）').waitFor();
  assert.ok(
    (await rowCells(pub, '每村每月工作量')).some((c) => c.includes('约 2 小时')),
    'the public page shows the new workload',
  );
  await pub.getByRole('button', { name: '修订记录' }).click();
  const first = pub.getByRole('region', { name: '第1版' });
  await first.waitFor();
  assert.equal((await rowCells(first, '事项名称')).at(-1), ITEM, 'version 1 keeps the old name');
  assert.equal((await rowCells(first, '每村每月工作量')).at(-1), '约 3 小时', 'version 1 keeps the old workload');
  const history = await (await pub.request.get(`/api/public/admission-items/${itemId}/history`)).json();
  assert.equal(history.versionNo, 2);
  assert.deepEqual(
    history.versions.map((v) => [v.versionNo, v.itemName]),
    [[1, ITEM]],
  );
  await assertFitsPhone(pub, 'the public item with its history');
  await pub.screenshot({ path: path.join(screenshots, 'public-item-versions.png'), fullPage: true });
  // the item whose two years ran out before its review finished: the lookup says it lapsed
  await pub.goto('/public/lookup');
  await pub.getByPlaceholder('输入事项名称或关键词，查询是否已列入准入清单').fill('集体经济 月报');
  await pub.getByRole('button', { name: '查询' }).click();
  const gone = pub.getByTestId('lapsed-items').locator('li').filter({ hasText: LAPSED });
  await gone.getByText('已过期', { exact: true }).waitFor();
  const lookup = await (await pub.request.get(`/api/public/admission-items?keyword=${encodeURIComponent('集体经济 月报')}`)).json();
  const lapsedHit = lookup.lapsed.find((l) => l.itemName === LAPSED);
  assert.ok((await gone.textContent()).includes(`自${lapsedHit.since}起不在清单上`), 'the lookup says since when');
  await pub.getByRole('button', { name: '拒绝并反映该事项' }).waitFor();
  await assertFitsPhone(pub, 'the lookup of a lapsed item');
  await anonymous.close();

  // 8. the village's own page: the changed item weighs less, and what lapsed is shown as lapsed
  await phone.goto('/burden');
  await phone.waitForURL(`/burden/villages/${village.orgId}`);
  await phone.getByRole('heading', { name: village.orgName }).waitFor();
  const burdenAfter = await api(phone, `/api/burden/villages/${village.orgId}`);
  assert.equal(
    burdenAfter.load.hours,
    burdenBefore.load.hours - 1,
    'the village carries one hour a month less after the change',
  );
  const { hours, capacity } = burdenAfter.load;
  await phone.getByText(`${hours} / ${capacity} 小时`, { exact: true }).waitFor();
  const items = card(phone, '适用于本村(社区)的事项');
  assert.ok((await rowCells(items, NEW_NAME)).includes('2'), 'the changed item is listed at its new 2 hours');
  // the demo item whose two years ran out before a review kept it
  const expired = burdenAfter.lapsed.find((l) => l.itemName === LAPSED);
  assert.equal(expired?.status, 'EXPIRED', `${LAPSED} lapsed on this village (${JSON.stringify(burdenAfter.lapsed)})`);
  assert.ok(
    burdenAfter.items.every((i) => i.id !== expired.id),
    'a lapsed item is not among those in force',
  );
  const lapsed = card(phone, '已失效的事项');
  const entries = lapsed.locator('li');
  assert.equal(await entries.count(), burdenAfter.lapsed.length, 'every lapsed item is listed');
  const entry = entries.filter({ hasText: LAPSED });
  await entry.getByText('已过期', { exact: true }).waitFor();
  assert.ok(
    (await entry.textContent()).includes(`${expired.listNo} · 县农业农村局 · 自${expired.since}起不在清单上`),
    `the entry says since when (${await entry.textContent()})`,
  );
  await assertFitsPhone(phone, "the village's page");
  await phone.screenshot({ path: path.join(screenshots, 'village-lapsed-phone.png'), fullPage: true });
  await cadre.context.close();
});

/** POST to the API as the page's user, with the CSRF token the app's client would send. */
async function apiPost(page, url, body) {
  const token = async () => (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value;
  if (!(await token())) await page.request.get('/api/auth/csrf');
  return page.request.post(url, { data: body, headers: { 'X-XSRF-TOKEN': await token() } });
}

function localDate(daysAhead) {
  const d = new Date(Date.now() + daysAhead * 86_400_000);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const DIMENSIONS = ['下派任务合理性', '督查检查考核', '数据报表索取', '指导支持基层'];
const LEFT_OUT = ['文件会议精简', '工作作风态度'];
// what each rater gives 县教育局, dimension by dimension, and says
const RATERS = [
  { username: 'pingjia01', scores: [4, 3, 2, 5], comment: '报表太多，希望统一数据口径😀' },
  { username: 'pingjia02', scores: [5, 3, 3, 4], comment: '某股室要求每周打卡截图，点名批评张某' },
  { username: 'pingjia03', scores: [3, 3, 1, 5], comment: '下乡指导及时𠀀，感谢', phone: true },
];
const APPROVED = [RATERS[0].comment, RATERS[2].comment];
const REJECTED = RATERS[1].comment;

/** Rates 县教育局 in the round's card on /evaluation/rate, without sending it yet. */
async function fillRating(page, roundName, rater) {
  await page.goto('/evaluation/rate');
  const round = card(page, roundName);
  await pick(page, round.getByRole('combobox', { name: '选择部门' }), null, '县教育局');
  for (const [i, dimension] of DIMENSIONS.entries()) {
    // the score buttons: their inputs are hidden, the labels take the tap
    const group = round.getByRole('radiogroup', { name: dimension });
    await group.locator('label').filter({ hasText: new RegExp(`^${rater.scores[i]}$`) }).click();
    assert.ok(await group.getByRole('radio', { name: String(rater.scores[i]), exact: true }).isChecked());
  }
  for (const dimension of LEFT_OUT) {
    assert.equal(await round.getByRole('radiogroup', { name: dimension }).count(), 0, `${dimension} was left out`);
  }
  await round.getByLabel('意见建议（可不填）').fill(rater.comment);
  return round;
}

/** Sends the rating; the card moves on to the department not yet rated, and shows what was given on 县教育局. */
async function submitRating(page, round, rater) {
  await round.getByRole('button', { name: '提交评价' }).click();
  await page.locator('.ant-message').getByText('已提交评价').waitFor();
  await round.getByText('已评价 1/2 个部门').waitFor();
  const department = round.getByRole('combobox', { name: '选择部门' });
  assert.ok((await round.locator('.ant-select').first().textContent()).includes('县民政局'), 'on to the next');
  await pick(page, department, null, '县教育局');
  await round.getByText(/^您已于 .* 评价该部门，每人只能评价一次。$/).waitFor();
  await round.getByText(`您的意见（待审核）：${rater.comment}`).waitFor();
}

test('an evaluation: three raters (one on a phone) rate a department once each, the office screens and closes, the department reads its scores and no names', async () => {
  const roundName = `基层评机关专项评价 ${Date.now() % 100000}`;

  // 1. the office opens a round: four of the six dimensions, two departments
  const office = await loggedIn('jianfuban');
  const page = office.page;
  await page.getByRole('link', { name: '评价管理' }).click();
  await page.getByRole('heading', { name: '评价管理' }).waitFor();
  await page.getByRole('button', { name: '开启评价' }).click();
  const dialog = page.getByRole('dialog', { name: '开启评价' });
  await dialog.getByLabel('名称').fill(roundName);
  await dialog.getByPlaceholder('开始日期').click();
  await dialog.getByPlaceholder('开始日期').fill(localDate(-60));
  await page.keyboard.press('Enter');
  await dialog.getByPlaceholder('结束日期').fill(localDate(0));
  await page.keyboard.press('Enter');
  const closes = dialog.getByLabel('截止时间');
  await closes.click();
  await closes.fill(`${localDate(7)} 18:00:00`);
  await page.keyboard.press('Enter');
  for (const d of LEFT_OUT) await dialog.getByRole('checkbox', { name: d }).uncheck();
  const departments = dialog.getByRole('combobox', { name: '被评价部门' });
  await pick(page, departments, '教育', '县教育局');
  await pick(page, departments, '民政', '县民政局');
  await dialog.getByLabel('名称').click();
  await page.screenshot({ path: path.join(screenshots, 'evaluation-open.png'), fullPage: true });
  await dialog.getByRole('button', { name: '开启', exact: true }).click();
  await page.locator('.ant-message').getByText('已开启评价').waitFor();
  await dialog.waitFor({ state: 'hidden' });
  const row = await rowCells(page, roundName);
  assert.ok(row.includes('进行中'), `the new round is open (${row})`);
  assert.ok(row.some((c) => c.includes('县教育局') && c.includes('县民政局')), `both departments (${row})`);
  const round = (await api(page, '/api/evaluation/rounds')).find((r) => r.name === roundName);
  assert.deepEqual(
    round.dimensions.map((d) => d.label),
    DIMENSIONS,
    'the round asks about the four dimensions chosen',
  );
  const edu = round.departments.find((d) => d.name === '县教育局');
  // the same dialog on a phone: the period's two months stack instead of running off the screen
  const officePhone = await loggedIn('jianfuban', PHONE);
  await officePhone.page.goto('/evaluation/rounds');
  await officePhone.page.getByRole('button', { name: '开启评价' }).click();
  await officePhone.page.getByRole('dialog', { name: '开启评价' }).getByPlaceholder('开始日期').click();
  const months = await officePhone.page.locator('.ant-picker-dropdown:visible').boundingBox();
  assert.ok(months.x >= 0 && months.x + months.width <= PHONE.width, `the calendar fits the phone (${JSON.stringify(months)})`);
  await assertFitsPhone(officePhone.page, 'the dialog that opens a round');
  await officePhone.context.close();

  // 2. two raters at their desks
  for (const rater of RATERS.filter((r) => !r.phone)) {
    const { context, page: p } = await loggedIn(rater.username);
    const form = await fillRating(p, roundName, rater);
    await submitRating(p, form, rater);
    await context.close();
  }

  // two are below the anonymity threshold: even the office sees no count, score or comment yet
  await page.goto(`/evaluation/results?round=${round.id}`);
  await card(page, '县教育局').getByText('评价人数不足，暂不显示').waitFor();
  const early = await api(page, `/api/evaluation/rounds/${round.id}/results`);
  assert.equal(early.minRaters, 3, 'the default threshold');
  assert.deepEqual(early.departments.find((r) => r.departmentId === edu.id), {
    departmentId: edu.id,
    departmentName: '县教育局',
    shown: false,
    note: '评价人数不足，暂不显示',
  });

  // 3. the third on a phone; a stale second tab of the same person is refused
  const phoneRater = RATERS.find((r) => r.phone);
  const phone = await loggedIn(phoneRater.username, PHONE);
  const stale = await phone.context.newPage();
  const staleForm = await fillRating(stale, roundName, { ...phoneRater, comment: '第二次提交' });
  const form = await fillRating(phone.page, roundName, phoneRater);
  await assertFitsPhone(phone.page, 'the rating form');
  await phone.page.screenshot({ path: path.join(screenshots, 'evaluation-rate-phone.png'), fullPage: true });
  await submitRating(phone.page, form, phoneRater);
  await assertFitsPhone(phone.page, 'the rating given');
  await staleForm.getByRole('button', { name: '提交评价' }).click();
  await stale.locator('.ant-message').getByText('您已评价过该部门，每人对每个部门只能评价一次（页面已刷新）').waitFor();
  await staleForm.getByText(`您的意见（待审核）：${phoneRater.comment}`).waitFor();
  await assertFitsPhone(stale, 'the refused second rating');
  const again = await apiPost(phone.page, `/api/evaluation/rounds/${round.id}/ratings`, {
    departmentId: edu.id,
    scores: Object.fromEntries(round.dimensions.map((d) => [d.code, 1])),
  });
  assert.equal(again.status(), 409, 'the server refuses a second rating');
  assert.equal((await again.json()).message, '您已评价过该部门，每人对每个部门只能评价一次');
  await phone.context.close();

  // 4. the department cannot see anything while the round is open
  const department = await loggedIn('jiaoyu');
  const d = department.page;
  await d.goto(`/evaluation/results?round=${round.id}`);
  await d.getByText('本轮评价结束后才能查看结果').waitFor();

  // 5. the office screens the comments (no rater shown) and closes the round
  await page.goto(`/evaluation/comments?round=${round.id}`);
  const pending = page.locator('.ant-list-item');
  for (const c of [...APPROVED, REJECTED]) await pending.filter({ hasText: c }).waitFor();
  assert.equal(await pending.count(), 3, 'three comments wait for screening');
  for (const rater of RATERS) {
    assert.ok(!(await pending.allTextContents()).join().includes(rater.username), 'no rater is named');
  }
  for (const c of APPROVED) {
    await pending.filter({ hasText: c }).getByRole('button', { name: '通过：县教育局的意见', exact: true }).click();
    await pending.filter({ hasText: c }).waitFor({ state: 'detached' });
  }
  await pending.filter({ hasText: REJECTED }).getByRole('button', { name: '不通过：县教育局的意见' }).click();
  await page.getByText('没有待审核的意见').waitFor();
  // a fourth rater has the form open while the office closes the round
  const late = await loggedIn('pingjia04', PHONE);
  const lateForm = await fillRating(late.page, roundName, { scores: [1, 1, 1, 1], comment: '来晚了' });
  await page.goto('/evaluation/rounds');
  await page.getByRole('button', { name: `结束评价：${roundName}` }).click();
  await page.getByRole('button', { name: '结束评价', exact: true }).click();
  await page.locator('.ant-message').getByText('已结束评价').waitFor();
  await page.getByRole('row').filter({ hasText: roundName }).getByText('已结束').waitFor();
  // …and is told the round has closed (not that they rated already); the round leaves their page
  await lateForm.getByRole('button', { name: '提交评价' }).click();
  await late.page.locator('.ant-message').getByText('本轮评价已截止，不能再评价（页面已刷新）').waitFor();
  await lateForm.waitFor({ state: 'detached' });
  await assertFitsPhone(late.page, 'the rating refused after the close');
  await late.context.close();
  // the office sees the department nobody rated as too few to show
  await page.goto(`/evaluation/results?round=${round.id}`);
  await card(page, '县民政局').getByText('评价人数不足，暂不显示').waitFor();
  await page.getByText('参评人数：3').waitFor();
  await office.context.close();

  // 6. the department reads its own scores per dimension, the approved comments, and no names
  await d.reload();
  const mine = card(d, '县教育局');
  await mine.waitFor();
  assert.equal(await card(d, '县民政局').count(), 0, 'a department sees only its own results');
  const expected = DIMENSIONS.map((_, i) => RATERS.reduce((s, r) => s + r.scores[i], 0) / RATERS.length);
  for (const [i, dimension] of DIMENSIONS.entries()) {
    const cells = await rowCells(mine, dimension);
    assert.equal(cells[1], expected[i].toFixed(2), `${dimension}: the average of the three scores`);
  }
  const all = RATERS.flatMap((r) => r.scores);
  const overall = (all.reduce((s, v) => s + v, 0) / all.length).toFixed(2);
  assert.equal(
    (await mine.locator('.ant-statistic').filter({ hasText: '综合得分' }).locator('.ant-statistic-content').textContent()).trim(),
    overall,
  );
  await mine.getByText('3 人评价').waitFor();
  for (const c of APPROVED) await mine.getByText(c, { exact: true }).waitFor();
  assert.equal(await mine.getByText(REJECTED).count(), 0, 'a rejected comment is not shown');
  const text = await d.locator('main').textContent();
  for (const who of ['评价演示账号', 'pingjia', '柳家村', '沙湾村', '渡头村']) {
    assert.ok(!text.includes(who), `the department's page names no rater (${who})`);
  }
  const results = await api(d, `/api/evaluation/rounds/${round.id}/results`);
  assert.deepEqual(
    results.departments.map((r) => r.departmentName),
    ['县教育局'],
  );
  assert.equal(results.raters, undefined, 'the department is not told how many took part overall');
  const json = JSON.stringify(results);
  for (const who of ['评价演示账号', 'pingjia', '柳家村', '沙湾村', '渡头村']) {
    assert.ok(!json.includes(who), `the API names no rater (${who})`);
  }
  await d.screenshot({ path: path.join(screenshots, 'evaluation-results-department.png'), fullPage: true });
  await department.context.close();
});
