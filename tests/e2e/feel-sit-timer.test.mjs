// Sitting with a feeling: the timer runs to the end (a controlled clock, one minute),
// and the intensity before and after is stored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, checkA11y, ready, onboarded, storageDump } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('one minute with a feeling: before 7, after 4, stored and shown', async () => {
  const { page, finish } = await app.open('/sit', { clock: new Date('2026-11-29T20:00:00'), storage: onboarded('2026-11-02') });
  await page.getByRole('heading', { level: 1, name: 'Sit with a feeling' }).waitFor();
  await checkA11y(page, 'sit, before');
  await page.getByLabel('The feeling (optional)').fill('Disappointed');
  await page.getByLabel(/How strong is it now/).fill('7');
  await page.getByLabel('Minutes').fill('1');
  await page.getByRole('button', { name: "I'm ready" }).click();

  await page.getByRole('timer').waitFor();
  await page.getByText('Feelings aren\'t dangerous. They pass.').waitFor();
  await checkA11y(page, 'sit, timer running');
  await page.clock.runFor(61_000);
  await page.getByText('You stayed with it.').first().waitFor();
  await page.getByLabel(/How strong is it now/).fill('4');
  await checkA11y(page, 'sit, after');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('status').filter({ hasText: 'It eased by 3 (from 7 to 4).' }).waitFor();

  const sits = JSON.parse((await storageDump(page))['closer:e:sit:2026-11']);
  assert.equal(sits.length, 1);
  assert.equal(sits[0].b, 7);
  assert.equal(sits[0].a, 4);
  assert.equal(sits[0].p, 60);
  assert.ok(sits[0].s >= 60, `sat the whole minute (${sits[0].s}s)`);
  assert.equal(sits[0].w, 'disappointed');
  const prefs = JSON.parse((await storageDump(page))['closer:d:feel']);
  assert.equal(prefs.m, 1, 'the chosen length is remembered');

  await page.reload();
  await ready(page);
  const recent = page.getByRole('region', { name: 'Recent sittings' });
  assert.match(await recent.textContent(), /disappointed · It eased by 3/);
  assert.equal(await page.getByLabel('Minutes').inputValue(), '1');
  await finish();
});

test('the breathing cue stays still under reduced motion', async () => {
  const { page, finish } = await app.open('/sit', { reducedMotion: 'reduce', clock: new Date('2026-11-29T20:00:00'), storage: onboarded('2026-11-02') });
  await page.getByRole('button', { name: "I'm ready" }).click();
  const dot = page.locator('.breath-dot');
  await dot.waitFor();
  assert.equal(await dot.evaluate((el) => getComputedStyle(el).animationName), 'none');
  assert.equal(await dot.textContent(), 'Breathe in');
  await page.clock.runFor(5_000);
  assert.equal(await dot.textContent(), 'Breathe out', 'the words still guide the breath');
  await finish();
});
