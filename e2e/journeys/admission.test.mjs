// The admission chain as the county's people click it, in Debian's chromium against the packaged
// jar on MariaDB: a department applies → the social work department passes it → the county
// approves it → anyone finds it in the public lookup without an account.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { journeySession, screenshots } from '../support/app.mjs';

const session = journeySession();
const { loggedIn } = session;

async function openFromInbox(page, itemName) {
  await page.goto('/inbox');
  const link = page.getByRole('link', { name: itemName });
  await link.waitFor();
  await link.click();
  await page.waitForURL(/\/applications\/\d+/);
}

async function decide(page, decision) {
  await page.getByRole('radio', { name: decision, exact: true }).check();
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await page.waitForURL(/\/inbox/);
}

test('a department applies, the reviewer passes, the county approves, and the public lookup finds it', async () => {
  const itemName = `村级河长巡河记录 ${Date.now() % 100000}`;

  // 1. the applicant of 县教育局 fills the form and submits it
  const applicant = await loggedIn('jiaoyu');
  let page = applicant.page;
  await page.goto('/applications/new');
  await page.getByLabel('事项名称').fill(itemName);
  await page.getByRole('radio', { name: '新增事项' }).check();
  await page.getByLabel('法定依据').fill('《中华人民共和国水法》第十二条');
  await page.getByLabel('事项内容').fill('村(社区)配合记录辖区河段巡查情况');
  await page.getByLabel('履职标准').fill('每月巡河一次，发现问题当日报告');
  await page.getByRole('radio', { name: '全部村(社区)' }).check();
  await page.getByLabel('每村每月预计工作量（小时）').fill('2');
  await page.getByRole('radio', { name: '每月', exact: true }).check();
  await page.getByLabel('自评说明').fill('经自评，巡河记录确需村(社区)配合，不要求拍照留痕。');
  await page.getByRole('button', { name: '提交审核', exact: true }).click();
  await page.waitForURL(/\/applications\/\d+$/);
  await page.getByText('审核中').first().waitFor();
  const applicationUrl = page.url();
  await applicant.context.close();

  // 2. the reviewer of 县委社会工作部 finds it in the inbox and passes it
  const reviewer = await loggedIn('shegong');
  page = reviewer.page;
  await page.getByRole('link', { name: itemName }).waitFor();
  await page.screenshot({ path: path.join(screenshots, 'inbox.png') });
  await openFromInbox(page, itemName);
  await page.getByText('自动预审').first().waitFor();
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
  await page.getByPlaceholder('输入事项名称或关键词，查询是否已列入准入清单').fill(itemName);
  await page.getByRole('button', { name: '查询' }).click();
  await page.getByText(itemName).first().waitFor();
  assert.ok(await page.getByText(listNo.match(/ZR-\d{4}-\d{3}/)[0]).first().isVisible());
  await page.getByPlaceholder('输入事项名称或关键词，查询是否已列入准入清单').fill('要求每天拍照打卡的事项');
  await page.getByRole('button', { name: '查询' }).click();
  await page.getByText('未查询到该事项').waitFor();
  await page.screenshot({ path: path.join(screenshots, 'public-lookup.png'), fullPage: true });
  await anonymous.close();
});
