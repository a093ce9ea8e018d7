// Progress: charts of what the app recorded, each with a sentence, "progress isn't linear"
// where a line went down, and the pitfall self-check with its kind responses.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded, checkA11y, ready } from './lib/harness.mjs';
import { at, local } from './lib/daily.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('charts say what they show, and a dip is met kindly', async () => {
  // Week 1: three check-ins, week 2: one, week 3 (now): one.
  const ci = [['2026-11-02', 'calm'], ['2026-11-03', 'tense'], ['2026-11-04', 'glad'], ['2026-11-10', 'sad'], ['2026-11-17', 'calm']]
    .map(([d, w], i) => ({ id: `c${i}`, t: at(d, 9), w: [w] }));
  const storage = onboarded('2026-11-02', { 'closer:e:ci:2026-11': JSON.stringify(ci) });
  const { page, finish } = await app.open('/progress', { clock: local('2026-11-18', '10:00'), storage });
  await page.getByRole('heading', { name: 'Where you are: Months 1–2' }).waitFor();
  const fig = page.getByRole('figure').filter({ hasText: 'Feeling check-ins' });
  const caption = await fig.locator('figcaption').innerText();
  assert.match(caption, /5 check-ins in all: 3 in week 1 and 1 in week 3\./);
  assert.match(caption, /Progress isn't linear/);
  await page.getByRole('img', { name: 'Feeling check-ins' }).waitFor();
  await checkA11y(page, 'Progress');
  await finish();
});

test('the pitfall self-check answers kindly and remembers', async () => {
  const { page, finish } = await app.open('/progress/pitfalls', { clock: local('2026-11-18', '10:00'), storage: onboarded('2026-11-02') });
  await page.getByText('A good time for this check.').waitFor();
  await checkA11y(page, 'Pitfall self-check');
  await page.getByRole('checkbox', { name: /Stopping when it gets uncomfortable/ }).check();
  await page.getByRole('button', { name: 'Save this check' }).click();
  await page.getByRole('heading', { name: 'Your check on 18 Nov 2026' }).waitFor();
  await page.getByText('Step back to an easier practice for a few days instead of stopping.').waitFor();
  await page.reload();
  await ready(page);
  await page.getByText(/Next suggested around 16 Dec 2026/).waitFor();
  await page.getByText("Discomfort means you're at the edge of what you know.", { exact: false }).waitFor();
  await checkA11y(page, 'Pitfall self-check, answered');
  await finish();
});
