// The whole ECR-R can be completed with the keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded } from './lib/harness.mjs';
import { alternating, openQuestionnaire, progressText, shownScores } from './lib/quiz.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('keyboard only: number keys answer, Tab and Enter reach every control', async () => {
  const { page, finish } = await app.open('/quiz', { storage: onboarded() });
  await openQuestionnaire(page, '/quiz/ecr-r');

  // Tab to the first answer button and press it with Enter.
  await page.keyboard.press('Tab');
  for (let i = 0; i < 40; i++) {
    const name = await page.evaluate(() => document.activeElement?.textContent?.trim());
    if (name === '1 Strongly disagree') break;
    await page.keyboard.press('Tab');
  }
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), '1 Strongly disagree');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('quiz-progress-text').textContent.includes('1 answered'));

  // The rest with the number keys.
  const rest = alternating(36).slice(1);
  for (const [i, v] of rest.entries()) {
    await page.keyboard.press(String(v));
    await page.waitForFunction((n) => document.getElementById('quiz-progress-text').textContent.endsWith(`${n} answered`), i + 2);
  }
  assert.equal(await progressText(page), 'Statement 36 of 36 · 36 answered');

  // Tab to "See my results" and press Enter.
  for (let i = 0; i < 40; i++) {
    const name = await page.evaluate(() => document.activeElement?.textContent?.trim());
    if (name === 'See my results') break;
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/quiz\/result\//);
  assert.deepEqual(await shownScores(page), { anxiety: '4.7', avoidance: '3.3' });
  await finish();
});
