// The approval-centre actions as reviewers know them, in Debian's chromium against the packaged jar
// on MariaDB: the department copies its application to a colleague of another department (抄送),
// the reviewer away that day transfers the review (转办), the new reviewer adds the first one as a
// co-signer (加签) and passes, the co-signer agrees, the application reaches the approver, and the
// copied clerk prints its approval form (审批单).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { journeySession, screenshots } from '../support/app.mjs';
import { decide, openFromInbox, submitApplication } from '../support/application-form.mjs';

const session = journeySession();
const { loggedIn } = session;

/** Opens a select and picks the option whose text contains `text`. */
async function pick(page, combobox, text) {
  await combobox.click();
  await combobox.fill(text);
  const option = page.locator('.ant-select-item-option').filter({ hasText: text }).first();
  await option.waitFor();
  await option.click();
}

test('copied, transferred, co-signed: an application goes its way while people are away', async () => {
  const itemName = `村级图书角登记 ${Date.now() % 100000}`;

  // 1. the applicant submits and copies it to 民政局's clerk
  const applicant = await loggedIn('jiaoyu');
  let page = applicant.page;
  await submitApplication(page, itemName);
  await page.getByRole('button', { name: '抄送', exact: true }).click();
  let dialog = page.getByRole('dialog');
  await pick(page, dialog.getByRole('combobox', { name: '抄送人员' }), '李科长');
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: '抄送', exact: true }).click();
  await page.getByText('已抄送').first().waitFor();
  await page.getByText(/抄送给：李科长/).first().waitFor();
  await applicant.context.close();

  // 2. the reviewer transfers the review to a colleague of the same department
  const away = await loggedIn('shegong');
  page = away.page;
  await openFromInbox(page, itemName);
  await page.getByRole('button', { name: '转办', exact: true }).click();
  dialog = page.getByRole('dialog');
  await pick(page, dialog.getByRole('combobox', { name: '接收人' }), '林复核');
  await dialog.getByRole('button', { name: '确定', exact: true }).click();
  await page.getByText('已转办').first().waitFor();
  await page.goto('/inbox');
  await page.getByRole('tab', { name: /^待办/ }).waitFor();
  assert.equal(await page.getByRole('link', { name: itemName }).count(), 0, 'the review left the first inbox');
  await away.context.close();

  // 3. the colleague adds the first reviewer as a co-signer and passes
  const colleague = await loggedIn('shegong2');
  page = colleague.page;
  await openFromInbox(page, itemName, 'claimed');
  const signers = page.getByTestId('co-signers');
  await pick(page, signers.getByRole('combobox', { name: '加签' }), '陈审核');
  await signers.getByText('待表态').waitFor();
  await page.screenshot({ path: path.join(screenshots, 'co-signers.png'), fullPage: true });
  await decide(page, '通过');
  await colleague.context.close();

  // 4. the co-signer agrees; the application goes on to the approver
  const coSigner = await loggedIn('shegong');
  page = coSigner.page;
  await openFromInbox(page, itemName);
  const panel = page.getByTestId('co-sign-panel');
  await panel.getByRole('radio', { name: '同意', exact: true }).check();
  await panel.getByRole('button', { name: '提交意见' }).click();
  await page.getByText('已提交会签意见').first().waitFor();
  await coSigner.context.close();

  const approver = await loggedIn('xianwei');
  page = approver.page;
  await openFromInbox(page, itemName);
  await page.getByRole('radio', { name: '批准', exact: true }).waitFor();
  await approver.context.close();

  // 5. the copied clerk finds it under 抄送我的 and reads it, without any decision to take
  const reader = await loggedIn('minzheng');
  page = reader.page;
  await openFromInbox(page, itemName, 'copied');
  await page.getByRole('heading', { name: itemName }).waitFor();
  assert.equal(await page.getByRole('radio', { name: '通过', exact: true }).count(), 0);
  await page.getByText(/加签人表态.*同意/).first().waitFor();

  // 6. and prints the approval form for the file: an A4 PDF with the case's decisions so far
  const print = page.getByRole('link', { name: /打印审批单/ });
  const href = await print.getAttribute('href');
  assert.match(href, /\/api\/admission\/applications\/\d+\/approval-form\.pdf$/);
  const [tab] = await Promise.all([reader.context.waitForEvent('page'), print.click()]);
  await tab.close();
  const pdf = await reader.context.request.get(href);
  assert.equal(pdf.status(), 200);
  assert.match(pdf.headers()['content-type'], /application\/pdf/);
  const bytes = await pdf.body();
  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  // a subset of the Chinese font is embedded (a form without it is a few kilobytes)
  assert.ok(bytes.length > 20_000, `the PDF is ${bytes.length} bytes`);
  await page.screenshot({ path: path.join(screenshots, 'copied-to-me.png'), fullPage: true });
  await reader.context.close();
});
