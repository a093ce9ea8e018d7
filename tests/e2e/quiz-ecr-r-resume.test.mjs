// A half-finished ECR-R is saved as it goes and picks up where it stopped after a reload;
// going back to change an answer keeps the others.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, ready, onboarded, storageDump } from './lib/harness.mjs';
import { answerByClick, choice, openQuestionnaire, progressText, finishQuestionnaire, shownScores } from './lib/quiz.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('resume a half-finished attempt after reload, change an answer, finish', async () => {
  const { page, finish } = await app.open('/quiz', { storage: onboarded() });
  await openQuestionnaire(page, '/quiz/ecr-r');
  await answerByClick(page, Array(18).fill(2));
  assert.equal(await progressText(page), 'Statement 19 of 36 · 18 answered');
  const draft = JSON.parse((await storageDump(page))['closer:d:quiz']);
  assert.equal(draft.r.a, '2'.repeat(18) + '-'.repeat(18));

  await page.reload();
  await ready(page);
  await page.locator('#item-text').waitFor();
  assert.match(await page.textContent('main'), /Welcome back\. You've answered 18 of 36/);
  assert.equal(await progressText(page), 'Statement 19 of 36 · 18 answered');
  assert.match(await page.locator('#item-text').textContent(), /I prefer not to show a partner how I feel deep down\./);

  // The hub says there is an attempt to continue.
  await page.goto('/quiz');
  await ready(page);
  await page.getByRole('link', { name: 'Continue the ECR-R' }).click();
  await page.locator('#item-text').waitFor();

  // Back, forward, and back again: item 18 shows its answer, which can be changed.
  await page.getByRole('button', { name: 'Previous' }).click();
  assert.equal(await progressText(page), 'Statement 18 of 36 · 18 answered');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  assert.equal(await progressText(page), 'Statement 19 of 36 · 18 answered');
  await page.getByRole('button', { name: 'Previous' }).click();
  assert.equal(await progressText(page), 'Statement 18 of 36 · 18 answered');
  assert.equal(await choice(page, 2).getAttribute('aria-pressed'), 'true');
  await choice(page, 6).click();
  await page.waitForFunction(() => document.getElementById('quiz-progress-text').textContent.startsWith('Statement 19'));

  await answerByClick(page, Array(18).fill(2));
  await finishQuestionnaire(page);
  // Anxiety: items 1–17 = 2 except reversed 9, 11 (8-2 = 6): (15·2 + 2·6 + 6)/18 = 48/18 = 2.67.
  // Avoidance: 6 straight items = 2, 12 reversed = 6: (12 + 72)/18 = 84/18 = 4.67.
  assert.deepEqual(await shownScores(page), { anxiety: '2.7', avoidance: '4.7' });
  assert.equal((await storageDump(page))['closer:d:quiz'], '{}', 'the finished draft is cleared');
  await finish();
});
