// The feelings wheel works with a keyboard alone (week 9: all three rings), passes axe
// in light and dark, and offers the same words as a plain list.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, checkA11y, onboarded, storageDump } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

async function tabTo(page, predicate, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate)) return;
  }
  throw new Error('never reached by Tab');
}

test('choose a nuanced word and save, keyboard only', async () => {
  const { page, finish } = await app.open('/checkin', { clock: new Date('2026-11-29T18:00:00'), storage: onboarded('2026-09-28') });
  const wheel = page.getByRole('listbox', { name: 'Feelings wheel' });
  await wheel.waitFor();
  await checkA11y(page, 'wheel, three rings');

  await tabTo(page, () => document.activeElement?.getAttribute('role') === 'listbox');
  // joyful → peaceful (around), → content (outward), → satisfied (outward), → content (inward).
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  assert.equal(await wheel.getByRole('option', { name: 'comfortable' }).getAttribute('aria-selected'), 'true');
  await page.getByText('I feel: comfortable').waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await page.getByText('I feel: comfortable, content').waitFor();

  await tabTo(page, () => document.activeElement?.textContent === 'Save check-in');
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Noted' }).waitFor();
  const bucket = JSON.parse((await storageDump(page))['closer:e:ci:2026-11']);
  assert.deepEqual(bucket[0].w, ['comfortable', 'content']);
  await finish();
});

test('the plain list holds the same words; depth can be changed by hand; dark mode passes axe', async () => {
  const { page, finish } = await app.open('/checkin', { colorScheme: 'dark', storage: onboarded('2026-11-23') });
  // Week 1 → simple; go deeper by hand and it stays.
  assert.equal(await page.getByRole('listbox', { name: 'Feelings wheel' }).count(), 0);
  await page.getByText('How fine the words go: Simple').click();
  await page.getByRole('radio', { name: /^Specific/ }).check();
  const wheel = page.getByRole('listbox', { name: 'Feelings wheel' });
  await wheel.waitFor();
  // The wheel opens one core feeling at a time; the list holds every word of the depth.
  assert.equal(await wheel.getByRole('option').count(), 6);
  await wheel.getByRole('option', { name: 'scared' }).click();
  assert.equal(await wheel.getByRole('option').count(), 1 + 6);
  await page.getByRole('button', { name: 'All feelings' }).click();
  assert.equal(await wheel.getByRole('option').count(), 6);
  await page.getByText('All words as a list').click();
  assert.equal(await page.locator('.wheel-list').getByRole('button').count(), 6 + 36);
  await page.getByRole('group', { name: 'How fine the words go' }).waitFor();
  await page.getByRole('region', { name: 'scared' }).getByRole('button', { name: 'anxious' }).click();
  await wheel.getByRole('option', { name: 'scared' }).click();
  assert.equal(await wheel.getByRole('option', { name: 'anxious' }).getAttribute('aria-selected'), 'true');
  await checkA11y(page, 'wheel in dark mode with the list open');

  // A word of one's own, filed under a core feeling, chosen at once.
  await page.getByText('A word of your own').click();
  await page.getByLabel('Word', { exact: true }).fill('Wistful');
  await page.getByLabel('Closest to').selectOption('sad');
  await page.getByRole('button', { name: 'Add word' }).click();
  await page.getByText('I feel: anxious, wistful').waitFor();
  assert.deepEqual(JSON.parse((await storageDump(page))['closer:d:feel']).o, [{ w: 'wistful', c: 'sad' }]);
  await checkA11y(page, 'check-in with everything open');

  await page.reload();
  await page.getByRole('listbox', { name: 'Feelings wheel' }).waitFor();
  assert.match((await storageDump(page))['closer:d:feel'], /"d":"s"/);
  await page.getByRole('group', { name: 'Your own words' }).getByRole('button', { name: 'wistful' }).waitFor();
  await page.getByText('A word of your own').click();
  await page.getByRole('button', { name: 'Remove “wistful” from your words' }).click();
  assert.equal(await page.getByRole('group', { name: 'Your own words' }).count(), 0);
  await finish();
});
