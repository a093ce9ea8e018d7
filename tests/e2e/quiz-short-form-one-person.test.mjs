// The short form is about one specific person: "people in general" is no longer offered
// (the ECR-R is pointed to instead). An attempt stored about people in general still shows,
// plainly labelled as outside the validated form; a draft about people in general asks again.
// The scale shows only the published labels; history carries "not a diagnosis" and the
// citations; the ECR-R's comparison says where its averages come from.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, checkA11y, onboarded, ready } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const t = (iso) => Math.floor(Date.parse(`${iso}Z`) / 1000);
const CLOCK = new Date('2026-11-29T09:00:00');

test('no "people in general" choice; the ECR-R is offered for a general picture; published labels only', async () => {
  const { page, finish } = await app.open('/quiz/ecr-rs', { clock: CLOCK, storage: onboarded() });
  await page.getByRole('heading', { level: 1, name: 'The short form (ECR-RS)' }).waitFor();
  const choices = await page.getByRole('group', { name: 'Who will you answer about?' }).getByRole('radio').evaluateAll(
    (els) => els.map((e) => e.labels[0].textContent));
  assert.deepEqual(choices, ['A partner', 'A parent', 'A close friend']);
  assert.equal(await page.getByText(/people in general/i).count(), 0);
  await page.getByRole('link', { name: 'take the ECR-R' }).waitFor();

  await page.getByLabel('A close friend').check();
  await page.getByRole('button', { name: 'Begin' }).click();
  const scale = page.locator('.scale').getByRole('button');
  assert.deepEqual((await scale.allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim()),
    ['1 Strongly disagree', '2', '3', '4 Neutral/mixed', '5', '6', '7 Strongly agree']);
  await checkA11y(page, 'ECR-RS statements with the published labels');

  await page.goto('/quiz');
  await ready(page);
  assert.doesNotMatch(await page.textContent('main'), /people in general/);
  await finish();
});

test('an old attempt about people in general still shows, labelled; an old draft asks again', async () => {
  const storage = onboarded('2026-10-05', {
    'closer:e:qa:2026-10': JSON.stringify([
      { id: 'g1', t: t('2026-10-20T09:00:00'), q: 'rs', a: '123456712', r: 'ge' },
      { id: 'r1', t: t('2026-10-21T09:00:00'), q: 'r', a: '4'.repeat(36) },
    ]),
    'closer:d:quiz': JSON.stringify({ s: { a: '35-------', i: 2, t: t('2026-11-28T09:00:00'), r: 'ge' } }),
  });
  const { page, finish } = await app.open('/quiz/history', { clock: CLOCK, storage });
  await page.getByRole('heading', { level: 1, name: 'Your attempts over time' }).waitFor();
  const row = page.getByRole('link', { name: '20 Oct 2026 · ECR-RS, about people in general (outside the validated form)' });
  await row.waitFor();
  const main = await page.textContent('main');
  assert.match(main, /ECR-RS over time: about people in general \(outside the validated form\)/);
  assert.match(main, /Not a diagnosis/);
  assert.match(main, /Fraley, R\. C\., Waller, N\. G\., & Brennan, K\. A\. \(2000\)/);
  assert.match(main, /Fraley, R\. C\., Heffernan, M\. E\., Vicary, A\. M\., & Brumbaugh, C\. C\. \(2011\)/);
  await checkA11y(page, 'history with an attempt about people in general');

  await row.click();
  await page.getByRole('heading', { level: 1, name: 'Your ECR-RS result' }).waitFor();
  await page.getByText(/This attempt was answered about people in general\. The short form is made and tested for one specific person/).waitFor();
  await page.locator('.scores').waitFor();
  await checkA11y(page, 'result about people in general');

  // The ECR-R result says where "people who took it" come from, beside the words and on the map.
  await page.goto('/quiz/result/r1');
  await ready(page);
  const note = page.locator('.reference-note');
  await note.waitFor();
  assert.match(await note.textContent(), /large online sample gathered by the questionnaire's first author, R\. C\. Fraley/);
  assert.match(await page.locator('figure.attachment-map .chart-summary').textContent(), /The diamond marks the average of a large online sample/);

  // The unfinished draft about people in general: choose again, answers start fresh.
  await page.goto('/quiz/ecr-rs');
  await ready(page);
  await page.getByText(/is no longer a choice here/).waitFor();
  await checkA11y(page, 'ECR-RS: an old draft about people in general');
  await page.getByLabel('A parent').check();
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.locator('#item-text').waitFor();
  assert.match(await page.locator('#quiz-progress-text').textContent(), /Statement 1 of 9 · 0 answered/);
  assert.match(await page.textContent('main'), /About a parent/);
  await finish();
});
