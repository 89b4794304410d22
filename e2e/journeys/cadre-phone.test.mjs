// The cadre's phone: a village cadre at 360×640 takes a clue assigned to the community from verification
// to plan to report on one page (the inbox visited once), with a photo from the camera input; the step
// bar shows dates and people's names; nothing overflows 360 px; the process diagram loads only when
// asked for and shows no timer branches to anyone but an administrator.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { journeySession, screenshots } from '../support/app.mjs';

const session = journeySession();
const { loggedIn } = session;

const PHONE = { width: 360, height: 640 };
const docsShots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');

/** A 1×1 PNG: what the phone's camera hands the file input, as far as the page can tell. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * Debian's chromium here has no CJK font: for readable screenshots the page gets Noto Sans SC from the
 * frontend's devDependency (the one the approval-form PDF embeds), under the family name styles.css asks for.
 */
const CJK_FONT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../frontend/node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
);

async function withCjkFont(page) {
  if (!existsSync(CJK_FONT)) return;
  await page.route('**/__e2e/cjk.ttf', (route) => route.fulfill({ path: CJK_FONT, contentType: 'font/ttf' }));
  // antd's components carry their own font list, so the font is put on everything (screenshots only)
  await page.addStyleTag({
    content:
      "@font-face { font-family: 'E2E CJK'; src: url('/__e2e/cjk.ttf'); }" +
      " :where(body, body *) { font-family: 'E2E CJK', sans-serif !important; }",
  });
}

async function shoot(page, name, target = page) {
  mkdirSync(docsShots, { recursive: true });
  await page.evaluate(async () => {
    await document.fonts.load("16px 'E2E CJK'", '办').catch(() => undefined);
    await document.fonts.ready;
  });
  await target.screenshot({ path: path.join(docsShots, name) });
  await target.screenshot({ path: path.join(screenshots, name) });
}

async function assertFits(page, where) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, `${where}: the page fits 360 px (scrollWidth ${width})`);
}

async function displayName(page) {
  const me = await page.request.get('/api/auth/me');
  return (await me.json()).displayName;
}

/**
 * An anonymous report about 东关社区, assigned by the office to 东关社区 alone; answers the clue number,
 * the reporter's query code and the office's name.
 */
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
  await page
    .getByLabel('反映的问题')
    .fill(`社区每天要在三个工作群里分别上传巡查照片并打卡，编号${Date.now() % 100000}`);
  await page.getByRole('button', { name: '提交反映' }).click();
  await page.getByTestId('query-code-receipt').waitFor();
  const clueNo = (await page.getByTestId('receipt-clue-no').textContent()).trim();
  const code = (await page.getByTestId('receipt-query-code').textContent()).trim();
  await reporter.close();

  const office = await loggedIn('jianfuban');
  const officeName = await displayName(office.page);
  await office.page.goto('/clues');
  await office.page.getByRole('link', { name: clueNo }).click();
  await office.page.waitForURL(/\/clues\/\d+$/);
  const triage = office.page.getByTestId('task-panel-triage');
  await triage.getByRole('radio', { name: '交办', exact: true }).check();
  // the picker starts with the reported unit, 东关社区, already chosen
  await triage.getByRole('button', { name: '提交', exact: true }).click();
  await office.page.getByText('核查中').first().waitFor();
  await office.context.close();
  return { clueNo, code, officeName };
}

/** Submits the step's form and waits until the server's answer has replaced it. */
async function submitStep(page, panel) {
  await panel.getByRole('button', { name: '提交', exact: true }).click();
  await page.getByText('已办理').first().waitFor();
  await panel.waitFor({ state: 'detached' });
}

test('a village cadre verifies, plans and reports a clue on one page of a 360 px phone', async () => {
  const { clueNo, code, officeName } = await clueForTheCommunity();

  const { context, page } = await loggedIn('cungan', PHONE);
  await withCjkFont(page);
  const cadreName = await displayName(page);
  const inboxVisits = [];
  const diagramRequests = [];
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame() && new URL(f.url()).pathname === '/inbox') inboxVisits.push(f.url());
  });
  page.on('request', (r) => {
    if (/process-diagram|\/diagram$|bpmn-viewer/.test(r.url())) diagramRequests.push(r.url());
  });

  // the login lands on the inbox: the one visit; the clue is opened from there
  assert.equal(new URL(page.url()).pathname, '/inbox');
  const link = page.getByRole('link', { name: new RegExp(clueNo) }).first();
  await link.waitFor();
  await link.click();
  await page.waitForURL(/\/clues\/\d+$/);
  const clueUrl = page.url();

  // what is asked and by when, then the one form, on the first screen
  const view = page.getByTestId('cadre-task-view');
  await view.waitFor();
  await page.getByTestId('cadre-due').getByText('联合核查').waitFor();
  const verify = page.getByTestId('task-panel-verify');
  await verify.waitFor();
  const box = await verify.boundingBox();
  assert.ok(box && box.y < PHONE.height, `the verification form starts on the first screen (y ${box?.y})`);
  await assertFits(page, 'verification');
  await shoot(page, 'cadre-task-view.png');

  // photo evidence straight from the camera, the ordinary file choice still there
  const camera = view.locator('.camera-upload input[type=file]');
  assert.equal(await camera.getAttribute('accept'), 'image/*');
  assert.equal(await camera.getAttribute('capture'), 'environment');
  assert.ok((await view.locator('input[type=file]').count()) >= 2, 'a normal file input is offered too');
  await camera.setInputFiles({ name: 'xuncha-zhaopian.png', mimeType: 'image/png', buffer: PHOTO });
  await view.getByText('xuncha-zhaopian.png').waitFor();

  await verify.getByRole('radio', { name: '属实', exact: true }).check();
  await verify.getByLabel('核查情况').fill('经核查属实：三个工作群每天都要上传照片打卡 📷');
  await submitStep(page, verify);

  // the next step is the community's again: its form takes the place of the last, same page
  const plan = page.getByTestId('task-panel-plan');
  await plan.waitFor();
  assert.equal(page.url(), clueUrl);
  await page.getByTestId('cadre-due').getByText('制定整改方案').waitFor();
  await plan.getByLabel('整改方案').fill('只保留一个工作群，照片每周汇总一次，取消每日打卡');
  const deadline = plan.getByLabel('整改时限');
  await deadline.click();
  const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  await deadline.fill(due);
  // Enter in the date field takes the date; it must not submit the plan
  await page.keyboard.press('Enter');
  await page.waitForTimeout(1500);
  assert.equal(await plan.count(), 1, 'Enter in the date field did not submit the plan');
  assert.equal(await page.getByTestId('task-panel-report').count(), 0, 'the report step has not started');
  assert.equal(await deadline.inputValue(), due);
  await page.keyboard.press('Escape');
  await assertFits(page, 'plan');
  await submitStep(page, plan);

  const report = page.getByTestId('task-panel-report');
  await report.waitFor();
  assert.equal(page.url(), clueUrl);
  await report.getByLabel('整改完成情况').fill('已合并为一个工作群，停止每日打卡');
  await assertFits(page, 'report');
  await submitStep(page, report);
  await page.getByTestId('cadre-all-done').waitFor();
  assert.equal(inboxVisits.length, 0, `the inbox was not visited again (${inboxVisits.join(', ')})`);

  // the step bar: dates and people's names (not user names)
  const bar = page.getByTestId('step-bar');
  await bar.scrollIntoViewIfNeeded();
  const assigned = await page.getByTestId('step-ASSIGNED').textContent();
  const verified = await page.getByTestId('step-VERIFIED').textContent();
  const rectified = await page.getByTestId('step-RECTIFIED').textContent();
  assert.match(assigned, /\d{4}-\d{2}-\d{2}/);
  assert.ok(assigned.includes(officeName), `交办 names ${officeName}: ${assigned}`);
  assert.match(verified, /\d{4}-\d{2}-\d{2}/);
  assert.ok(verified.includes(cadreName), `核查 names ${cadreName}: ${verified}`);
  assert.ok(!verified.includes('cungan') && !assigned.includes('jianfuban'), 'no user names');
  assert.match(rectified, /正在办理/, 'rectification waits for the office to accept');
  assert.equal(await bar.locator('.ant-steps-vertical').count(), 1, 'the steps stack on a phone');
  await assertFits(page, 'all done');
  // the "已办理" messages fade after a few seconds: the picture shows the bar, not them
  await page.waitForFunction(() => !document.querySelector('.ant-message-notice'), null, { timeout: 15_000 });
  await shoot(page, 'cadre-step-bar.png', bar);

  // the diagram: nothing of it loaded until the button, then fitted, and without the timer branches
  assert.deepEqual(diagramRequests, [], 'no diagram XML or bpmn-js before the button');
  assert.equal(await page.getByTestId('process-diagram').count(), 0);
  const toggle = page.getByTestId('diagram-toggle');
  await toggle.scrollIntoViewIfNeeded();
  await toggle.click();
  const diagram = page.getByTestId('process-diagram');
  try {
    // bpmn-js is a large chunk: on a loaded machine it may take a while to arrive and draw
    await diagram.locator('[data-element-id="Task_Triage"]').first().waitFor({ state: 'attached', timeout: 120_000 });
  } catch (e) {
    await page.screenshot({ path: path.join(screenshots, 'cadre-diagram-failure.png'), fullPage: true });
    throw e;
  }
  assert.ok(diagramRequests.some((u) => /diagram/.test(u)), 'the XML is fetched on the button');
  // the top level's timers and escalations are gone, the path through people's hands is there
  for (const hidden of ['Timer_TriageOverdue', 'Timer_TriageReminder', 'Task_EscalateTriage', 'Timer_ReplyOverdue']) {
    assert.equal(await diagram.locator(`[data-element-id="${hidden}"]`).count(), 0, `${hidden} is not drawn`);
  }
  for (const shown of ['SubProcess_Verify', 'SubProcess_Rectify', 'Task_Reply', 'Timer_RatingExpired']) {
    assert.ok((await diagram.locator(`[data-element-id="${shown}"]`).count()) > 0, `${shown} is drawn`);
  }
  await page.getByRole('button', { name: '放大' }).click();
  await page.getByRole('button', { name: '适应窗口' }).click();
  await assertFits(page, 'diagram open');
  await context.close();

  // the reporter's step bar names the units that did each step, never a person
  const reporter = await session.anonymous(PHONE);
  const track = await reporter.newPage();
  await track.goto(`/public/track?clueNo=${clueNo}`);
  await withCjkFont(track);
  await track.getByLabel('查询码').fill(code);
  await track.getByRole('button', { name: '查询', exact: true }).click();
  await track.getByTestId('public-clue-view').waitFor();
  const publicAssigned = await track.getByTestId('step-ASSIGNED').textContent();
  const publicVerified = await track.getByTestId('step-VERIFIED').textContent();
  assert.match(publicAssigned, /\d{4}-\d{2}-\d{2}/);
  assert.ok(publicAssigned.includes('减负办'), `交办 names the office: ${publicAssigned}`);
  assert.ok(publicVerified.includes('东关社区'), `核查 names the community: ${publicVerified}`);
  const publicText = await track.getByTestId('public-clue-view').textContent();
  for (const person of [officeName, cadreName, 'cungan', 'jianfuban']) {
    assert.ok(!publicText.includes(person), `the reporter does not see ${person}`);
  }
  await assertFits(track, 'tracking page');
  await shoot(track, 'phone-track-step-bar.png', track.getByTestId('step-bar'));
  await reporter.close();

  // an administrator does see the timers
  const admin = await loggedIn('admin');
  const xml = await (await admin.page.request.get('/api/processes/clue/diagram')).text();
  assert.ok(xml.includes('Timer_VerifyOverdue'), 'the administrator gets the whole model');
  await admin.context.close();
});
