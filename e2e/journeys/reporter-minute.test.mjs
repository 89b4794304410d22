// The reporter's minute (issue 12, point 1): an anonymous report of a 60-character problem on a
// 360×640 phone. Every tap and every typed character goes through the small helpers below, so the
// counts printed and asserted are the ones the journey really made. The estimate assumes typing at
// 60 characters a minute (1 s each) and SECONDS_PER_TAP per tap: finding the target on the screen
// and touching it (the keystroke-level model's "point" 1.1 s plus a press and a short look).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import jsQR from 'jsqr';
import { journeySession, screenshots } from '../support/app.mjs';

const session = journeySession();
const PHONE = { width: 360, height: 640 };
const SECONDS_PER_TAP = 1.5;
const UNIT_SEARCH = 'jyj';
const DESCRIPTION = '县教育局要求村干部每天在三个App上分别打卡签到，还要上传工作照片，在群里通报排名，每人每天为此占用两个小时以上。';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const docsShots = path.join(root, 'docs/screenshots');
// the machine's chromium has no Chinese font: the screenshots use Noto Sans SC from the frontend's packages
const FONT = path.join(root, 'frontend/node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');

/** Taps and typed characters of one person, counted as they happen. */
function reporter(page) {
  const counts = { taps: 0, typed: 0 };
  return {
    counts,
    tap: async (locator) => {
      counts.taps++;
      await locator.click();
    },
    /** Types into the focused field, character by character (an emoji or a rare character is one). */
    type: async (text) => {
      counts.typed += [...text].length;
      await page.keyboard.type(text);
    },
  };
}

async function withChineseFont(page) {
  if (!existsSync(FONT)) return;
  await page.route('**/__screenshot-font.ttf', (route) =>
    route.fulfill({ body: readFileSync(FONT), contentType: 'font/ttf' }),
  );
  await page.addStyleTag({
    content:
      "@font-face { font-family: 'Noto Sans SC'; src: url('/__screenshot-font.ttf'); }" +
      " body, body * { font-family: 'Noto Sans SC', sans-serif !important; }",
  });
  await page.evaluate(() => document.fonts.load("16px 'Noto Sans SC'", '反映'));
}

function shot(name) {
  mkdirSync(docsShots, { recursive: true });
  copyFileSync(path.join(screenshots, name), path.join(docsShots, name));
}

test('an anonymous 60-character report takes at most 5 taps, with the submit button on the first screen', async () => {
  const context = await session.anonymous(PHONE);
  const page = await context.newPage();
  await page.goto('/public/report');
  await withChineseFont(page);
  const unit = page.getByRole('combobox', { name: '被反映单位' });
  const description = page.getByLabel('反映的问题');
  const category = page.getByRole('combobox', { name: '问题类别' });
  const submit = page.getByRole('button', { name: '提交反映' });
  await submit.waitFor();

  // the required part and the submit button fit the first screen, before any scrolling
  assert.equal(await page.evaluate(() => window.scrollY), 0);
  const box = await submit.boundingBox();
  console.log(`submit button: top ${box.y.toFixed(0)} px, bottom ${(box.y + box.height).toFixed(0)} px of 640`);
  assert.ok(box.y + box.height <= PHONE.height, `the submit button ends at ${box.y + box.height} px, below 640`);
  for (const field of [unit, description, category]) {
    const b = await field.boundingBox();
    assert.ok(b.y + b.height <= PHONE.height, 'each required field is on the first screen');
  }
  const documentHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(`the form page is ${documentHeight} px tall`);
  await page.screenshot({ path: path.join(screenshots, 'phone-report-form-empty.png') });

  const person = reporter(page);
  await person.tap(unit);
  await person.type(UNIT_SEARCH);
  await person.tap(page.getByRole('option', { name: /^县教育局/ }));
  await page.getByTestId('unit-picked').filter({ hasText: '县教育局' }).waitFor();

  await person.tap(description);
  await person.type(DESCRIPTION);
  // the description's words suggest the category; one tap takes it
  const chip = page.getByRole('button', { name: '按描述推荐：指尖上的形式主义' });
  await chip.waitFor({ timeout: 10_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(screenshots, 'phone-report-form.png') });
  shot('phone-report-form.png');
  await person.tap(chip);
  assert.equal(await category.inputValue(), 'FINGERTIP_FORMALISM');

  await person.tap(submit);
  const receipt = page.getByTestId('query-code-receipt');
  await receipt.waitFor();

  const { taps, typed } = person.counts;
  const seconds = typed * 1 + taps * SECONDS_PER_TAP;
  console.log(
    `reporter's minute: ${typed} characters typed (${UNIT_SEARCH.length} in the unit search, ${[...DESCRIPTION].length} in the description), ` +
      `${taps} taps → about ${seconds.toFixed(1)} s at 60 characters a minute and ${SECONDS_PER_TAP} s a tap ` +
      `(${(typed / 2 + taps * SECONDS_PER_TAP).toFixed(1)} s at 120 characters a minute)`,
  );
  assert.equal(typed, 60, 'the problem reported is 60 characters, unit search included');
  assert.ok(taps <= 5, `${taps} taps: more than 5`);

  // the receipt: the code as text to copy, as an image to save, and as a QR code
  const clueNo = (await page.getByTestId('receipt-clue-no').textContent()).trim();
  const code = (await page.getByTestId('receipt-query-code').textContent()).trim();
  assert.match(clueNo, /^XS-\d{4}-\d{4}$/);
  assert.match(code, /^[A-Z0-9]{20}$/);
  assert.ok(await page.getByRole('button', { name: '复制查询码' }).isVisible());
  const saveImage = page.getByRole('button', { name: '保存为图片' });
  await page.getByTestId('receipt-image').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), saveImage.click()]);
  assert.equal(download.suggestedFilename(), `减负问题线索-${clueNo}.png`);
  const png = readFileSync(await download.path());
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG file');

  // the QR code, decoded from its pixels, opens the tracking page with the number and without the code
  const qr = page.getByTestId('receipt-qr');
  await qr.scrollIntoViewIfNeeded();
  const pixels = await qr.evaluate((img) => {
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const g = canvas.getContext('2d');
    g.drawImage(img, 0, 0);
    const data = g.getImageData(0, 0, canvas.width, canvas.height);
    return { width: data.width, height: data.height, data: Array.from(data.data) };
  });
  const decoded = jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height);
  assert.ok(decoded, 'the QR code can be read');
  const url = new URL(decoded.data);
  console.log(`QR code: ${decoded.data}`);
  assert.equal(url.pathname, '/public/track');
  assert.equal(url.searchParams.get('clueNo'), clueNo);
  assert.ok(!decoded.data.toUpperCase().includes(code), 'the query code is not in the QR code');

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(screenshots, 'phone-receipt.png') });
  shot('phone-receipt.png');
  await page.getByTestId('receipt-keepsake').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(screenshots, 'phone-receipt-keepsake.png') });
  shot('phone-receipt-keepsake.png');

  const track = await context.newPage();
  await track.goto(decoded.data);
  await track.getByText(`已填好线索编号 ${clueNo}，请输入查询码。`).waitFor();
  assert.equal(await track.getByLabel('线索编号').inputValue(), clueNo);
  assert.equal(await track.getByLabel('查询码').inputValue(), '');
  // the reporter types the code they kept and sees the clue
  await track.getByLabel('查询码').fill(code);
  await track.getByRole('button', { name: '查询', exact: true }).click();
  await track.getByText('待分办').first().waitFor();
  // the step bar: 交办 is where the clue stands, the later steps wait; the steps stack on a phone
  const bar = track.getByTestId('step-bar');
  await bar.waitFor();
  assert.match(await track.getByTestId('step-ASSIGNED').textContent(), /正在办理/);
  for (const step of ['VERIFIED', 'RECTIFIED', 'ANSWERED']) assert.equal(await track.getByTestId(`step-${step}`).count(), 1);
  assert.equal(await bar.locator('.ant-steps-vertical').count(), 1, 'the steps stack on a phone');
  assert.ok(
    (await track.evaluate(() => document.documentElement.scrollWidth)) <= PHONE.width,
    'the tracking page with its step bar fits 360 px',
  );
  await context.close();
});
