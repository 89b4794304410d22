// Two nodes of the application on one database, as a county runs it behind a load balancer
// without sticky sessions: started together on an empty database, they load the demo county once,
// and a login on one node is a login on the other (sessions live in the database).
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { DB_NAME, DEMO_PASSWORD, freshDatabase, sqlValue, startApp } from '../support/app.mjs';

const database = `${DB_NAME}_nodes`;
const nodes = [];

after(async () => {
  await Promise.all(nodes.map((n) => n.stop()));
});

/** The cookies a response sets, as name → value. */
function setCookies(response) {
  return Object.fromEntries(
    response.headers.getSetCookie().map((c) => {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      return [pair.slice(0, i), pair.slice(i + 1)];
    }),
  );
}

const cookieHeader = (cookies) =>
  Object.entries(cookies)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');

/** Logs in through the API as the UI does: the XSRF-TOKEN cookie first, its value in the header. */
async function login(baseUrl, username) {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { headerName } = await csrf.json();
  const cookies = setCookies(csrf);
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      [headerName]: cookies['XSRF-TOKEN'],
      Cookie: cookieHeader(cookies),
    },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  return { response, cookies: { ...cookies, ...setCookies(response) } };
}

/** The demo data is loaded after the node reports healthy: wait until its accounts exist. */
async function loginWhenLoaded(baseUrl, username) {
  const deadline = Date.now() + 180_000;
  for (;;) {
    const attempt = await login(baseUrl, username);
    if (attempt.response.ok || Date.now() > deadline) return attempt;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

test('two nodes started together on an empty database load the demo county once and share the sessions', async () => {
  freshDatabase(database);
  const started = await Promise.allSettled([
    startApp({ database, fresh: false, logName: 'node-a.log' }),
    startApp({ database, fresh: false, logName: 'node-b.log' }),
  ]);
  for (const s of started) if (s.status === 'fulfilled') nodes.push(s.value);
  assert.deepEqual(
    started.map((s) => s.status),
    ['fulfilled', 'fulfilled'],
    `both nodes start: ${started.map((s) => s.reason?.message ?? 'ok').join(' / ')}`,
  );
  const [a, b] = nodes;

  const { response, cookies } = await loginWhenLoaded(a.baseUrl, 'jiaoyu');
  assert.equal(response.status, 200, 'the demo account logs in on node A');
  assert.ok(cookies.JSESSIONID, 'node A sets the session cookie');
  // every demo account and organisation exactly once
  assert.equal(sqlValue(database, "SELECT COUNT(*) FROM app_user WHERE username = 'admin'"), '1');
  assert.equal(sqlValue(database, "SELECT COUNT(*) FROM org_unit WHERE code = 'JYJ'"), '1');

  // the session made on node A is known to node B
  const me = await fetch(`${b.baseUrl}/api/auth/me`, { headers: { Cookie: cookieHeader(cookies) } });
  assert.equal(me.status, 200, 'node B knows the session node A started');
  assert.equal((await me.json()).username, 'jiaoyu');

  // a restart of node A logs nobody out
  await a.stop();
  nodes.shift();
  const again = await startApp({ database, fresh: false, logName: 'node-a2.log' });
  nodes.push(again);
  const still = await fetch(`${again.baseUrl}/api/auth/me`, { headers: { Cookie: cookieHeader(cookies) } });
  assert.equal(still.status, 200, 'the restarted node still knows the session');
});
