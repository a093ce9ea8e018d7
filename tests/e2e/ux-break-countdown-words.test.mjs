// The break's countdown says what is left in words ("15 min left"), visibly: a bare
// "14:44" under "Back at 10:15" reads like a clock time, and mid-argument like being late.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('the break counts down in minutes, in words, on screen', async () => {
  const { page, finish } = await app.open('/moment/conflict', { storage: onboarded(), clock: new Date('2026-11-29T10:00:00') });
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: '15 minutes' }).check();
  await page.getByRole('button', { name: 'Start the break' }).click();
  await page.getByText('Back at 10:15').waitFor();
  const timer = page.getByRole('timer');
  await page.waitForFunction(() => /15 min left/.test(document.querySelector('[role=timer]')?.textContent || ''));
  assert.ok(await timer.isVisible(), 'shown, not only read out');
  assert.doesNotMatch(await timer.textContent(), /\d+:\d\d/, 'no minutes-and-seconds clock');

  await page.clock.fastForward('05:20');
  await page.waitForFunction(() => /^\s*10 min left\s*$/.test(document.querySelector('[role=timer]')?.textContent || ''));
  // Still read out precisely.
  assert.match(await timer.getAttribute('aria-label'), /^9 minutes \d+ seconds left$/);
  await finish();
});
