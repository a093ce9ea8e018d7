// The check-in leads with the wheel: on a first visit nothing stands between the question
// and the wheel (the seven steps and the depth of the words are one tap away below), the
// body map opens in one tap, typed text reads as ordinary text, and a check-in saved
// without a word reads as what it holds (never "no word").
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, checkA11y, onboarded, storageDump } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const clock = new Date('2026-11-29T10:15:00');

for (const [width, height] of [[390, 844], [320, 640]]) {
  test(`a first check-in at ${width} px: the question, then the wheel, nothing open above it`, async () => {
    const { page, finish } = await app.open('/checkin', { clock, viewport: { width, height }, storage: onboarded('2026-11-23') });
    await page.getByRole('heading', { level: 1, name: 'Check in' }).waitFor();
    const wheel = page.getByRole('button', { name: 'pleasant', exact: true });
    await wheel.waitFor();
    // What lies between the heading and the wheel: the question only.
    const between = await page.evaluate(() => {
      const h1 = document.querySelector('main h1');
      const first = [...document.querySelectorAll('main button')].find((b) => b.textContent.trim() === 'pleasant');
      const seen = [];
      for (const el of document.querySelectorAll('main p, main details, main ol, main [role=group], main fieldset')) {
        const inBetween = (h1.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)
          && (el.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING) && !el.contains(first);
        if (inBetween && el.getClientRects().length) seen.push(el.tagName.toLowerCase() + (el.className ? `.${el.className}` : ''));
      }
      return seen;
    });
    assert.deepEqual(between, ['p.ask'], 'only the question stands between the heading and the wheel');
    const box = await wheel.boundingBox();
    assert.ok(box.y + box.height < height * 0.6, `the wheel's first word is high on the screen (bottom at ${Math.round(box.y + box.height)} of ${height})`);
    // The seven steps are there, folded.
    const steps = page.getByText('The seven steps of a check-in');
    await steps.waitFor();
    assert.equal(await page.getByText('Stop what you\'re doing for a moment.').isVisible(), false, 'the steps start folded');
    await finish();
  });
}

test('the body map is one tap from the check-in, and each further part is its own fold', async () => {
  const { page, finish } = await app.open('/checkin', { clock, storage: onboarded('2026-11-23') });
  await page.getByRole('heading', { level: 1, name: 'Check in' }).waitFor();
  const where = page.getByText('Where do you feel it?');
  assert.equal(await where.isVisible(), true, 'the body map\'s fold is in view without opening another first');
  await where.click();
  await page.getByRole('button', { name: 'Chest' }).click();
  await page.getByRole('group', { name: 'Chest: what do you notice?' }).getByRole('button', { name: 'tight' }).click();
  await page.locator('.checkin-body summary').getByText('1 noted').waitFor();

  // A word of one's own is a fold of its own, not squeezed under the time.
  await page.getByText('A word of your own').click();
  await page.getByLabel('Word', { exact: true }).waitFor();
  await page.getByText('How strong, a note, the time').click();
  const note = page.getByLabel('Note (optional)');
  await note.fill('Long meeting.');
  // Typed text is ordinary text, not the label's bold.
  for (const field of [note, page.getByLabel('Word', { exact: true }), page.getByLabel('Time')]) {
    const weight = await field.evaluate((el) => getComputedStyle(el).fontWeight);
    assert.equal(weight, '400', 'typed text is not bold');
  }
  await checkA11y(page, 'check-in with its folds open');

  // Saved with no word: the list says what it holds.
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.getByRole('status').filter({ hasText: 'Noted' }).waitFor();
  const today = page.getByRole('region', { name: 'Today so far' });
  const item = today.getByRole('link', { name: /^10:15 · / });
  await item.waitFor();
  assert.equal(await item.textContent(), '10:15 · tight chest');
  const bucket = JSON.parse((await storageDump(page))['closer:e:ci:2026-11']);
  assert.deepEqual(bucket[0].b, [['chest', 'tight']]);
  await finish();
});

test('a check-in with only a note reads as its note', async () => {
  const storage = onboarded('2026-11-23', {
    'closer:e:ci:2026-11': JSON.stringify([{ id: 'n-1', t: Math.floor(Date.UTC(2026, 10, 29, 9, 5) / 1000), n: 'Slept badly, calmer now.' }]),
  });
  const { page, finish } = await app.open('/checkin', { clock, storage });
  const today = page.getByRole('region', { name: 'Today so far' });
  await today.getByRole('link', { name: '09:05 · “Slept badly, calmer now.”' }).waitFor();
  assert.doesNotMatch(await page.textContent('main'), /no word/);
  await finish();
});

test('how fine the words go: one choice, folded under the wheel, and it sticks', async () => {
  const { page, finish } = await app.open('/checkin', { clock, storage: onboarded('2026-11-23') });
  await page.getByRole('heading', { level: 1, name: 'Check in' }).waitFor();
  assert.equal(await page.getByText('Week 1:', { exact: true }).count(), 0, 'no wrapping row of depth buttons');
  await page.getByText('How fine the words go: Simple').click();
  const choice = page.getByRole('group', { name: 'How fine the words go' });
  assert.equal(await choice.getByRole('radio', { name: /As my program goes \(week 1: simple\)/ }).isChecked(), true);
  await choice.getByRole('radio', { name: /^Specific/ }).check();
  await page.getByRole('listbox', { name: 'Feelings wheel' }).waitFor();
  await page.getByText('How fine the words go: Specific').waitFor();
  assert.match((await storageDump(page))['closer:d:feel'], /"d":"s"/);
  await choice.getByRole('radio', { name: /As my program goes/ }).check();
  await page.getByRole('button', { name: 'pleasant', exact: true }).waitFor();
  await finish();
});
