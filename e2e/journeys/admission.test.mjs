// The admission chain as the county's people click it, in Debian's chromium against the packaged
// jar on MariaDB: a department applies → the social work department passes it → the county
// approves it → anyone finds it in the public lookup without an account.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { journeySession, screenshots } from '../support/app.mjs';
import { decide, openFromInbox, submitApplication } from '../support/application-form.mjs';

const session = journeySession();
const { loggedIn } = session;

test('a department applies, the reviewer passes, the county approves, and the public lookup finds it', async () => {
  const itemName = `村级防汛物资检查 ${Date.now() % 100000}`;

  // 1. the applicant of 县教育局 fills the form and submits it
  const applicant = await loggedIn('jiaoyu');
  let page = applicant.page;
  await submitApplication(page, itemName);
  const applicationUrl = page.url();
  await applicant.context.close();

  // 2. the reviewer of 县委社会工作部 finds it in the inbox and passes it
  const reviewer = await loggedIn('shegong');
  page = reviewer.page;
  await page.getByRole('link', { name: itemName }).waitFor();
  await page.screenshot({ path: path.join(screenshots, 'inbox.png') });
  await openFromInbox(page, itemName);
  await page.getByText('自动预审').first().waitFor();
  // before deciding, the reviewer sees what the item would put on each village it reaches (all of them)
  const burden = page.getByTestId('burden-panel');
  const summary = burden.getByTestId('burden-summary');
  await summary.waitFor();
  const reached = Number((await summary.textContent()).match(/^涉及 (\d+) 个村\(社区\)/)?.[1]);
  assert.ok(reached > 10, `the item reaches every village of the demo county (${reached})`);
  assert.equal(await burden.locator('tr.ant-table-row').count(), 10, 'the first ten villages, the rest on demand');
  await burden.getByRole('button', { name: `显示全部 ${reached} 个村(社区)` }).click();
  assert.equal(await burden.locator('tr.ant-table-row').count(), reached);
  await burden.screenshot({ path: path.join(screenshots, 'burden-panel.png') });
  await decide(page, '通过');
  await reviewer.context.close();

  // 3. the approver of 县委县政府 approves it
  const approver = await loggedIn('xianwei');
  page = approver.page;
  await openFromInbox(page, itemName);
  await decide(page, '批准');
  await page.goto(applicationUrl);
  await page.getByText('已准入').first().waitFor();
  const listNo = await page.getByText(/ZR-\d{4}-\d{3}/).first().textContent();
  assert.match(listNo, /ZR-\d{4}-\d{3}/);
  await page.screenshot({ path: path.join(screenshots, 'admitted.png'), fullPage: true });
  await approver.context.close();

  // 4. a village cadre without an account checks the list on a phone
  const anonymous = await session.anonymous({ width: 360, height: 740 });
  page = await anonymous.newPage();
  await page.goto('/public/lookup');
  const box = page.getByPlaceholder('输入事项名称或关键词，查询是否已列入准入清单');
  // two words of the title, in reverse order
  await box.fill('检查 防汛');
  await page.getByRole('button', { name: '查询' }).click();
  const hit = page.locator('li.plain-list-item').filter({ has: page.getByRole('link', { name: itemName }) });
  await hit.waitFor();
  assert.ok(await hit.getByText(listNo.match(/ZR-\d{4}-\d{3}/)[0]).isVisible());
  assert.ok(await hit.getByText('实施范围：全部村(社区)').isVisible());
  assert.ok(await hit.getByText('牵头部门：县教育局').isVisible());
  assert.ok((await hit.locator('mark').count()) > 0, 'the matched words are marked in the title');
  await page.screenshot({ path: path.join(screenshots, 'public-lookup-found.png'), fullPage: true });

  // a query that matches nothing: say so, show the nearest items, and only then offer the refusal
  await box.fill('防汛 骆驼');
  await page.getByRole('button', { name: '查询' }).click();
  await page.getByText('没有已列入准入清单的事项与“防汛 骆驼”相符。').waitFor();
  const nearest = page.getByTestId('nearest-items');
  await nearest.getByText('是不是这个事项？').waitFor();
  assert.ok((await nearest.locator('li.plain-list-item').count()) > 0);
  const refuse = page.getByRole('button', { name: '拒绝并反映该事项' });
  const nearestBox = await nearest.boundingBox();
  const refuseBox = await refuse.boundingBox();
  assert.ok(refuseBox.y > nearestBox.y + nearestBox.height - 1, 'the refusal comes below the nearest items');
  await page.screenshot({ path: path.join(screenshots, 'public-lookup.png'), fullPage: true });
  await anonymous.close();
});

/** The page itself never scrolls sideways (wide tables scroll inside their cards). */
async function assertNoSideScroll(page, what) {
  const [scrollWidth, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert.ok(scrollWidth <= width, `${what}: the page is ${scrollWidth} px wide on a ${width} px screen`);
}

test('on a phone the scope is picked in one tree; the office and a village cadre read the burden meter', async () => {
  const phone = { width: 360, height: 740 };

  // 1. an applicant picks a whole township and a single village of another one in the tree, on a phone
  const applicant = await loggedIn('jiaoyu', phone);
  let page = applicant.page;
  await page.goto('/applications/new');
  await page.getByLabel('事项名称').fill(`村级消防通道巡查 ${Date.now() % 100000}`);
  await page.getByRole('radio', { name: '指定乡镇或村(社区)' }).check();
  const tree = page.getByLabel('实施的乡镇和村(社区)');
  await tree.click();
  await tree.fill('柳家');
  await page.locator('.ant-select-tree').getByTitle('柳家村', { exact: true }).click();
  await tree.fill('青山');
  await page.locator('.ant-select-tree').getByTitle('青山乡', { exact: true }).click();
  await page.keyboard.press('Escape');
  await page.getByLabel('每村每月预计工作量（小时）').fill('3');
  await assertNoSideScroll(page, 'the application form');
  await page.screenshot({ path: path.join(screenshots, 'scope-tree-phone.png'), fullPage: true });
  await page.getByRole('button', { name: '保存草稿', exact: true }).click();
  await page.waitForURL(/\/applications\/\d+\/edit$/);
  await page.goto(page.url().replace(/\/edit$/, ''));
  const scope = page.getByTestId('target-scope');
  await scope.getByText('乡镇（所辖全部村(社区)）：青山乡').waitFor();
  await scope.getByText('村(社区)：柳家村').waitFor();
  // 青山乡's villages and 柳家村
  const summary = page.getByTestId('burden-summary');
  await summary.waitFor();
  const reached = Number((await summary.textContent()).match(/^涉及 (\d+) 个村\(社区\)/)?.[1]);
  assert.ok(reached > 1 && reached < 20, `a township and a village reach a few villages (${reached})`);
  await page.getByTestId('burden-panel').getByText('柳家村').first().waitFor();
  await assertNoSideScroll(page, 'the application page');
  await applicant.context.close();

  // 2. the office sees the townships and the villages ranked by load, may change the capacity, opens a village
  const office = await loggedIn('jianfuban');
  page = office.page;
  await page.getByRole('link', { name: '基层承载力' }).click();
  await page.getByRole('heading', { name: '基层承载力' }).waitFor();
  await page.getByRole('button', { name: '城关镇' }).waitFor();
  await page.getByTestId('county-capacity').getByRole('button', { name: /调整/ }).waitFor();
  await page.screenshot({ path: path.join(screenshots, 'burden.png'), fullPage: true });
  const first = page.locator('tr.ant-table-row a[href^="/burden/villages/"]').first();
  const village = (await first.textContent()).trim();
  await first.click();
  await page.waitForURL(/\/burden\/villages\/\d+$/);
  await page.getByRole('heading', { name: village }).waitFor();
  await office.context.close();

  // 3. a village cadre opening the burden meter lands on their own village, which fits the phone
  const cadre = await loggedIn('cungan', phone);
  page = cadre.page;
  await page.goto('/burden');
  await page.waitForURL(/\/burden\/villages\/\d+$/);
  await page.getByRole('heading', { name: '东关社区' }).waitFor();
  await page.getByText('全县', { exact: true }).first().waitFor();
  await assertNoSideScroll(page, "the village's page");
  await page.screenshot({ path: path.join(screenshots, 'burden-village-phone.png'), fullPage: true });
  await cadre.context.close();
});
