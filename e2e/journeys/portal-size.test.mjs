// The public portal's first load, measured the way a phone receives it: a fresh browser (empty
// cache) opens /public/report from the packaged jar, and the compressed bytes of every JavaScript
// response are added up. Budget: 250 KiB.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { journeySession } from '../support/app.mjs';

const session = journeySession();
const BUDGET = 250 * 1024;
const PHONE = { width: 360, height: 740 };

/**
 * JavaScript responses of a first visit to `path`, with the bytes sent for each body. Where the
 * server does not compress (yet), the size of the gzipped body stands in for it, so the budget
 * means the same either way.
 */
async function firstLoadJs(path, username) {
  const context = username ? (await session.loggedIn(username)).context : await session.anonymous(PHONE);
  const page = await context.newPage();
  // a logged-in user's first visit: the login page filled the cache, so empty it first
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  const responses = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script' || new URL(r.url()).pathname.endsWith('.js')) responses.push(r);
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const files = [];
  for (const r of responses) {
    const encoding = (await r.headerValue('content-encoding')) ?? '';
    const { responseBodySize } = await r.request().sizes();
    const body = await r.body();
    const bytes = encoding ? responseBodySize : gzipSync(body).length;
    files.push({ name: new URL(r.url()).pathname, bytes, encoding: encoding || 'none (gzip size counted)' });
  }
  await context.close();
  files.sort((a, b) => b.bytes - a.bytes);
  return { files, total: files.reduce((s, f) => s + f.bytes, 0) };
}

function print(path, { files, total }) {
  console.log(
    `first load of ${path}: ${(total / 1024).toFixed(1)} KiB of compressed JavaScript in ${files.length} files`,
  );
  for (const f of files) console.log(`  ${(f.bytes / 1024).toFixed(1).padStart(7)} KiB  ${f.name}  [${f.encoding}]`);
}

test('the first load of /public/report transfers at most 250 KiB of compressed JavaScript', async () => {
  const load = await firstLoadJs('/public/report');
  print('/public/report', load);
  assert.ok(load.files.length > 0, 'the page loads JavaScript');
  assert.ok(
    load.files.every((f) => !/bpmn/i.test(f.name)),
    'bpmn-js is not part of the portal',
  );
  assert.ok(load.total <= BUDGET, `${load.total} bytes of compressed JavaScript exceed the budget of ${BUDGET}`);
});

test('the other public pages, the login page and staff pages stay light too (printed for the record)', async () => {
  for (const path of ['/public/track', '/public/lookup', '/login']) print(path, await firstLoadJs(path));
  for (const path of ['/inbox', '/clues']) print(`${path} (office)`, await firstLoadJs(path, 'jianfuban'));
});
