// Progress: charts of what the app recorded, each with a sentence, "progress isn't linear"
// where a line went down, and the pitfall self-check with its kind responses.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded, checkA11y, ready } from './lib/harness.mjs';
import { at, local } from './lib/daily.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('charts say what they show, and a dip is met kindly', async () => {
  // Week 1: three check-ins, week 2: one, week 3 (now): one.
  const ci = [['2026-11-02', 'calm'], ['2026-11-03', 'tense'], ['2026-11-04', 'glad'], ['2026-11-10', 'sad'], ['2026-11-17', 'calm']]
    .map(([d, w], i) => ({ id: `c${i}`, t: at(d, 9), w: [w] }));
  const storage = onboarded('2026-11-02', { 'closer:e:ci:2026-11': JSON.stringify(ci) });
  const { page, finish } = await app.open('/progress', { clock: local('2026-11-18', '10:00'), storage });
  await page.getByRole('heading', { name: 'Where you are: Months 1–2' }).waitFor();
  const fig = page.getByRole('figure').filter({ hasText: 'Feeling check-ins' });
  assert.equal(await fig.locator('figcaption').innerText(), 'Feeling check-ins', 'the title, above the chart');
  const caption = await fig.innerText();
  assert.match(caption, /5 check-ins in all: 3 in week 1 and 1 in week 3\./);
  assert.match(caption, /Progress isn't linear/);
  await page.getByRole('img', { name: 'Feeling check-ins' }).waitFor();
  await checkA11y(page, 'Progress');
  await finish();
});

test('a chart from two periods on, scales from where answers start, points apart, counts of one as one', async () => {
  // This week only: one check-in, one share, one fact + feeling; two questionnaires
  // answered all "4", so avoidance and anxiety land on the very same points.
  const storage = onboarded('2026-11-16', {
    'closer:e:ci:2026-11': JSON.stringify([{ id: 'c1', t: at('2026-11-17', 9), w: ['calm'] }]),
    'closer:e:practice:2026-11': JSON.stringify([{ id: 'p1', t: at('2026-11-17', 19), p: 'ex', d: 'Told Sam I was tired', b: 5, a: 3, o: 'c' }]),
    'closer:e:factfeel:2026-11': JSON.stringify([{ id: 'f1', t: at('2026-11-17', 20), f: 'You were late', e: 'worried' }]),
    'closer:e:qa:2026-11': JSON.stringify([
      { id: 'q1', t: at('2026-11-16', 20), q: 'r', a: '4'.repeat(36) },
      { id: 'q2', t: at('2026-11-18', 8), q: 'r', a: '4'.repeat(36) },
    ]),
  });
  const { page, finish } = await app.open('/progress', { clock: local('2026-11-18', '10:00'), storage });
  // One week: its days, not charts of one bar each.
  await page.getByRole('list', { name: 'The days of your first week' }).getByText('Tuesday 17 November: 1 check-in').waitFor();
  assert.equal(await page.getByRole('figure').filter({ hasText: 'Feeling check-ins' }).count(), 0, 'one week: no chart of one bar');
  const text = await page.locator('main').innerText();
  assert.match(text, /1 practice logged: 1 Sharing feelings/);
  assert.match(text, /Plus 1 fact \+ feeling statement\./);
  assert.match(text, /You practised on 1 day this month\./);
  assert.doesNotMatch(text, /\b1 (days|check-ins|practices|statements)\b/);

  // Two questionnaires: a chart, its title above, its scale from 1 to 7.
  const scores = page.getByRole('figure').filter({ has: page.getByRole('img') }).filter({ hasText: 'Avoidance' });
  assert.equal(await scores.evaluate((f) => f.firstElementChild.tagName), 'FIGCAPTION');
  const ticks = await scores.locator('.tick').allTextContents();
  assert.deepEqual(ticks.slice(0, 2), ['7', '1'], 'a 1-7 scale starts at 1');
  // The two lines' points sit on the same values, yet apart and with their own marks.
  const marks = await scores.locator('.series').evaluateAll((gs) => gs.map((g) => [...g.children].filter((c) => c.tagName !== 'polyline').map((c) => ({ tag: c.tagName, box: c.getBoundingClientRect().toJSON() }))));
  assert.equal(marks.length, 2);
  assert.notEqual(marks[0][0].tag, marks[1][0].tag, 'different markers');
  for (let i = 0; i < 2; i++) {
    const [a, b] = [marks[0][i].box, marks[1][i].box];
    assert.ok(Math.abs((a.x + a.width / 2) - (b.x + b.width / 2)) >= 4, 'side by side, not on top of each other');
    assert.ok(Math.abs((a.y + a.height / 2) - (b.y + b.height / 2)) < 1, 'at the same value');
  }
  await checkA11y(page, 'Progress, first week');
  await finish();
});

test('the pitfall self-check answers kindly and remembers', async () => {
  const { page, finish } = await app.open('/progress/pitfalls', { clock: local('2026-11-18', '10:00'), storage: onboarded('2026-11-02') });
  await page.getByText('A good time for this check.').waitFor();
  await checkA11y(page, 'Pitfall self-check');
  await page.getByRole('checkbox', { name: /Stopping when it gets uncomfortable/ }).check();
  await page.getByRole('button', { name: 'Save this check' }).click();
  await page.getByRole('heading', { name: 'Your check on 18 Nov 2026' }).waitFor();
  await page.getByText('Step back to an easier practice for a few days instead of stopping.').waitFor();
  await page.reload();
  await ready(page);
  await page.getByText(/Next suggested around 16 Dec 2026/).waitFor();
  await page.getByText("Discomfort means you're at the edge of what you know.", { exact: false }).waitFor();
  await checkA11y(page, 'Pitfall self-check, answered');
  await finish();
});
