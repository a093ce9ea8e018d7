// Page objects for the "Questionnaires" screens (questionnaires, results, history).
import assert from 'node:assert/strict';
import { ready } from './harness.mjs';

// Only the published labels: 1, 4 and 7 (the points between are numbers alone).
export const SCALE = ['Strongly disagree', null, null, 'Neutral/mixed', null, null, 'Strongly agree'];

/** The answer button for value 1..7. */
export function choice(page, v) {
  const name = SCALE[v - 1] ? `${v} ${SCALE[v - 1]}` : `${v}`;
  return page.locator('.scale').getByRole('button', { name, exact: true });
}

/** Item 1 = 1, item 2 = 7, item 3 = 1, … */
export const alternating = (n) => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 1 : 7));

/** Answers the statements from the one on screen, by clicking. */
export async function answerByClick(page, values) {
  for (const v of values) {
    const before = await progressText(page);
    await choice(page, v).click();
    await page.waitForFunction((t) => document.getElementById('quiz-progress-text')?.textContent !== t, before);
  }
}

export async function progressText(page) {
  return page.locator('#quiz-progress-text').textContent();
}

/** Opens a questionnaire screen and waits for its first statement. */
export async function openQuestionnaire(page, path) {
  await page.goto(path);
  await ready(page);
  await page.locator('#item-text').waitFor();
}

/** Reads the two scores shown on a result screen, as strings ("4.7"). */
export async function shownScores(page) {
  await page.locator('.scores').waitFor();
  const values = await page.locator('.score-value').allTextContents();
  const names = await page.locator('.score dt').allTextContents();
  return Object.fromEntries(names.map((n, i) => [n.toLowerCase(), values[i]]));
}

/** The attempts stored in localStorage (all months). */
export async function storedAttempts(page) {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('closer:e:qa:'))
      .flatMap((k) => JSON.parse(localStorage.getItem(k))),
  );
}

export async function finishQuestionnaire(page) {
  await page.getByRole('button', { name: 'See my results' }).click();
  await page.waitForURL(/\/quiz\/result\//);
  await page.locator('.scores').waitFor();
}

export function assertMapPoints(svgPointCount, expected, label) {
  assert.equal(svgPointCount, expected, label);
}
