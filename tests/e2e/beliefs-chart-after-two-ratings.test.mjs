// Ratings over time: no chart for a single rating, a two-line chart (with its sentence)
// once there are two, and a review adds to it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, checkA11y, onboarded } from './lib/harness.mjs';
import { sheetWithNewBelief, worksheetBuckets } from './beliefs-helpers.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('the chart appears after two ratings and grows with each review', async () => {
  const sheet = sheetWithNewBelief('w-chart');
  const { page, finish } = await app.open('/beliefs/w-chart', { storage: onboarded(undefined, worksheetBuckets([sheet])) });
  await page.getByRole('heading', { level: 1, name: 'Belief worksheet' }).waitFor();
  const chart = page.getByRole('img', { name: 'Belief strength over time' });
  assert.equal(await chart.count(), 0, 'one rating: no chart yet');
  await page.getByText('After two ratings, a small chart shows').waitFor();
  await checkA11y(page, 'worksheet, rating due');

  // The new belief was written but not yet rated: the worksheet asks.
  await page.getByRole('group', { name: /You've written a new belief/ }).waitFor();
  await page.getByLabel('How much do you believe the old belief right now?').fill('60');
  await page.getByLabel('How much do you believe the new belief right now?').fill('35');
  await page.getByRole('button', { name: 'Save rating' }).click();

  await chart.waitFor();
  assert.equal(await page.locator('.chart polyline').count(), 2, 'two lines: old and new');
  assert.match(await page.locator('figure.chart').textContent(), /The old belief went from 80 % to 60 %, and the new belief was rated 35 % over 2 ratings\./);
  await checkA11y(page, 'worksheet with chart');

  await page.getByRole('button', { name: 'Rate them again' }).click();
  await page.getByLabel('How much do you believe the old belief right now?').fill('40');
  await page.getByLabel('How much do you believe the new belief right now?').fill('55');
  await checkA11y(page, 'worksheet, review open');
  await page.getByRole('button', { name: 'Save rating' }).click();
  await page.getByRole('status').filter({ hasText: 'Rating saved.' }).waitFor();
  assert.match(await page.locator('figure.chart').textContent(), /from 80 % to 40 %, and the new belief from 35 % to 55 % over 3 ratings/);
  await finish();
});
