// Every "Questionnaires" and "Understand" screen passes axe; the quick reflection gives a
// gentle count; an attempt can be deleted only after confirming.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, checkA11y, ready, onboarded } from './lib/harness.mjs';
import { storedAttempts } from './lib/quiz.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('quick reflection: seven questions, a gentle result, then delete it with confirmation', async () => {
  const { page, finish } = await app.open('/quiz', { clock: new Date('2026-11-29T09:00:00'), storage: onboarded() });
  await page.getByRole('heading', { level: 1, name: 'Questionnaires' }).waitFor();
  await checkA11y(page, 'quiz hub');
  await page.getByRole('link', { name: 'Quick reflection' }).click();
  await page.getByRole('heading', { level: 1, name: 'Quick reflection' }).waitFor();
  await checkA11y(page, 'reflection');

  const groups = page.locator('main form').getByRole('group');
  assert.equal(await groups.count(), 7);
  await page.getByRole('button', { name: 'See what this may suggest' }).click();
  await page.getByText('7 questions are still unanswered.').waitFor();
  for (let i = 0; i < 7; i++) await groups.nth(i).getByLabel(i < 5 ? 'Yes' : 'No').check();
  await page.getByRole('button', { name: 'See what this may suggest' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your quick reflection' }).waitFor();
  const main = await page.textContent('main');
  assert.match(main, /You answered yes to 5 of 7\./);
  assert.match(main, /not a diagnosis/);
  await checkA11y(page, 'reflection result');

  await page.goto('/quiz/history');
  await ready(page);
  await page.getByRole('button', { name: 'Delete 29 Nov 2026 · Quick reflection' }).click();
  await page.getByText('Delete this attempt? This can\'t be undone.').waitFor();
  await checkA11y(page, 'history, confirming delete');
  await page.getByRole('button', { name: 'Keep it' }).click();
  assert.equal((await storedAttempts(page)).length, 1, 'keeping it keeps it');
  await page.getByRole('button', { name: 'Delete 29 Nov 2026 · Quick reflection' }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await page.getByText('No attempts yet.').waitFor();
  assert.equal((await storedAttempts(page)).length, 0);
  await finish();
});

test('the understanding chapter: contents, four sections, each with a next step', async () => {
  const { page, finish } = await app.open('/understand', { storage: onboarded() });
  await page.getByRole('heading', { level: 1, name: 'Understand the pattern' }).waitFor();
  await checkA11y(page, 'understand');
  const sections = [
    ['What the pattern looks like', /deactivating strategies/],
    ['Where it began', /How it carries into adult life/],
    ['The hidden costs', /Feeling alone[\s\S]*Relationships that don't satisfy[\s\S]*Losing touch with yourself[\s\S]*Experiences you miss/],
    ['Origins without self-blame', /not broken/],
  ];
  for (const [title, text] of sections) {
    await page.goto('/understand');
    await ready(page);
    await page.getByRole('link', { name: title, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    assert.match(await page.textContent('main'), text);
    assert.equal(await page.locator('.next-step a').count(), 1, `${title} has a next step`);
    const href = await page.locator('.next-step a').getAttribute('href');
    assert.match(href, /^\/[a-z]/);
    await checkA11y(page, title);
  }
  await page.goto('/understand/nope');
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'Nothing here' }).waitFor();
  await page.goto('/quiz/result/missing');
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'Result not found' }).waitFor();
  await page.goto('/quiz/history');
  await ready(page);
  await checkA11y(page, 'empty history');
  await finish();
});
