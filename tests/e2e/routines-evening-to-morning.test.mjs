// The evening's "tomorrow" intention is waiting in the next morning's routine and on Today.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded, checkA11y, ready } from './lib/harness.mjs';
import { local } from './lib/daily.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('the evening intention appears the next morning', async () => {
  const { page, finish } = await app.open('/evening', { clock: local('2026-11-20', '21:30'), storage: onboarded('2026-11-02') });
  await page.getByRole('heading', { level: 1, name: 'Evening routine' }).waitFor();
  await checkA11y(page, 'Evening routine');
  await page.getByLabel(/Where did I let someone see me today/).fill('I told Sam I was tired.');
  await page.getByRole('button', { name: 'Next step' }).click();
  await page.getByRole('heading', { name: 'Small wins' }).waitFor();
  await page.getByRole('button', { name: 'Skip this step' }).click();
  await page.getByRole('button', { name: 'Skip this step' }).click();
  await page.getByLabel('What will I practise tomorrow?').fill('Ask Sam for a hug');
  await page.getByRole('button', { name: 'Finish' }).click();
  await page.getByText("Tomorrow morning you'll find:").waitFor();
  await checkA11y(page, 'Evening routine, finished');

  // The next morning.
  await page.clock.setSystemTime(local('2026-11-21', '07:30'));
  await page.goto('/morning');
  await ready(page);
  await page.getByRole('button', { name: 'Next step' }).click();
  await page.getByText('Last night you chose:').waitFor();
  assert.equal(await page.getByLabel('What small, brave thing will I try today?').inputValue(), 'Ask Sam for a hug');
  await checkA11y(page, 'Morning routine, intention');

  await page.goto('/');
  await ready(page);
  await page.getByText('More for today').click();
  await page.getByRole('heading', { name: "Today's intention" }).waitFor();
  assert.equal(await page.locator('.today-intention').innerText(), 'Ask Sam for a hug');
  await finish();
});
