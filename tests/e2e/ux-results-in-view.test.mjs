// After an action, its result is where the person looks: in view between the header and
// the tab bar, with focus on it (so a screen reader says it), on a 390 px phone. One shared
// pattern (ui/arrive.rs): the running break, the ended break (not a telling-off), the lock
// turned on, the next statement of a questionnaire, a saved practice, the first check-in.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded } from './lib/harness.mjs';
import { assertInView, assertFocusIn } from './lib/view.mjs';
import { choice } from './lib/quiz.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const phone = { viewport: { width: 390, height: 844 } };

test('the break: its countdown in view once started; once ended, the ending, not what closes a conversation', async () => {
  const { page, finish } = await app.open('/moment/conflict', { ...phone, storage: onboarded(), clock: new Date('2026-11-29T10:00:00') });
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('heading', { name: 'Say it' }).waitFor();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: '15 minutes' }).check();
  await page.getByRole('button', { name: 'Start the break' }).click();
  const until = page.getByText('Back at 10:15');
  await until.waitFor();
  await assertInView(page, until, 'the time to be back');
  await assertInView(page, page.getByRole('timer'), 'the countdown');
  await assertFocusIn(page, page.locator('.break'), 'the running break');

  await page.getByRole('button', { name: 'End the break without going back' }).click();
  const ended = page.getByRole('heading', { name: 'The break has ended' });
  await ended.waitFor();
  await assertInView(page, ended, '"The break has ended"');
  await assertFocusIn(page, page.getByRole('status').filter({ hasText: 'The break has ended' }), 'the ending');
  assert.equal(await page.getByRole('heading', { name: 'What closes a conversation' }).count(), 0,
    'no list of what not to end a conversation with, right after ending the break');
  await finish();
});

test('turning the lock on: "The lock is on" is in view and has focus', async () => {
  const { page, finish } = await app.open('/settings/lock', { ...phone, storage: onboarded() });
  await page.getByLabel('New passphrase').fill('seven blue kites');
  await page.getByLabel('The same passphrase again').fill('seven blue kites');
  await page.getByLabel('I understand that if I forget this passphrase, my data is gone.').check();
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  const on = page.getByRole('heading', { name: 'The lock is on' });
  await on.waitFor();
  await assertInView(page, on, '"The lock is on"');
  await assertFocusIn(page, page.locator('#lock-on'), 'the lock being on');
  await finish();
});

test('a questionnaire: after an answer, the next statement is in view and has focus', async () => {
  const { page, finish } = await app.open('/quiz/ecr-r', { ...phone, storage: onboarded() });
  await page.locator('#item-text').waitFor();
  // Scrolled as a thumb would leave it: the answers at the bottom of the screen.
  await choice(page, 7).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 400));
  await choice(page, 2).click();
  await page.locator('#item-text').filter({ hasText: /^2\. / }).waitFor();
  await assertInView(page, page.locator('#item-text'), 'statement 2');
  // Focus on the statement itself (read out by its name), not left on an answer button.
  await page.waitForFunction(() => document.activeElement?.id === 'quiz-item', null, { timeout: 3000 }).catch(() => {});
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'quiz-item', 'focus moved to statement 2');
  await finish();
});

test('saving a practice: the program says so where it opens, with the way to the entry', async () => {
  const { page, finish } = await app.open('/practice/expression/log', { ...phone, storage: onboarded(), clock: new Date('2026-11-29T09:00:00') });
  await page.getByLabel('What I did').fill('Told Sam I was looking forward to Friday');
  await page.getByLabel('Met with care').check();
  await page.getByRole('button', { name: 'Save practice' }).click();
  await page.waitForURL('**/practice/expression');
  const saved = page.getByRole('status').filter({ hasText: 'Your practice is saved.' });
  await saved.waitFor();
  await assertInView(page, saved, 'the confirmation');
  await assertFocusIn(page, saved, 'the confirmation');
  await saved.getByRole('button', { name: 'Show it in Recent practices' }).click();
  const entry = page.locator('.practice-list li').first();
  await assertInView(page, page.getByRole('heading', { name: 'Recent practices' }), 'Recent practices');
  assert.match(await entry.textContent(), /Told Sam I was looking forward to Friday/);
  await assertInView(page, entry, 'the practice just saved');
  await finish();
});

test('the first check-in: thanks in view, right under the save, with focus', async () => {
  const { page, finish } = await app.open('/checkin', { ...phone, storage: onboarded('2026-11-29'), clock: new Date('2026-11-29T10:15:00') });
  await page.getByRole('button', { name: 'pleasant', exact: true }).click();
  const save = page.getByRole('button', { name: 'Save check-in' });
  await save.click();
  const thanks = page.getByRole('status').filter({ hasText: 'Thank you for checking in' });
  await thanks.waitFor();
  await thanks.getByText('That was your first check-in.').waitFor();
  await assertInView(page, thanks, 'the thanks');
  await assertFocusIn(page, thanks, 'the thanks');
  // No empty stretch between the button and the thanks.
  const gap = (await thanks.boundingBox()).y - ((await save.boundingBox()).y + (await save.boundingBox()).height);
  assert.ok(gap < 48, `the thanks follows the save button closely (gap ${Math.round(gap)} px)`);
  await finish();
});
