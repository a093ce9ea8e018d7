// The worksheet keeps every word: a person fills all seven steps, reloads in the middle
// (even straight after typing), and finds everything where they left it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, checkA11y, ready, onboarded, storageDump } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const WORDS = {
  belief: 'If people see how much I need them, they will leave.',
  first: 'Dad said crying was for babies when I was seven.',
  reinforced: 'My first partner laughed when I told her I was scared.',
  for1: 'Two friends drifted away after I asked for help.',
  for2: 'My sister rolled her eyes at me last winter.',
  against1: 'Sam drove an hour to sit with me when Mum was ill.',
  counter1: 'I told Alex I was lonely and we talk every week now.',
  counter2: 'My colleague thanked me for being honest about the deadline.',
  newBelief: 'Some people stay when they see my needs, and I can find them.',
  practice: 'Tell Sam one true feeling on our Thursday walk.',
  evidence: 'Told Sam I felt low; she hugged me and stayed for tea.',
};

async function step(page, n, title) {
  await page.getByRole('heading', { level: 1, name: `Step ${n} of 7: ${title}` }).waitFor();
}
async function next(page, n) {
  await page.getByRole('link', { name: `Next: step ${n}` }).click();
}

test('fill all seven steps, reload midway, find every word', async () => {
  const { page, finish } = await app.open('/beliefs', { storage: onboarded() });
  await page.getByRole('heading', { level: 1, name: 'Beliefs' }).waitFor();
  await checkA11y(page, 'beliefs, empty');

  await page.getByRole('link', { name: 'Start a worksheet' }).click();
  await page.getByRole('heading', { level: 1, name: 'Start a belief worksheet' }).waitFor();
  await page.getByRole('radio', { name: /Vulnerability is weakness/ }).check();
  await page.getByRole('heading', { name: 'Ways to question it' }).waitFor();
  await checkA11y(page, 'start, library belief chosen');
  await page.getByRole('radio', { name: 'In my own words' }).check();
  await page.getByLabel('The belief, as it sounds in your head').fill(WORDS.belief);
  await page.getByLabel('How much do you believe it right now?').fill('85');
  await page.getByRole('button', { name: 'Start the worksheet' }).click();

  // Straight to step 2: the belief is already named.
  await step(page, 2, 'Where it comes from');
  const sheetUrl = new URL(page.url()).pathname.replace(/\/step\/2$/, '');
  await checkA11y(page, 'step 2');
  // Typed key by key, then reloaded at once: every keystroke was already saved.
  await page.getByLabel('When did you first learn it?').pressSequentially(WORDS.first);
  await page.reload();
  await ready(page);
  await step(page, 2, 'Where it comes from');
  assert.equal(await page.getByLabel('When did you first learn it?').inputValue(), WORDS.first);
  await page.getByLabel('What has kept it going since?').fill(WORDS.reinforced);

  await next(page, 3);
  await step(page, 3, 'Weigh the evidence');
  await page.getByLabel('What seems to support it 1', { exact: true }).fill(WORDS.for1);
  await page.getByRole('button', { name: 'Add another: what seems to support it' }).click();
  const second = page.getByLabel('What seems to support it 2', { exact: true });
  await second.waitFor();
  assert.ok(await second.evaluate((el) => el === document.activeElement), 'the new box has focus');
  await second.fill(WORDS.for2);
  await page.getByLabel("What doesn't fit 1", { exact: true }).fill(WORDS.against1);
  await checkA11y(page, 'step 3');

  // Reload midway through the worksheet.
  await page.reload();
  await ready(page);
  await step(page, 3, 'Weigh the evidence');
  assert.equal(await page.getByLabel('What seems to support it 1', { exact: true }).inputValue(), WORDS.for1);
  assert.equal(await page.getByLabel('What seems to support it 2', { exact: true }).inputValue(), WORDS.for2);
  assert.equal(await page.getByLabel("What doesn't fit 1", { exact: true }).inputValue(), WORDS.against1);

  await next(page, 4);
  await step(page, 4, 'Find counterexamples');
  await page.getByLabel('A time it was wrong 1', { exact: true }).fill(WORDS.counter1);
  await page.getByRole('button', { name: 'Add another: a time it was wrong' }).click();
  await page.getByLabel('A time it was wrong 2', { exact: true }).fill(WORDS.counter2);
  await checkA11y(page, 'step 4');

  await next(page, 5);
  await step(page, 5, 'Write a new belief');
  await page.getByLabel('My new belief').fill(WORDS.newBelief);
  // Once written, both beliefs are rated.
  const rating = page.getByRole('group', { name: /Now that it's written/ });
  await rating.waitFor();
  await checkA11y(page, 'step 5 with rating');
  await page.getByLabel('How much do you believe the old belief right now?').fill('60');
  await page.getByLabel('How much do you believe the new belief right now?').fill('30');
  await page.getByRole('button', { name: 'Save rating' }).click();
  await rating.waitFor({ state: 'detached' });

  await next(page, 6);
  await step(page, 6, 'Practise acting as if');
  await page.getByLabel('My practice plan').fill(WORDS.practice);
  await checkA11y(page, 'step 6');

  await next(page, 7);
  await step(page, 7, 'Collect evidence');
  await page.getByLabel('What happened?').fill(WORDS.evidence);
  await page.getByRole('button', { name: 'Add evidence' }).click();
  await page.getByRole('status').filter({ hasText: `Added to “${WORDS.newBelief}”.` }).waitFor();
  assert.equal(await page.getByLabel('What happened?').inputValue(), '', 'cleared once saved');
  await page.getByText(WORDS.evidence).waitFor();
  await checkA11y(page, 'step 7');

  // A fresh load, another day: every word is where it was left.
  await page.goto(sheetUrl);
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'Belief worksheet' }).waitFor();
  const main = await page.textContent('main');
  assert.match(main, /7 of 7 steps done/);
  assert.ok(main.includes(WORDS.belief) && main.includes(WORDS.newBelief) && main.includes(WORDS.evidence));
  await checkA11y(page, 'worksheet overview');

  const fields = [
    [1, 'The belief', WORDS.belief],
    [2, 'When did you first learn it?', WORDS.first],
    [2, 'What has kept it going since?', WORDS.reinforced],
    [3, 'What seems to support it 1', WORDS.for1],
    [3, 'What seems to support it 2', WORDS.for2],
    [3, "What doesn't fit 1", WORDS.against1],
    [4, 'A time it was wrong 1', WORDS.counter1],
    [4, 'A time it was wrong 2', WORDS.counter2],
    [5, 'My new belief', WORDS.newBelief],
    [6, 'My practice plan', WORDS.practice],
  ];
  for (const [n, label, words] of fields) {
    await page.goto(`${sheetUrl}/step/${n}`);
    await ready(page);
    assert.equal(await page.getByLabel(label, { exact: true }).inputValue(), words, `step ${n}: ${label}`);
  }
  await checkA11y(page, 'step 6 after reload');
  await page.goto(`${sheetUrl}/step/1`);
  await ready(page);
  await checkA11y(page, 'step 1');

  const stored = await storageDump(page);
  const sheets = Object.entries(stored).filter(([k]) => k.startsWith('closer:e:belief:')).flatMap(([, v]) => JSON.parse(v));
  assert.equal(sheets.length, 1);
  assert.deepEqual(sheets[0].r.map((r) => [r.m, r.o, r.n]), [['s', 85, undefined], ['n', 60, 30]], 'ratings with their moments');
  await finish();
});
