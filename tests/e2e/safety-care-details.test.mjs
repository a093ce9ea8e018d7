// Where the practices meet pain, help is near: the care after a practice that hurt points
// to the page for when a relationship isn't safe; the body scan can be stopped at any step
// and points to grounding, as does the body map's hint about numbness; a check-in with very
// strong unpleasant feelings quietly offers Help now; two heavy weeks bring a word about
// talking to a doctor; the safety page's signs and help are worded with care.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded, checkA11y } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const NOW = new Date('2026-11-29T09:00:00');
const TITLE = "When a relationship isn't safe";
const day = (iso) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86400000);
const at = (iso, minute = 600) => day(iso) * 86400 + minute * 60;

test('care after a practice that hurt points to the safety page', async () => {
  const progress = JSON.stringify({ m: { ex: [{ t: at('2026-11-20'), s: 1 }] } });
  const { page, finish } = await app.open('/practice/expression/log', { clock: NOW, storage: onboarded('2026-11-02', { 'closer:d:practice': progress }) });
  await page.getByLabel('What I did').fill('Said the remark stung');
  await page.getByLabel('It hurt').check();
  await page.getByRole('button', { name: 'Save practice' }).click();
  const care = page.locator('section.care');
  await care.getByRole('heading', { name: 'Be gentle with yourself' }).waitFor();
  assert.match(await care.textContent(), /If that person frightens, controls or hurts you/);
  await care.getByRole('link', { name: TITLE }).click();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await finish();
});

test('the body scan can be stopped at any time and points to grounding; so does the numbness hint', async () => {
  const { page, finish } = await app.open('/body/scan', { clock: NOW, storage: onboarded('2026-11-09') });
  await page.getByRole('heading', { level: 1, name: 'Body scan' }).waitFor();
  assert.match(await page.textContent('main'), /You can stop at any time\./);
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByText('Step 1 of 8').waitFor();
  assert.match(await page.textContent('main'), /You can stop whenever you like/);
  await checkA11y(page, 'body scan step');
  await page.getByRole('link', { name: 'grounding can help you come back' }).click();
  await page.getByRole('heading', { level: 1, name: /grounding/i }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/moment/grounding');

  await page.goto('/body');
  await page.getByRole('heading', { level: 1, name: 'Body map' }).waitFor();
  await page.getByRole('button', { name: 'Whole body' }).click();
  await page.getByRole('group', { name: 'Whole body: what do you notice?' }).getByRole('button', { name: 'numb' }).click();
  const hints = page.locator('.body-hints');
  await hints.getByText(/Numbness or feeling far away/).waitFor();
  await hints.getByRole('link', { name: /Grounding can help/ }).click();
  await page.waitForURL('**/moment/grounding');
  await finish();
});

test('a very strong unpleasant check-in offers Help now, quietly; a milder one does not', async () => {
  // Started six days ago: week 1 (pleasant / neutral / unpleasant).
  const { page, finish } = await app.open('/checkin', { clock: NOW, storage: onboarded('2026-11-23') });
  await page.getByRole('heading', { level: 1, name: 'Check in' }).waitFor();
  await page.getByRole('button', { name: 'unpleasant', exact: true }).click();
  await page.getByText('How strong, a note, the time').click();
  await page.getByLabel(/How strong/).fill('5');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.getByRole('status').filter({ hasText: 'Noted' }).waitFor();
  assert.equal(await page.getByRole('main').getByRole('link', { name: 'Help now' }).count(), 0, 'not after a milder one');

  await page.getByRole('button', { name: 'unpleasant', exact: true }).click();
  await page.getByLabel(/How strong/).fill('9');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  const offer = page.locator('.checkin-heavy');
  await offer.waitFor();
  assert.match(await offer.textContent(), /That's a lot to feel/);
  await checkA11y(page, 'check-in with Help now offered');
  await offer.getByRole('link', { name: 'Help now' }).click();
  await page.getByRole('heading', { level: 1, name: 'Help now' }).waitFor();
  await finish();
});

test('two heavy weeks of check-ins bring a word about talking to a doctor; lighter weeks do not', async () => {
  const heavy = (n) => Array.from({ length: n }, (_, i) => ({ id: `h${i}`, t: at(`2026-11-${String(29 - i).padStart(2, '0')}`), w: ['down'] }));
  const open = async (list) => app.open('/insights', { clock: NOW, storage: onboarded('2026-10-05', { 'closer:e:ci:2026-11': JSON.stringify(list) }) });
  let { page, finish } = await open(heavy(9));
  await page.getByRole('heading', { level: 1, name: 'What your check-ins show' }).waitFor();
  await page.getByRole('heading', { name: 'Getting more specific' }).waitFor();
  assert.doesNotMatch(await page.textContent('main'), /doctor/, 'nine heavy days: nothing said');
  await finish();

  ({ page, finish } = await open(heavy(12)));
  await page.getByRole('heading', { name: 'The last two weeks' }).waitFor();
  const text = await page.locator('.low-mood').textContent();
  assert.match(text, /low mood/);
  assert.match(text, /talking to your doctor/);
  await checkA11y(page, 'insights with the low-mood word');
  await finish();
});

test('the safety page: more signs, a line for people who recognise them in themselves, help "usually" free', async () => {
  const { page, finish } = await app.open('/safety', { clock: NOW, storage: onboarded() });
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  const signs = await page.locator('section[aria-labelledby="signs"]').textContent();
  for (const s of ['They blame you for the way they treat you.', 'They stop you from working or studying.', 'They break or throw your things.']) {
    assert.ok(signs.includes(s), s);
  }
  assert.match(signs, /if you recognise some of these things in how you treat someone close to you/);
  assert.match(await page.textContent('main'), /Domestic abuse services are usually free and confidential/);
  await finish();
});
