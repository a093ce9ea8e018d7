// Every in-the-moment, partner and therapy screen passes axe, in the states people see.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded, checkA11y, storageDump } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('stay present: the steps, the breaths and the five-minute timer', async () => {
  const { page, finish } = await app.open('/moment/present', { storage: onboarded(), clock: new Date('2026-11-29T10:00:00') });
  await page.getByRole('heading', { name: 'Notice', exact: true }).waitFor();
  await checkA11y(page, '/moment/present');
  for (const next of ['Name it', 'Pause', 'Three slow breaths']) {
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: next }).waitFor();
  }
  await page.getByRole('button', { name: 'Start breathing' }).click();
  await page.getByText('Breathe in', { exact: true }).waitFor();
  await page.clock.fastForward('00:31');
  await page.getByText('Three breaths. Well done.').waitFor();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('group', { name: 'Stay five minutes more' }).waitFor();
  await checkA11y(page, '/moment/present (timer)');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('heading', { name: 'Come back' }).waitFor();
  await page.getByRole('link', { name: 'Log this urge' }).waitFor();
  await finish();
});

test('partner: the daily question, a need noticed then met, and the page for partners', async () => {
  const { page, finish } = await app.open('/partner', { storage: onboarded() });
  await page.getByRole('heading', { level: 1, name: "Your partner's needs" }).waitFor();
  await checkA11y(page, '/partner');
  await page.getByRole('radio', { name: 'Presence' }).check();
  await page.getByRole('button', { name: 'Noticed, not met yet' }).click();
  await page.getByText('Today you noticed a need for presence.').waitFor();
  await page.getByRole('button', { name: 'I met it' }).click();
  await page.getByText('Today you noticed a need for presence and met it.').waitFor();
  const needs = Object.entries(await storageDump(page)).filter(([k]) => k.startsWith('closer:e:need:'));
  assert.equal(JSON.parse(needs[0][1]).length, 1, 'marking it met updates the same entry');
  await page.getByText('A need met on 1 of the last seven days.').waitFor();
  await checkA11y(page, '/partner (met)');

  await page.getByRole('link', { name: 'A page for your partner' }).click();
  await page.getByRole('heading', { level: 1, name: 'A page for your partner' }).waitFor();
  await checkA11y(page, '/partner/for-partners');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('button', { name: 'Print this page' }).isVisible(), false, 'no buttons on paper');
  assert.equal(await page.locator('header').first().isVisible(), false, 'no app header on paper');
  await page.getByRole('heading', { name: 'When to think again' }).waitFor();
  await finish();
});

test('therapy: approaches, checklist, and the questions lead to a suggestion', async () => {
  const { page, finish } = await app.open('/therapy', { storage: onboarded() });
  await page.getByRole('heading', { level: 1, name: 'Working with a therapist' }).waitFor();
  await checkA11y(page, '/therapy');
  await page.getByRole('group', { name: 'Are you in a committed relationship?' }).getByRole('radio', { name: 'Yes' }).check();
  await page.getByRole('group', { name: 'Do you ever feel afraid of your partner, or unsafe with them?' }).getByRole('radio', { name: 'No' }).check();
  await page.getByRole('group', { name: 'Would your partner be willing to come to sessions?' }).getByRole('radio', { name: 'Yes' }).check();
  for (const q of ['Is knowing what you feel, in the moment, still hard for you?', 'Is your pulling away strong, most of the time?', 'Is there past hurt or trauma you want to work through?']) {
    await page.getByRole('group', { name: q }).getByRole('radio', { name: 'No' }).check();
  }
  await page.getByRole('group', { name: 'Is the distance putting real strain on your relationship?' }).getByRole('radio', { name: 'Yes' }).check();
  await page.getByRole('status').getByRole('heading', { name: 'Couples therapy' }).waitFor();
  await checkA11y(page, '/therapy (suggestion)');
  await finish();
});
