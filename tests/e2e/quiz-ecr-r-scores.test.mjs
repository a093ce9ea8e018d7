// The ECR-R answered with a fixed pattern shows the hand-computed scores, survives a
// reload in the history, and a second attempt draws a two-point trajectory.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, checkA11y, ready, onboarded } from './lib/harness.mjs';
import { alternating, answerByClick, openQuestionnaire, shownScores, finishQuestionnaire, storedAttempts } from './lib/quiz.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('fixed answers give the hand-computed scores, kept in history and joined as a trajectory', async () => {
  const { page, finish } = await app.open('/quiz', { clock: new Date('2026-10-04T10:00:00'), storage: onboarded() });
  await page.getByRole('heading', { level: 1, name: 'Questionnaires' }).waitFor();
  await page.getByRole('link', { name: 'The ECR-R questionnaire' }).click();
  await page.locator('#item-text').waitFor();
  assert.match(await page.locator('#item-text').textContent(), /I'm afraid that I will lose my partner's love\./);

  // 1, 7, 1, 7, …: anxiety 84/18 = 4.67, avoidance 60/18 = 3.33 (see domain::questionnaire tests).
  await answerByClick(page, alternating(36));
  await finishQuestionnaire(page);
  assert.deepEqual(await shownScores(page), { anxiety: '4.7', avoidance: '3.3' });
  const main = await page.textContent('main');
  assert.match(main, /Not a diagnosis/);
  assert.match(main, /Fraley, R\. C\., Waller, N\. G\., & Brennan, K\. A\. \(2000\)/);
  assert.match(main, /closest to anxious-preoccupied/);
  assert.match(main, /somewhat higher than the average of people who took it/);
  assert.equal(await page.locator('.attachment-map circle.point').count(), 1);
  await checkA11y(page, 'ECR-R result');

  const stored = await storedAttempts(page);
  assert.equal(stored.length, 1);
  assert.equal(stored[0].q, 'r');
  assert.equal(stored[0].a, '17'.repeat(18), 'answers stored compactly, scores derived');

  await page.reload();
  await ready(page);
  await page.goto('/quiz/history');
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'Your attempts over time' }).waitFor();
  await page.getByRole('link', { name: '4 Oct 2026 · ECR-R' }).waitFor();
  assert.match(await page.textContent('main'), /Anxiety 4\.7, avoidance 3\.3/);

  // A month later, all 4s: anxiety 4.0, avoidance 4.0.
  await page.clock.setSystemTime(new Date('2026-11-04T10:00:00'));
  await openQuestionnaire(page, '/quiz/ecr-r');
  await answerByClick(page, Array(36).fill(4));
  await finishQuestionnaire(page);
  assert.deepEqual(await shownScores(page), { anxiety: '4.0', avoidance: '4.0' });
  assert.equal(await page.locator('.attachment-map circle.point').count(), 2, 'two points on the result map');
  assert.equal(await page.locator('.attachment-map polyline.trajectory').count(), 1, 'joined in time order');
  assert.equal(await page.locator('.attachment-map').first().evaluate((f) => f.firstElementChild.tagName), 'FIGCAPTION', 'the title above the map');
  const caption = await page.locator('.attachment-map').first().textContent();
  assert.match(caption, /On 4 Nov 2026, your answers placed you at anxiety 4\.0, avoidance 4\.0/);
  assert.match(caption, /Earlier points, oldest first: 4 Oct 2026: anxiety 4\.7, avoidance 3\.3/);
  assert.match(caption, /avoidance went up by 0\.7 and anxiety went down by 0\.7/);

  await page.goto('/quiz/history');
  await ready(page);
  await page.locator('.attachment-map').first().waitFor();
  assert.equal(await page.locator('.attachment-map circle.point').count(), 2);
  assert.equal(await page.locator('.attempt').count(), 2);
  await checkA11y(page, 'history');
  await finish();
});
