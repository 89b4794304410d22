// The problem-clue chain as people click it, in Debian's chromium against the packaged jar on
// MariaDB: someone reports a burden problem anonymously on a phone → the burden-reduction office
// dual-assigns it to the community and the county department → both verify and rectify → the
// office accepts and replies → the reporter reads the reply with the query code and rates it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { journeySession, screenshots } from '../support/app.mjs';

const session = journeySession();
const { loggedIn } = session;

const PHONE = { width: 360, height: 740 };


/** Picks an option of an antd Select (typing part of it first when the select is searchable). */
async function pick(page, combobox, typed, option) {
  await combobox.click();
  if (typed) await combobox.fill(typed);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

/** Chooses the reported unit in the report form's search picker: types its name, taps the match. */
async function pickUnit(page, unit) {
  const box = page.getByRole('combobox', { name: '被反映单位', exact: true });
  await box.click();
  await box.fill(unit);
  await page.getByRole('option', { name: new RegExp(`^${unit}`) }).first().click();
  await page.getByTestId('unit-picked').filter({ hasText: unit }).waitFor();
}

/** Fills in the public report form (native selects: a light first load on phones) and submits it. */
async function report(page, story, unit) {
  await page.goto('/public/report');
  await page.getByRole('button', { name: '提交反映' }).waitFor();
  await page.getByRole('combobox', { name: '问题类别' }).selectOption({ label: '指尖上的形式主义' });
  await pickUnit(page, unit);
  // place and time wait behind one tap
  await page.getByRole('button', { name: /补充信息（选填）/ }).click();
  await page.getByLabel('发生地点').fill('城关镇东关社区');
  await page.getByLabel('发生时间').fill('今年9月以来');
  await page.getByLabel('反映的问题').fill(story);
  await page.getByRole('button', { name: '提交反映' }).click();
}

async function openFromInbox(page, clueNo) {
  await page.goto('/inbox');
  const link = page.getByRole('link', { name: new RegExp(clueNo) }).first();
  await link.waitFor();
  await link.click();
  await page.waitForURL(/\/clues\/\d+$/);
}

async function submitPanel(page, panel) {
  try {
    await panel.getByRole('button', { name: '提交', exact: true }).click({ timeout: 10_000 });
  } catch (e) {
    await page.screenshot({ path: path.join(screenshots, 'clue-failure.png'), fullPage: true });
    throw e;
  }
  await page.getByText('已办理').first().waitFor();
  await panel.waitFor({ state: 'detached' });
}

function isoDate(daysAhead) {
  const d = new Date(Date.now() + daysAhead * 86_400_000);
  return d.toISOString().slice(0, 10);
}

async function verify(username, clueNo, findings) {
  const { context, page } = await loggedIn(username);
  await openFromInbox(page, clueNo);
  const panel = page.getByTestId('task-panel-verify');
  await panel.getByRole('radio', { name: '属实', exact: true }).check();
  await panel.getByLabel('核查情况').fill(findings);
  await submitPanel(page, panel);
  await context.close();
}

async function rectify(username, clueNo, plan, report) {
  const { context, page } = await loggedIn(username);
  await openFromInbox(page, clueNo);
  const planPanel = page.getByTestId('task-panel-plan');
  await planPanel.getByLabel('整改方案').fill(plan);
  const deadline = planPanel.getByLabel('整改时限');
  await deadline.click();
  await deadline.fill(isoDate(10));
  // leave the picker by clicking elsewhere (Enter would submit the form at once)
  await planPanel.getByLabel('整改方案').click();
  await page.keyboard.press('Escape');
  await submitPanel(page, planPanel);
  const reportPanel = page.getByTestId('task-panel-report');
  await reportPanel.getByLabel('整改完成情况').fill(report);
  await submitPanel(page, reportPanel);
  await context.close();
}

test('an anonymous report is dual-assigned, verified, rectified, answered and rated', async () => {
  const story = `民政局要求社区每周填报三张重复的台账表格并拍照上传工作群，编号${Date.now() % 100000}`;

  // 1. someone without an account reports it on a phone, anonymously
  const reporter = await session.anonymous(PHONE);
  let page = await reporter.newPage();
  await report(page, story, '县民政局');
  const receipt = page.getByTestId('query-code-receipt');
  await receipt.waitFor();
  await page.getByText('查询码只显示这一次').waitFor();
  const clueNo = (await page.getByTestId('receipt-clue-no').textContent()).trim();
  const code = (await page.getByTestId('receipt-query-code').textContent()).trim();
  assert.match(clueNo, /^XS-\d{4}-\d{4,}$/);
  assert.match(code, /^[A-Z2-9]{20}$/);
  assert.ok(!page.url().includes(code), 'the code is never in the URL');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, `the success page fits a 360 px phone (scrollWidth ${width})`);
  await page.screenshot({ path: path.join(screenshots, 'portal-success.png'), fullPage: true });
  await page.getByRole('button', { name: '我已保存' }).click();
  await page.getByRole('button', { name: '已保存', exact: true }).click();
  await page.getByText(`线索 ${clueNo} 已提交`).waitFor();
  assert.equal(await page.getByText(code).count(), 0, 'the code cannot be shown again');

  // 2. the burden-reduction office finds it on the workbench and dual-assigns it
  const office = await loggedIn('jianfuban');
  page = office.page;
  await page.goto('/clues');
  await page.getByRole('link', { name: clueNo }).waitFor();
  await page.screenshot({ path: path.join(screenshots, 'office-workbench.png'), fullPage: true });
  await page.getByRole('link', { name: clueNo }).click();
  await page.waitForURL(/\/clues\/\d+$/);
  const clueUrl = page.url();
  await page.getByText(story).waitFor();
  const triage = page.getByTestId('task-panel-triage');
  await triage.getByRole('radio', { name: '交办', exact: true }).check();
  // nothing typed twice: the picker starts with the reported unit and the village named in the place
  await triage.getByRole('switch', { name: '双交办、双整改' }).click();
  await triage.getByText('基层单位：东关社区；县级部门：县民政局').waitFor();
  await triage.getByLabel('分办说明（可选）').fill('问题表现在社区，根子在部门，双交办、双整改');
  await submitPanel(page, triage);
  await page.getByText('核查中').first().waitFor();
  await office.context.close();

  // 3. both units verify: 东关社区 (cungan) and 县民政局 (minzheng)
  await verify('cungan', clueNo, '经核查，社区确实每周填报三张内容重复的台账并拍照上传。');
  await verify('minzheng', clueNo, '经核查，局里科室分别下发了三张台账，内容重复。');

  // 4. both rectify: a plan with a deadline, then the report
  await rectify('cungan', clueNo, '停止重复填报，只保留一张台账，不再拍照上传工作群', '已停止重复填报和拍照上传');
  await rectify('minzheng', clueNo, '合并三张台账为一张，由局里从现有系统导出数据', '三张台账已合并，社区不再填报');

  // 5. the office accepts both rectifications and replies to the reporter
  const office2 = await loggedIn('jianfuban');
  page = office2.page;
  await page.goto(clueUrl);
  for (let i = 0; i < 2; i++) {
    const check = page.getByTestId('task-panel-check').first();
    await check.waitFor();
    await check.getByRole('radio', { name: '验收通过', exact: true }).check();
    await check.getByRole('button', { name: '提交', exact: true }).click();
    await page.getByText('已办理').first().waitFor();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="task-panel-check"]').length === n, 1 - i);
  }
  const reply = page.getByTestId('task-panel-reply');
  const answer = '经核查，反映的问题属实。县民政局已合并台账，东关社区不再重复填报和拍照上传。感谢您的监督。';
  await reply.getByLabel('答复内容').fill(answer);
  await submitPanel(page, reply);
  await page.getByText('待评价').first().waitFor();
  await page.goto('/statistics');
  await page.getByText('办结率').first().waitFor();
  await page.getByRole('cell', { name: '东关社区' }).first().waitFor();
  await page.screenshot({ path: path.join(screenshots, 'clue-statistics.png'), fullPage: true });
  await office2.context.close();

  // 6. the reporter opens the clue with the code, reads the reply and rates it
  page = await reporter.newPage();
  await page.goto('/public/track');
  await page.getByLabel('线索编号').fill(clueNo);
  await page.getByLabel('查询码').fill(code);
  await page.getByRole('button', { name: '查询', exact: true }).click();
  await page.getByTestId('public-clue-view').waitFor();
  await page.getByText(answer).waitFor();
  await page.getByRole('radio', { name: '满意', exact: true }).check();
  await page.getByLabel('评价意见').fill('改得很快，谢谢');
  await page.getByRole('button', { name: '提交评价' }).click();
  await page.getByText('评价已提交，感谢您的反馈').waitFor();
  await page.getByText('改得很快，谢谢').first().waitFor();
  await page.getByText('已办结').first().waitFor();
  await page.screenshot({ path: path.join(screenshots, 'portal-rated.png'), fullPage: true });

  // 7. a village cadre finds a task missing from the admission list and refuses it in one click
  await page.goto('/public/lookup');
  await page.getByPlaceholder('输入事项名称或关键词，查询是否已列入准入清单').fill('每日防溺水巡查拍照打卡');
  await page.getByRole('button', { name: '查询' }).click();
  await page.getByRole('button', { name: '拒绝并反映该事项' }).click();
  await page.waitForURL(/\/public\/report\?task=/);
  await page.getByRole('heading', { name: '拒绝并反映未准入事项' }).waitFor();
  assert.match(await page.getByLabel('反映的问题').inputValue(), /“每日防溺水巡查拍照打卡”/);
  assert.equal(await page.getByRole('combobox', { name: '问题类别' }).inputValue(), 'UNADMITTED_TASK');

  // 8. the office previews the closed clue's typical case as the public will read it, confirms that
  //    text, and anyone can read it
  const office3 = await loggedIn('jianfuban');
  const summary = `某部门要求社区重复填报台账并拍照上传工作群，已责令合并台账、停止拍照留痕（${clueNo}）。`;
  await office3.page.goto(clueUrl);
  await office3.page.getByLabel('通报内容').fill(summary);
  await office3.page.getByRole('button', { name: '预览通报' }).click();
  const previewDialog = office3.page.getByRole('dialog', { name: '预览典型问题通报' });
  await previewDialog.getByText(summary).waitFor();
  await previewDialog.getByRole('button', { name: '确认发布' }).click();
  await office3.page.getByText('已作为典型问题通报').waitFor();
  await office3.context.close();
  await page.goto('/public/typical');
  await page.getByText(summary).waitFor();
  await reporter.close();
});

test('a unit returns a clue that is not its business; the office sends it on, grants more time and supervises', async () => {
  const story = `学校要求村委会每月组织学生家长填写调查问卷并截图上报，编号${Date.now() % 100000}`;
  const reporter = await session.anonymous(PHONE);
  let page = await reporter.newPage();
  await report(page, story, '县教育局');
  const clueNo = (await page.getByTestId('receipt-clue-no').textContent()).trim();
  await reporter.close();

  // 1. the office assigns it to 县教育局
  const office = await loggedIn('jianfuban');
  page = office.page;
  await page.goto('/clues');
  await page.getByRole('link', { name: clueNo }).click();
  await page.waitForURL(/\/clues\/\d+$/);
  const clueUrl = page.url();
  const triage = page.getByTestId('task-panel-triage');
  await triage.getByRole('radio', { name: '交办', exact: true }).check();
  // the picker starts with the reported unit and the village named in the place; the office
  // takes the village out and assigns the department alone
  await pick(page, triage.getByRole('combobox', { name: '承办单位' }), '东关', '东关社区');
  await page.keyboard.press('Escape');
  await submitPanel(page, triage);
  await office.context.close();

  // 2. 县教育局 returns it: the questionnaires are 民政局's
  const unit = await loggedIn('jiaoyu');
  page = unit.page;
  await openFromInbox(page, clueNo);
  await page.getByRole('button', { name: '退单', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('退单理由').fill('问卷由县民政局下发，不属本局职责，请改派县民政局。');
  await dialog.getByRole('button', { name: '确认退单' }).click();
  await page.getByText('已退单，减负办将重新交办').first().waitFor();
  await page.getByText('已退单', { exact: true }).first().waitFor();
  await unit.context.close();

  // 3. the office reads the reason and sends the clue to 县民政局
  const office2 = await loggedIn('jianfuban');
  page = office2.page;
  await page.goto(clueUrl);
  await page.getByText('退单理由：问卷由县民政局下发', { exact: false }).first().waitFor();
  await page.getByRole('radio', { name: '改派其他单位', exact: true }).check();
  await pick(page, page.getByRole('combobox', { name: '改派单位' }), '民政', '县民政局');
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await page.getByText('已办理').first().waitFor();
  await page.getByText('退单记录').first().waitFor();
  await page.screenshot({ path: path.join(screenshots, 'clue-returned.png'), fullPage: true });
  await office2.context.close();

  // 4. 县民政局 finds it in its inbox to verify
  const right = await loggedIn('minzheng');
  page = right.page;
  await openFromInbox(page, clueNo);
  const verify = page.getByTestId('task-panel-verify');
  await verify.waitFor();

  // 5. 县民政局 needs more time and asks before the due date; the office grants it
  await verify.getByRole('button', { name: '申请延期' }).click();
  const ask = page.getByRole('dialog');
  const due = (await ask.getByText('现在的办理期限').textContent()).match(/\d{4}-\d{2}-\d{2}/)[0];
  const day = nextWeekday(due, 2);
  await ask.getByLabel('延期至').fill(day);
  await ask.getByLabel('延期至').press('Enter');
  await ask.getByLabel('延期理由').fill('涉及全县各村问卷，需逐村核实。');
  await ask.getByRole('button', { name: '提交申请' }).click();
  await page.getByText('已提交延期申请，等待减负办审批').first().waitFor();
  await page.getByText(`已申请延期至 ${day}，等待减负办审批`).waitFor();
  await right.context.close();

  const office3 = await loggedIn('jianfuban');
  page = office3.page;
  await page.goto(clueUrl);
  await page.getByText('延期申请', { exact: true }).first().waitFor();
  await page.getByRole('button', { name: '审批', exact: true }).click();
  const grant = page.getByRole('dialog');
  await grant.getByRole('radio', { name: '同意延期' }).check();
  await grant.getByRole('button', { name: '提交', exact: true }).click();
  await page.getByText('已审批延期申请').first().waitFor();
  await page.getByText(`已同意延期至 ${day}`).waitFor();
  await page.screenshot({ path: path.join(screenshots, 'clue-extension.png'), fullPage: true });

  // 6. the office also issues a supervision order (督办) to 县民政局, which answers it
  await page.getByRole('button', { name: '督办', exact: true }).click();
  const order = page.getByRole('dialog');
  await order.getByRole('combobox', { name: '督办单位' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '县民政局' }).first().click();
  await order.getByLabel('督办要求').fill('请于期限内反馈问卷下发的依据和停止情况。');
  await order.getByRole('button', { name: '发出督办' }).click();
  await page.getByText('已督办，已通知被督办单位').first().waitFor();
  await page.getByText('待反馈', { exact: true }).first().waitFor();
  await office3.context.close();

  const answering = await loggedIn('minzheng');
  page = answering.page;
  await page.goto(clueUrl);
  await page.getByLabel('反馈情况').fill('已通知各村停止填报问卷，并收回截图要求。');
  await page.getByRole('button', { name: '提交反馈' }).click();
  await page.getByText('已反馈督办').first().waitFor();
  await page.getByText('已反馈', { exact: true }).first().waitFor();
  await answering.context.close();
});

test('the office calls a named reporter back, and a satisfied answer closes the clue', async () => {
  const office = await loggedIn('jianfuban');
  const page = office.page;
  await page.goto(`/clues?keyword=${encodeURIComponent('五次内容相同')}`);
  await page.locator('table a[href^="/clues/"]').first().click();
  await page.waitForURL(/\/clues\/\d+$/);
  await page.getByRole('button', { name: '记录回访' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: '已联系上' }).check();
  await dialog.getByRole('radio', { name: '满意', exact: true }).check();
  await dialog.getByLabel('回访记录').fill('李女士表示检查已合并，村干部不再陪同，满意。');
  await dialog.getByRole('button', { name: '保存回访' }).click();
  await page.getByText('已记录回访，线索已办结').first().waitFor();
  await page.getByText('已联系上 · 满意').first().waitFor();
  await page.screenshot({ path: path.join(screenshots, 'clue-callback.png'), fullPage: true });
  await office.context.close();
});

/** The `n`-th Monday-to-Friday day after `isoDay` (no public holiday falls in the weeks the journey runs). */
function nextWeekday(isoDay, n) {
  const d = new Date(`${isoDay}T12:00:00Z`);
  let left = n;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) left--;
  }
  return d.toISOString().slice(0, 10);
}
