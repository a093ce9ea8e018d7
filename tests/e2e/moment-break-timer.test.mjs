// The conflict break: the agreed time runs (shortened here with a controlled clock) and
// ends with the call to go back; the break is logged with whether they came back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded, checkA11y, storageDump } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const conflicts = async (page) =>
  Object.entries(await storageDump(page)).filter(([k]) => k.startsWith('closer:e:conflict:')).flatMap(([, v]) => JSON.parse(v));

test('break timer: thirty minutes by default, then the return prompt, then logged as came back', async () => {
  const { page, finish } = await app.open('/moment/conflict', { storage: onboarded(), clock: new Date('2026-11-29T10:00:00') });
  await page.getByRole('heading', { level: 1, name: 'Stay in the conversation' }).waitFor();
  await checkA11y(page, '/moment/conflict');

  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('heading', { name: 'Say it' }).waitFor();

  // Their own words are kept.
  await page.getByRole('button', { name: 'Change these words' }).click();
  await page.getByLabel('In your own words').fill('I need a breather, and I will be back.');
  await page.getByRole('button', { name: 'Keep my words' }).click();
  await page.getByText('I need a breather, and I will be back.').waitFor();

  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('heading', { name: 'Agree a time' }).waitFor();
  assert.ok(await page.getByRole('radio', { name: '30 minutes' }).isChecked(), '30 minutes by default');
  await page.getByRole('button', { name: 'Start the break' }).click();
  await page.getByRole('heading', { name: 'Use the break well' }).waitFor();
  await page.getByText('Back at 10:30').waitFor();
  assert.equal((await conflicts(page)).length, 1, 'logged as the break starts');
  assert.equal((await conflicts(page))[0].r, undefined);
  await checkA11y(page, '/moment/conflict (break)');

  // A reload mid-break keeps the time.
  await page.clock.fastForward('10:00');
  await page.reload();
  await page.getByText('Back at 10:30').waitFor();
  await page.getByRole('timer', { name: /^(19|20) minutes/ }).waitFor();

  await page.clock.fastForward('20:05');
  await page.getByRole('alert').filter({ hasText: 'The time you agreed is up' }).waitFor();
  await checkA11y(page, '/moment/conflict (time to go back)');

  await page.getByRole('button', { name: "I'm going back now" }).click();
  await page.getByRole('heading', { name: 'Come back', exact: true }).waitFor();
  const [logged] = await conflicts(page);
  assert.equal(logged.m, 30);
  assert.ok(logged.r - logged.t >= 30 * 60, 'came back after the agreed time');

  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Finish' }).click();
  await page.getByRole('heading', { name: 'You stayed with it' }).waitFor();
  await finish();
});

test('break timer: the call back reaches other screens of the app', async () => {
  const { page, finish } = await app.open('/moment/conflict', { storage: onboarded(), clock: new Date('2026-11-29T10:00:00') });
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: '15 minutes' }).check();
  await page.getByRole('button', { name: 'Start the break' }).click();
  await page.getByRole('link', { name: 'Do the 5-4-3-2-1 grounding' }).click();
  await page.getByRole('heading', { level: 1, name: 'Grounding: 5-4-3-2-1' }).waitFor();
  await page.clock.fastForward('15:01');
  await page.getByRole('alert').filter({ hasText: 'The break you agreed is over.' }).waitFor();
  await page.getByRole('link', { name: 'Open your break' }).click();
  await page.getByRole('alert').filter({ hasText: 'The time you agreed is up' }).waitFor();
  await finish();
});
