// Today: one next step, not a dashboard. A check-in first, one small step for the day
// (taking turns), the routines as rows, everything else folded; a kind word after a gap
// (never a streak), the day's checklist ticked by hand and kept across a reload, and a
// waiting check-in mentioned once and kindly (never on day 1, never after a late one).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded, checkA11y, ready } from './lib/harness.mjs';
import { at, local } from './lib/daily.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('Today leads with one check-in and one small step; the rest is folded and keeps a hand tick', async () => {
  const storage = onboarded('2026-11-02', {
    'closer:e:tick:2026-11': JSON.stringify([{ id: 'old', t: at('2026-11-10', 9), k: 'vp' }]),
  });
  const { page, finish } = await app.open('/', { clock: local('2026-11-20', '10:00'), storage });
  const main = page.locator('main');
  await page.getByText('Week 3 of your program').waitFor();
  await page.getByText(/^Welcome back\./).waitFor();
  // One primary action, one small step, two routine rows: nothing else to read or tick.
  const checkin = page.getByRole('region', { name: 'How are you, right now?' });
  await checkin.getByText('A good moment for your morning check-in').waitFor();
  assert.equal(await checkin.getByRole('link', { name: 'Check in now' }).getAttribute('href'), '/checkin');
  const step = page.getByRole('region', { name: 'One small step for today' });
  assert.deepEqual(await step.getByRole('heading', { level: 3 }).allInnerTexts(), ['Ask someone close']);
  await step.getByRole('link', { name: 'Note a need you noticed' }).waitFor();
  assert.equal(await main.locator('.card').count(), 2, 'two cards');
  assert.equal(await page.getByRole('checkbox').count(), 0, 'no checklist in view');
  assert.equal(await page.getByRole('heading', { name: 'Through the day' }).count(), 0, 'folded, not even drawn');
  await checkA11y(page, 'Today');

  await page.getByText('More for today').click();
  await page.getByText('Ask for something tiny').waitFor();
  await page.getByText('You practised on 1 day this month.').waitFor();
  await checkA11y(page, 'Today, unfolded');
  const box = () => page.getByRole('checkbox', { name: 'Stay present in a conversation' });
  await box().check();
  await page.getByText('You practised on 2 days this month.').waitFor();
  assert.equal(await page.getByText(/^Welcome back\./).count(), 0, 'the kind word goes once today has practice');

  await page.reload();
  await ready(page);
  await page.getByText('More for today').click();
  assert.equal(await box().isChecked(), true, 'the tick survived a reload');
  assert.doesNotMatch(await main.innerText(), /streak|behind|overdue|missed/i);

  await box().uncheck();
  await page.getByText('You practised on 1 day this month.').waitFor();
  await finish();
});

test('the small step takes turns: share, fact + feeling, ask', async () => {
  const seen = [];
  for (const day of ['2026-11-21', '2026-11-22', '2026-11-23']) {
    const { page, finish } = await app.open('/', { clock: local(day, '10:00'), storage: onboarded('2026-11-02') });
    const step = page.getByRole('region', { name: 'One small step for today' });
    await step.waitFor();
    seen.push((await step.getByRole('heading', { level: 3 }).allInnerTexts()).join());
    if (day === '2026-11-21') await step.getByRole('link', { name: "Log today's share" }).waitFor();
    if (day === '2026-11-22') await step.getByRole('link', { name: "Write today's fact + feeling" }).waitFor();
    await finish();
  }
  assert.deepEqual(seen, ['Share a feeling', 'Fact + feeling', 'Ask someone close']);
});

test('things done in the app tick the checklist by themselves', async () => {
  const t = (h) => at('2026-11-20', h);
  const storage = onboarded('2026-11-02', {
    'closer:e:ci:2026-11': JSON.stringify([{ id: 'a', t: t(8), w: ['calm'] }, { id: 'b', t: t(9), w: ['tense'] }]),
  });
  const { page, finish } = await app.open('/', { clock: local('2026-11-20', '10:00'), storage });
  await page.getByText('You checked in at 09:00.').waitFor();
  await page.getByText('More for today').click();
  await page.getByText('2 of 3 done in the app.').waitFor();
  assert.doesNotMatch(await page.locator('main').innerText(), /good moment for your/, 'the morning check-in is done');
  assert.equal(await page.getByRole('checkbox', { name: 'Three feeling check-ins' }).isChecked(), false);
  await finish();
});

test('a waiting check-in is one, and kind: not on day 1, not after a late check-in', async () => {
  const waiting = (page) => page.getByRole('region', { name: 'How are you, right now?' }).innerText();
  // Day 1, a minute past midnight and late at night: nothing waits.
  let { page, finish } = await app.open('/', { clock: local('2026-11-20', '00:01'), storage: onboarded('2026-11-20') });
  assert.doesNotMatch(await waiting(page), /good moment/);
  await page.clock.setSystemTime(local('2026-11-20', '21:00'));
  await page.reload();
  await ready(page);
  assert.doesNotMatch(await waiting(page), /good moment/);
  await finish();

  // A later day: only the latest time is mentioned, and a check-in at night covers them all.
  ({ page, finish } = await app.open('/', {
    clock: local('2026-11-21', '21:00'),
    storage: onboarded('2026-11-02', { 'closer:e:ci:2026-11': JSON.stringify([{ id: 'late', t: at('2026-11-21', 20, 50), w: ['tired'] }]) }),
  }));
  assert.doesNotMatch(await waiting(page), /good moment/);
  await page.goto('/reminders');
  await page.getByRole('region', { name: 'Check-ins' }).getByText('Nothing waiting. The next check-in is at 09:00.').waitFor();
  await finish();

  ({ page, finish } = await app.open('/', { clock: local('2026-11-21', '15:00'), storage: onboarded('2026-11-02') }));
  const text = await waiting(page);
  assert.match(text, /A good moment for your afternoon check-in/);
  assert.doesNotMatch(text, /morning/, 'never a list of what was missed');
  await finish();
});

test('"Through the day" keeps its shape at 320 px and 200 % text: no sideways scroll', async () => {
  const { page, finish } = await app.open('/', { clock: local('2026-11-20', '10:00'), storage: onboarded('2026-11-02'), viewport: { width: 320, height: 640 } });
  await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
  await page.getByText('More for today').click();
  const list = page.getByRole('region', { name: 'Through the day' });
  await list.getByRole('checkbox', { name: 'Stay present in a conversation' }).waitFor();
  const shape = await page.evaluate(() => ({
    over: document.documentElement.scrollWidth - innerWidth,
    rows: [...document.querySelectorAll('.through-the-day li')].map((li) => ({ display: getComputedStyle(li).display, right: li.getBoundingClientRect().right })),
  }));
  assert.ok(shape.over <= 0, `the page scrolls sideways by ${shape.over}px`);
  for (const r of shape.rows) {
    assert.equal(r.display, 'grid', 'each row lays out its box, name and hint (no other feature\'s list style)');
    assert.ok(r.right <= 320, 'inside the screen');
  }
  await finish();
});
