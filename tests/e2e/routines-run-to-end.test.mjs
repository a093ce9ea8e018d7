// A routine runs to its end on a controlled clock: each step's timer (shortened with the
// "shorter version" choice) runs out, can be paused, and what was written is kept.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded, checkA11y, ready } from './lib/harness.mjs';
import { local } from './lib/daily.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('the morning routine runs to the end and is done on Today', async () => {
  const { page, finish } = await app.open('/morning', { clock: local('2026-11-20', '07:00'), storage: onboarded('2026-11-02') });
  await page.getByRole('heading', { level: 1, name: 'Morning routine' }).waitFor();
  await checkA11y(page, 'Morning routine');
  await page.getByLabel(/Shorter version/).check();

  const minutes = [2, 2, 3, 3];
  for (const [i, m] of minutes.entries()) {
    await page.getByText(`Step ${i + 1} of 4`).waitFor();
    await page.getByRole('button', { name: 'Start' }).click();
    if (i === 0) {
      // Pause holds the time.
      await page.clock.runFor(10_000);
      await page.getByRole('button', { name: 'Pause' }).click();
      const before = await page.getByRole('timer').innerText();
      await page.clock.runFor(60_000);
      assert.equal(await page.getByRole('timer').innerText(), before, 'paused time does not run');
      await page.getByRole('button', { name: 'Resume' }).click();
      await page.getByLabel('What am I feeling as this day begins?').fill('A bit flat');
    }
    if (i === 2) await page.getByText('Read these slowly').waitFor();
    if (i === 3) await page.getByLabel(/Who is one person I'm grateful for/).fill('Sam, for the coffee');
    await page.clock.runFor(m * 30_000 + 1_000);
    await page.getByText("Time's up for this step.").waitFor();
    await page.getByRole('button', { name: i === 3 ? 'Finish' : 'Next step' }).click();
  }
  await page.getByRole('heading', { name: 'Your morning is set' }).waitFor();
  const done = await page.locator('.answers').innerText();
  assert.match(done, /A bit flat/);
  assert.match(done, /Sam, for the coffee/);

  await page.goto('/');
  await ready(page);
  assert.match(await page.locator('.routine-links').innerText(), /Morning routine\s*Done today/);
  await page.getByText('More for today').click();
  await page.getByText('You practised on 1 day this month.').waitFor();
  await finish();
});
