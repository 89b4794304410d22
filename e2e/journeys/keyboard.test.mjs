// Everything works by keyboard (issue 12, point 5): an anonymous report filed with Tab, Shift+Tab,
// typing, Enter, Space and the arrow keys only, up to the receipt; a village cadre who logs in and
// verifies a clue in the cadre task view the same way. At every stop the focus makes, the focused
// element must show it (support/keyboard.mjs): an outline or a shadow that the unfocused element
// does not have.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD, DESKTOP, journeySession, screenshots } from '../support/app.mjs';
import { keyboardUser } from '../support/keyboard.mjs';

const session = journeySession();
const PHONE = { width: 360, height: 640 };
const DESCRIPTION = '县教育局要求村干部每天在三个App上分别打卡签到，还要上传工作照片，在群里通报排名。';

const focused = (locator) => locator.evaluate((el) => el === document.activeElement);

test('an anonymous report is filed with the keyboard alone, and every stop shows its focus', async () => {
  const context = await session.anonymous(PHONE);
  const page = await context.newPage();
  await page.goto('/public/report');
  const submit = page.getByRole('button', { name: '提交反映' });
  await submit.waitFor();
  const me = keyboardUser(page);

  // the probe itself tells a control without a focus indicator from one with it
  const control = await page.evaluate(() => {
    const b = document.createElement('button');
    b.textContent = 'no ring';
    b.style.setProperty('outline', 'none', 'important');
    b.style.setProperty('box-shadow', 'none', 'important');
    document.body.prepend(b);
    b.focus();
    return true;
  });
  assert.ok(control);
  const bare = await me.probe('control');
  assert.equal(bare?.shows, false, 'a button with its outline taken away shows no focus');
  await page.evaluate(() => document.body.firstElementChild.remove());
  me.stops.length = 0;

  // the unit: type a pinyin abbreviation, move through the list with the arrows, take one with Enter
  const unit = page.getByRole('combobox', { name: '被反映单位' });
  await me.tabTo(unit, 'report form');
  await me.type('jyj');
  const listbox = page.getByRole('listbox', { name: /单位/ });
  await page.getByRole('option', { name: /^县教育局/ }).first().waitFor();
  const active = async () => {
    const id = await unit.getAttribute('aria-activedescendant');
    return id ? (await page.locator(`[id="${id}"]`).textContent()).trim() : '';
  };
  assert.match(await active(), /^县教育局/, 'the first match is highlighted');
  await me.press('ArrowDown');
  assert.doesNotMatch(await active(), /^县教育局/, 'ArrowDown moves the highlight');
  await me.press('ArrowUp');
  assert.match(await active(), /^县教育局/, 'ArrowUp moves it back');
  await me.press('Enter');
  await page.getByTestId('unit-picked').filter({ hasText: '县教育局' }).waitFor();
  assert.ok(await listbox.isHidden(), 'the list closes once a unit is taken');
  assert.equal(await submit.isVisible(), true);
  assert.equal(await page.getByTestId('query-code-receipt').count(), 0, 'Enter in the unit picker did not submit');

  // the description, then the category the words suggest, taken with Space on the suggestion
  const description = page.getByLabel('反映的问题');
  await me.tabTo(description, 'report form');
  await me.type(DESCRIPTION);
  const chip = page.getByRole('button', { name: '按描述推荐：指尖上的形式主义' });
  await chip.waitFor({ timeout: 10_000 });
  await me.tabTo(chip, 'report form');
  await me.press('Space');
  const category = page.getByRole('combobox', { name: '问题类别' });
  assert.equal(await category.inputValue(), 'FINGERTIP_FORMALISM');
  // the suggestion is gone once taken: the focus goes on to the category, not back to the page's top
  assert.ok(await focused(category), 'after the suggestion, the focus is on the category');
  await me.probe('report form');
  // the arrow keys change a category; back again
  await me.press('ArrowDown');
  assert.notEqual(await category.inputValue(), 'FINGERTIP_FORMALISM', 'ArrowDown chooses the next category');
  await me.press('ArrowUp');
  assert.equal(await category.inputValue(), 'FINGERTIP_FORMALISM');

  // the optional part opens with Enter and closes with Space; Shift+Tab comes back to its toggle
  const more = page.getByRole('button', { name: /补充信息/ });
  await me.tabTo(more, 'report form');
  await me.press('Enter');
  assert.equal(await more.getAttribute('aria-expanded'), 'true');
  const place = page.getByLabel('发生地点');
  await me.tabTo(place, 'report form, more');
  await me.type('东关社区 🏠');
  await me.tabTo(more, 'report form, more', { back: true });
  await me.press('Space');
  assert.equal(await more.getAttribute('aria-expanded'), 'false');

  // and Enter on the submit button files it
  await me.tabTo(submit, 'report form');
  await me.press('Enter');
  const receipt = page.getByTestId('query-code-receipt');
  await receipt.waitFor();
  const clueNo = (await page.getByTestId('receipt-clue-no').textContent()).trim();
  assert.match(clueNo, /^XS-\d{4}-\d{4,}$/);

  // the receipt's buttons are reached by keyboard too
  await me.tabTo(page.getByRole('button', { name: '复制查询码' }), 'receipt');
  await me.tabTo(page.getByRole('button', { name: '保存为图片' }), 'receipt');
  console.log(`report by keyboard: ${me.stops.length} focus stops, ${me.unseen().length} without a visible focus`);
  console.log(me.stops.map((s) => `  ${s.element}`).join('\n'));
  if (me.unseen().length) await page.screenshot({ path: `${screenshots}/keyboard-report.png`, fullPage: true });
  await context.close();
  assert.deepEqual(me.unseen(), [], `\n${me.unseen().join('\n')}`);
});

/** An anonymous report about 东关社区, assigned by the office to 东关社区 alone (set up with the mouse). */
async function clueForTheCommunity() {
  const reporter = await session.anonymous(PHONE);
  const page = await reporter.newPage();
  await page.goto('/public/report');
  await page.getByRole('button', { name: '提交反映' }).waitFor();
  await page.getByRole('combobox', { name: '问题类别' }).selectOption({ label: '指尖上的形式主义' });
  const unit = page.getByRole('combobox', { name: '被反映单位', exact: true });
  await unit.click();
  await unit.fill('东关社区');
  await page.getByRole('option', { name: /^东关社区/ }).first().click();
  await page.getByTestId('unit-picked').filter({ hasText: '东关社区' }).waitFor();
  await page.getByLabel('反映的问题').fill(`社区每天要在工作群里上传照片打卡，编号${Date.now() % 100000}`);
  await page.getByRole('button', { name: '提交反映' }).click();
  await page.getByTestId('query-code-receipt').waitFor();
  const clueNo = (await page.getByTestId('receipt-clue-no').textContent()).trim();
  await reporter.close();

  const office = await session.loggedIn('jianfuban');
  await office.page.goto('/clues');
  await office.page.getByRole('link', { name: clueNo }).click();
  await office.page.waitForURL(/\/clues\/\d+$/);
  const triage = office.page.getByTestId('task-panel-triage');
  await triage.getByRole('radio', { name: '交办', exact: true }).check();
  await triage.getByRole('button', { name: '提交', exact: true }).click();
  await office.page.getByText('核查中').first().waitFor();
  await office.context.close();
  return clueNo;
}

test('a village cadre logs in and verifies a clue with the keyboard alone, every stop showing its focus', async () => {
  const clueNo = await clueForTheCommunity();
  const context = await session.anonymous(DESKTOP);
  const page = await context.newPage();
  const me = keyboardUser(page);

  // sign in: the user name field has the focus; Tab to the password, Enter signs in
  await page.goto('/login');
  const username = page.getByLabel('用户名');
  await username.waitFor();
  if (!(await focused(username))) await me.tabTo(username, 'login');
  await me.probe('login');
  await me.type('cungan');
  await me.tabTo(page.getByLabel('密码'), 'login');
  await me.type(DEMO_PASSWORD);
  await me.press('Enter');
  await page.waitForURL(/\/inbox/);

  // from the inbox to the clue: Tab to its link, Enter opens it
  const link = page.getByRole('link', { name: new RegExp(clueNo) }).first();
  await link.waitFor();
  await me.tabTo(link, 'inbox', { max: 150 });
  await me.press('Enter');
  await page.waitForURL(/\/clues\/\d+$/);

  // the verification: the outcome with the arrow keys, the findings typed, Enter on 提交
  const verify = page.getByTestId('task-panel-verify');
  await verify.waitFor();
  const outcomes = verify.getByRole('radio');
  await me.tabTo(outcomes.first(), 'cadre task view', { max: 100 });
  const substantiated = verify.getByRole('radio', { name: '属实', exact: true });
  // a radio group is one stop: Space checks the focused choice, the arrows move and check
  assert.ok(await focused(substantiated), 'the group is entered at its first choice, 属实');
  await me.press('Space');
  assert.ok(await substantiated.isChecked(), 'Space checks 属实');
  await me.press('ArrowRight');
  assert.ok(await verify.getByRole('radio', { name: '部分属实', exact: true }).isChecked(), 'ArrowRight moves on');
  await me.press('ArrowLeft');
  assert.ok(await substantiated.isChecked(), 'ArrowLeft comes back to 属实');
  await me.probe('cadre task view');
  const findings = verify.getByLabel('核查情况');
  await me.tabTo(findings, 'cadre task view');
  await me.type('经核查属实：工作群每天要求上传照片打卡 ⌨');
  await me.tabTo(verify.getByRole('button', { name: '提交', exact: true }), 'cadre task view');
  await me.press('Enter');
  await page.getByText('已办理').first().waitFor();
  await verify.waitFor({ state: 'detached' });
  // the next step (the plan) is the community's again, on the same page
  await page.getByTestId('task-panel-plan').waitFor();

  console.log(`cadre by keyboard: ${me.stops.length} focus stops, ${me.unseen().length} without a visible focus`);
  if (me.unseen().length) await page.screenshot({ path: `${screenshots}/keyboard-cadre.png`, fullPage: true });
  await context.close();
  assert.deepEqual(me.unseen(), [], `\n${me.unseen().join('\n')}`);
});
