// The application form as a department's clerk fills it in: a new item for every village, two
// hours a month, submitted for review. Journeys that only need "an application under review" start here.
import assert from 'node:assert/strict';

/** Fills in and submits a new application named `itemName`; leaves the page on the application. */
export async function submitApplication(page, itemName) {
  await page.goto('/applications/new');
  await page.getByLabel('事项名称').fill(itemName);
  await page.getByRole('radio', { name: '新增事项' }).check();
  await page.getByLabel('法定依据').fill('《中华人民共和国防洪法》第三十八条');
  await page.getByLabel('事项内容').fill('村(社区)配合清点辖区防汛物资');
  await page.getByLabel('履职标准').fill('汛前清点一次，缺少的当日报告');
  await page.getByRole('radio', { name: '全部村(社区)' }).check();
  await page.getByLabel('每村每月预计工作量（小时）').fill('2');
  await page.getByRole('radio', { name: '每月', exact: true }).check();
  await page.getByLabel('自评说明').fill('经自评，物资清点确需村(社区)配合，不要求拍照留痕。');
  // the lead department is the applicant's own organisation, not a choice
  assert.equal(await page.getByTestId('lead-org').inputValue(), '县教育局');
  await page.getByRole('button', { name: '提交审核', exact: true }).click();
  await page.waitForURL(/\/applications\/\d+$/);
  await page.getByText('审核中').first().waitFor();
}

/** Opens the application named `itemName` from the user's inbox. */
export async function openFromInbox(page, itemName, tab) {
  await page.goto(tab ? `/inbox?tab=${tab}` : '/inbox');
  const link = page.getByRole('link', { name: itemName });
  await link.waitFor();
  await link.click();
  await page.waitForURL(/\/applications\/\d+/);
}

/** Picks a decision in the decision panel and submits it; the app goes back to the inbox. */
export async function decide(page, decision) {
  await page.getByRole('radio', { name: decision, exact: true }).check();
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await page.waitForURL(/\/inbox/);
}
