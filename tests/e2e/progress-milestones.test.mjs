// The milestone self-assessment: the current band from the start date, answers that persist,
// and a change shown when the person revisits a month later.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded, checkA11y, ready } from './lib/harness.mjs';
import { local } from './lib/daily.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const MARKER = 'I notice my feelings more, even when I keep them to myself.';

test('the self-assessment persists and shows change a month later', async () => {
  const { page, finish } = await app.open('/progress/milestones', { clock: local('2026-11-20', '10:00'), storage: onboarded('2026-09-01') });
  await page.getByText('You\'re in Months 3–4, counted from 1 Sep 2026.').waitFor();
  await page.getByRole('heading', { name: 'Months 3–4 (where you are now)' }).waitFor();
  await checkA11y(page, 'Milestones');

  const radio = (name) => page.getByRole('group', { name: MARKER }).getByRole('radio', { name });
  await radio('Not yet').check();
  await page.getByRole('button', { name: 'Save my answers' }).click();
  await page.getByText('Saved.').waitFor();
  await page.reload();
  await ready(page);
  assert.equal(await radio('Not yet').isChecked(), true, 'kept across a reload');
  await page.getByText('Last answered on 20 Nov 2026.').waitFor();

  // A month later.
  await page.clock.setSystemTime(local('2026-12-21', '10:00'));
  await page.reload();
  await ready(page);
  await page.getByText("It's a good time to look again.").waitFor();
  await radio('Sometimes').check();
  await page.getByRole('button', { name: 'Save my answers' }).click();
  await page.getByRole('heading', { name: 'What has shifted' }).waitFor();
  assert.match(await page.locator('.changes').innerText(), /grew: Not yet → Sometimes \(since 20 Nov 2026\)/);
  await page.reload();
  await ready(page);
  assert.match(await page.locator('.changes').innerText(), /Not yet → Sometimes/);
  await checkA11y(page, 'Milestones with changes');
  await finish();
});
