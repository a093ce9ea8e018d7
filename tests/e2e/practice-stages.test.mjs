// Practice programs: the stage follows the start date, the person can move on or step
// back by hand (nothing is locked), a step that hurt is met with care, and a stage that
// got easier suggests the next one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, checkA11y, ready, onboarded } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const NOW = new Date('2026-11-29T09:00:00');
const day = (iso) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86400000);
const at = (iso, minute = 600) => day(iso) * 86400 + minute * 60;

test('the calendar sets the stage and a move by hand sticks across reloads', async () => {
  // Started 2026-11-02: 29 Nov is in week 4.
  const { page, finish } = await app.open('/practice/micro', { clock: NOW, storage: onboarded('2026-11-02') });
  await page.getByRole('heading', { name: 'Where you are: Weeks 3–4, asking for small things' }).waitFor();
  assert.match(await page.textContent('main'), /Weeks 5–6 begins on Monday 30 November/);

  // Nothing is locked: jump ahead two stages.
  await page.getByRole('button', { name: 'Move on to Weeks 7–8' }).click();
  await page.getByRole('status').filter({ hasText: "You're now at Weeks 7–8." }).waitFor();
  await page.getByRole('heading', { name: 'Where you are: Weeks 7–8, saying how you feel' }).waitFor();
  await page.reload();
  await ready(page);
  await page.getByRole('heading', { name: 'Where you are: Weeks 7–8, saying how you feel' }).waitFor();
  // The stage has its full two weeks from today.
  assert.match(await page.textContent('main'), /Week 9 and on begins on Sunday 13 December/);

  await page.getByRole('button', { name: 'Step back to Weeks 1–2' }).click();
  await page.getByRole('heading', { name: 'Where you are: Weeks 1–2, being there' }).waitFor();
  await checkA11y(page, 'program view after a move');
  await finish();
});

test('a practice that hurt gets care and a choice to stay or step back', async () => {
  const progress = JSON.stringify({ m: { ex: [{ t: at('2026-11-20'), s: 1 }] } });
  const { page, finish } = await app.open('/practice/expression/log', {
    clock: NOW,
    storage: onboarded('2026-11-02', { 'closer:d:practice': progress }),
  });
  await page.getByLabel('What I did').fill('Said the remark stung');
  await page.getByLabel('It hurt').check();
  await page.getByRole('button', { name: 'Save practice' }).click();
  await page.waitForURL('**/practice/expression');
  await page.getByRole('heading', { name: 'Be gentle with yourself' }).waitFor();
  assert.match(await page.textContent('main'), /took courage to try/);
  assert.equal(await page.getByRole('button', { name: 'Save as a win' }).count(), 0, 'a hurt is not offered as a win');
  await checkA11y(page, 'care after a hurt');

  await page.getByRole('button', { name: 'Stay at Level 2' }).click();
  await page.getByRole('status').filter({ hasText: "You're staying at Level 2 a little longer." }).waitFor();
  // The care card goes once the choice is saved (it may take a frame after the status).
  await page.getByRole('heading', { name: 'Be gentle with yourself' }).waitFor({ state: 'detached' });
  await page.getByRole('heading', { name: 'Where you are: Level 2, feelings with a little risk' }).waitFor();
  await finish();
});

test('three easy practices at a level suggest the next one', async () => {
  const logs = [1, 2, 3].map((i) => ({ id: `p${i}`, t: at(`2026-11-2${i}`), p: 'ex', d: `share ${i}`, b: 3, a: 2, o: 'c' }));
  const { page, finish } = await app.open('/practice/expression', {
    clock: NOW,
    storage: onboarded('2026-11-02', { 'closer:e:practice:2026-11': JSON.stringify(logs) }),
  });
  await page.getByRole('heading', { name: "It's getting easier" }).waitFor();
  await checkA11y(page, 'suggestion');
  await page.getByRole('button', { name: 'Try Level 2' }).click();
  await page.getByRole('heading', { name: 'Where you are: Level 2, feelings with a little risk' }).waitFor();
  await page.getByRole('heading', { name: "It's getting easier" }).waitFor({ state: 'detached' });
  await finish();
});
