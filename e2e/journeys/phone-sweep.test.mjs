// The 360 px sweep (issue 12): every demo role, every route it can open, and the public pages as
// an anonymous visitor, on a 360×640 phone. Each page must not scroll sideways, nothing may be
// wider than the screen outside an intentional horizontal scroller (see support/phone-layout.mjs),
// no visible control may lie under another element, on the first screen or further down, and
// axe-core must find no serious or critical violation (colour contrast included). One app start
// serves every role.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { journeySession, screenshots } from '../support/app.mjs';
import { describeViolations, seriousViolations } from '../support/axe.mjs';
import { layoutFindings } from '../support/phone-layout.mjs';

const session = journeySession();
const PHONE = { width: 360, height: 640 };

/** One account per demo role (README, "Demo accounts"). */
const ROLES = [
  ['jiaoyu', '部门经办人'],
  ['shegong', '社会工作部审核人'],
  ['xianwei', '县委县政府审批人'],
  ['jianfuban', '减负办'],
  ['cungan', '村社区干部'],
  ['hecha', '核查人员'],
  ['admin', '系统管理员'],
  ['pingjia05', '乡镇干部（评价）'],
];

const PUBLIC_ROUTES = ['/public/report', '/public/track', '/public/typical', '/public/lookup', '/login', '/no-access'];

/** Pages every signed-in user can open besides the menu's (config/paths.ts). */
const ACCOUNT_ROUTES = ['/notifications', '/account/notifications', '/account/two-factor', '/account/phrases'];

async function firstId(request, url, pick = () => true) {
  const r = await request.get(url);
  if (!r.ok()) return null;
  const body = await r.json();
  const list = Array.isArray(body) ? body : (body.items ?? []);
  const found = list.find(pick);
  return found ? (found.id ?? found.villageId ?? null) : null;
}

/** The detail routes this user may open, with ids of the demo data found through the API. */
async function detailRoutes(request) {
  const routes = [];
  const add = (href, id) => id !== null && routes.push(href.replace(':id', encodeURIComponent(String(id))));
  add('/applications/:id', await firstId(request, '/api/admission/applications?scope=all&size=20'));
  const own = await request.get('/api/admission/applications?size=50');
  if (own.ok()) {
    const editable = ((await own.json()).items ?? []).find((a) => a.status === 'DRAFT' || a.status === 'RETURNED');
    if (editable) add('/applications/:id/edit', editable.id);
  }
  add('/admission-items/:id', await firstId(request, '/api/admission-items?size=5'));
  add('/clues/:id', await firstId(request, '/api/clues?size=5'));
  add('/burden/villages/:id', await firstId(request, '/api/burden/villages?size=5'));
  add('/special-topics/:id', await firstId(request, '/api/special-topics?page=1&size=5'));
  add('/list-reviews/:id', await firstId(request, '/api/list-reviews?page=1&size=5'));
  return routes;
}

/** The routes of the user's menu, read from the menu drawer the phone layout opens. */
async function menuRoutes(page) {
  await page.getByRole('button', { name: '菜单', exact: true }).click();
  const drawer = page.locator('.app-menu-drawer');
  await drawer.waitFor();
  const hrefs = await drawer.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  await page.keyboard.press('Escape');
  return hrefs.filter((h) => !h.startsWith('/camunda'));
}

async function settle(page) {
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
  // lazy routes and queries show a spinner first
  await page
    .locator('.ant-spin-spinning')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
}

/** Visits each route and collects every finding, so one failing page does not hide the others. */
async function sweep(page, who, routes) {
  const problems = [];
  for (const route of routes) {
    const response = await page.goto(route);
    await settle(page);
    const where = `${who} ${route}`;
    if (response && response.status() >= 500) problems.push(`${where}: HTTP ${response.status()}`);
    for (const f of await layoutFindings(page)) problems.push(`${where}: ${f}`);
    const axe = await seriousViolations(page);
    problems.push(...describeViolations(where, axe));
    if (problems.some((p) => p.startsWith(where))) {
      await page.screenshot({ path: `${screenshots}/phone-sweep-${who}-${route.replace(/[^a-z0-9]+/gi, '_')}.png` });
    }
  }
  return problems;
}

test('the covered-controls check reaches controls far below the first screen', async () => {
  const context = await session.anonymous(PHONE);
  const page = await context.newPage();
  await page.goto('/public/report');
  await settle(page);
  assert.deepEqual(await layoutFindings(page), [], 'the report form holds');
  // a button two screens down, with a box laid over it: only a check that scrolls there finds it
  await page.evaluate(() => {
    const spacer = document.createElement('div');
    spacer.style.height = '1400px';
    const holder = document.createElement('div');
    holder.style.position = 'relative';
    const button = document.createElement('button');
    button.textContent = '被遮住的按钮';
    const cover = document.createElement('div');
    Object.assign(cover.style, { position: 'absolute', inset: '0', background: '#fff' });
    cover.textContent = '遮挡层';
    holder.append(button, cover);
    document.body.append(spacer, holder);
  });
  const findings = await layoutFindings(page);
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'the check puts the page back where it was');
  await context.close();
  assert.ok(
    findings.some((f) => f.includes('covered') && f.includes('被遮住的按钮') && f.includes('遮挡层')),
    `the covered button is found: ${findings.join('; ')}`,
  );
});

test('the public pages hold at 360 px and pass axe-core, for an anonymous visitor', async () => {
  const context = await session.anonymous(PHONE);
  const page = await context.newPage();
  const problems = await sweep(page, 'anonymous', PUBLIC_ROUTES);
  await context.close();
  assert.deepEqual(problems, [], `\n${problems.join('\n')}`);
});

for (const [username, role] of ROLES) {
  test(`every page of ${role} (${username}) holds at 360 px and passes axe-core`, async () => {
    const { context, page } = await session.loggedIn(username, PHONE);
    const menu = await menuRoutes(page);
    assert.ok(menu.includes('/inbox'), `the menu of ${username} lists the inbox: ${menu.join(', ')}`);
    const routes = [...new Set([...menu, ...ACCOUNT_ROUTES, ...(await detailRoutes(context.request))])];
    console.log(`${username}: ${routes.length} routes: ${routes.join(' ')}`);
    const problems = await sweep(page, username, routes);
    await context.close();
    assert.deepEqual(problems, [], `\n${problems.join('\n')}`);
  });
}
