// Starts the packaged jar (backend/target/jianfu.jar) on a fresh MariaDB database with the demo
// data, and Debian's chromium through playwright-core. No mock server, no downloaded browser.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const jar = path.join(root, 'backend/target/jianfu.jar');
const out = path.join(root, 'e2e/target');

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const DB_HOST = process.env.JIANFU_TEST_DB_HOST || '127.0.0.1';
export const DB_PORT = process.env.JIANFU_TEST_DB_PORT || '3306';
export const DB_USER = process.env.JIANFU_TEST_DB_USER || 'root';
export const DB_PASSWORD = process.env.JIANFU_TEST_DB_PASSWORD || '';
export const DB_NAME = process.env.JIANFU_E2E_DB_NAME || 'jianfu_e2e';
export const DEMO_PASSWORD = 'Jianfu@2026';

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

function sqlClient() {
  const client = ['mariadb', 'mysql'].find((c) => {
    try {
      execFileSync(c, ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });
  if (!client) throw new Error('No mariadb/mysql command-line client found to prepare the e2e database');
  return client;
}

function sql(statement) {
  const client = sqlClient();
  const args = ['-h', DB_HOST, '-P', DB_PORT, '-u', DB_USER, '-e', statement];
  if (DB_PASSWORD) args.splice(6, 0, `-p${DB_PASSWORD}`);
  try {
    execFileSync(client, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    throw new Error(
      `MariaDB at ${DB_HOST}:${DB_PORT} is not usable (${String(e.stderr || e.message).trim()}).\n` +
        'Start it with: start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd',
    );
  }
}

/** Drops `name` if it is there and creates it empty, in utf8mb4. */
export function freshDatabase(name) {
  sql(`DROP DATABASE IF EXISTS ${name}; CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
}

/** One value from the database `name` (the mariadb client's plain output). */
export function sqlValue(name, statement) {
  const args = ['-h', DB_HOST, '-P', DB_PORT, '-u', DB_USER, '-N', '-B', '-D', name, '-e', statement];
  if (DB_PASSWORD) args.splice(6, 0, `-p${DB_PASSWORD}`);
  return execFileSync(sqlClient(), args, { encoding: 'utf8' }).trim();
}

/**
 * Jar started with demo data, by default on a fresh database; resolves with { baseUrl, stop }.
 * `args` are extra command-line arguments for the jar (e.g. `--jianfu.warnings.initial-delay=PT2S`);
 * `database` and `fresh: false` start another node on a database that is already there, and
 * `logName` keeps each node's log apart.
 */
export async function startApp({ args = [], database = DB_NAME, fresh = true, logName = 'app.log' } = {}) {
  if (!existsSync(jar)) throw new Error(`${jar} is missing: run the Maven build (mvn -B verify) first`);
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`);
  }
  if (fresh) freshDatabase(database);
  mkdirSync(out, { recursive: true });
  const port = await freePort();
  const log = openSync(path.join(out, logName), 'w');
  const url =
    `jdbc:mysql://${DB_HOST}:${DB_PORT}/${database}?sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&useSSL=false` +
    '&allowPublicKeyRetrieval=true&characterEncoding=UTF-8';
  const child = spawn(
    'java',
    [
      '-Xmx512m',
      '-jar',
      jar,
      '--spring.profiles.active=mysql',
      `--jianfu.attachments.dir=${path.join(out, 'attachments')}`,
      ...args,
    ],
    {
      env: { ...process.env, PORT: String(port), MYSQL_URL: url, MYSQL_USER: DB_USER, MYSQL_PASS: DB_PASSWORD, JIANFU_DEMO_DATA: 'true' },
      stdio: ['ignore', log, log],
    },
  );
  let exited = null;
  child.on('exit', (code) => {
    exited = code;
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  // generous: on a shared 2-core machine busy with other builds, start-up plus the demo data has
  // taken over 120 s (the limit only guards against an app that never comes up)
  const startLimitSeconds = Number(process.env.JIANFU_E2E_START_SECONDS || 300);
  const deadline = Date.now() + startLimitSeconds * 1000;
  for (;;) {
    if (exited !== null) throw new Error(`the app exited with ${exited} during start-up; see e2e/target/${logName}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the app did not become healthy within ${startLimitSeconds} s; see e2e/target/${logName}`);
    }
    try {
      const r = await fetch(`${baseUrl}/actuator/health`);
      if (r.ok) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    baseUrl,
    stop: () =>
      new Promise((resolve) => {
        if (exited !== null) return resolve();
        child.on('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
      }),
  };
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const screenshots = path.join(out, 'screenshots');

/**
 * Registers the journey's before/after hooks (app + browser) and returns what a journey needs:
 * `anonymous(viewport)` for a context without login and `loggedIn(username, viewport)` for a demo
 * account's context, each with the app's base URL. `appArgs` go to the jar's command line.
 */
export function journeySession({ appArgs = [] } = {}) {
  const session = {};
  before(async () => {
    session.app = await startApp({ args: appArgs });
    session.browser = await launchBrowser();
    mkdirSync(screenshots, { recursive: true });
  });
  after(async () => {
    await session.browser?.close();
    await session.app?.stop();
  });
  session.anonymous = (viewport = DESKTOP) =>
    session.browser.newContext({ baseURL: session.app.baseUrl, viewport, locale: 'zh-CN' });
  session.loggedIn = async (username, viewport = DESKTOP) => {
    const context = await session.anonymous(viewport);
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL(/\/inbox/);
    return { context, page };
  };
  return session;
}

export const DESKTOP = { width: 1400, height: 900 };
