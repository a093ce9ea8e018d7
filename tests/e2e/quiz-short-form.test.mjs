// The ECR-RS about one named person: choose who, answer nine statements, see the scores
// without a population comparison, and a retake date a month on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, checkA11y, onboarded } from './lib/harness.mjs';
import { answerByClick, finishQuestionnaire, shownScores, storedAttempts } from './lib/quiz.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('short form about a partner, with the monthly retake suggestion', async () => {
  const { page, finish } = await app.open('/quiz/ecr-rs', { clock: new Date('2026-11-29T09:00:00'), storage: onboarded() });
  await page.getByRole('heading', { level: 1, name: 'The short form (ECR-RS)' }).waitFor();
  await checkA11y(page, 'ECR-RS: who');
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByText('Choose who you\'ll answer about to begin.').waitFor();
  await page.getByLabel('A partner').check();
  await page.getByLabel('Their name or a nickname (optional)').fill('Sam');
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.locator('#item-text').waitFor();
  assert.match(await page.textContent('main'), /About Sam \(a partner\)/);
  await checkA11y(page, 'ECR-RS: statements');

  // Avoidance: (8-3)+(8-2)+(8-4)+(8-2)+6+5 = 32/6 = 5.3; anxiety (4+3+5)/3 = 4.0
  await answerByClick(page, [3, 2, 4, 2, 6, 5, 4, 3, 5]);
  await finishQuestionnaire(page);
  assert.deepEqual(await shownScores(page), { anxiety: '4.0', avoidance: '5.3' });
  const main = await page.textContent('main');
  assert.match(main, /Fraley, R\. C\., Heffernan, M\. E\., Vicary, A\. M\., & Brumbaugh, C\. C\. \(2011\)/);
  assert.match(main, /Not a diagnosis/);
  assert.match(main, /closest to dismissive-avoidant, near the line with fearful-avoidant/);
  assert.match(main, /29 Dec 2026 or later/);
  const [a] = await storedAttempts(page);
  assert.deepEqual([a.q, a.r, a.n, a.a], ['rs', 'pa', 'Sam', '324265435']);
  await finish();
});
