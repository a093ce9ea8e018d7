// Today: the program week and its focus, a kind word after a gap (never a streak), and the
// day's checklist ticked by hand and kept across a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded, checkA11y, ready } from './lib/harness.mjs';
import { at, local } from './lib/daily.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('Today shows week and focus, a kind word after a gap, and keeps a hand tick', async () => {
  const storage = onboarded('2026-11-02', {
    'closer:e:tick:2026-11': JSON.stringify([{ id: 'old', t: at('2026-11-10', 9), k: 'vp' }]),
  });
  const { page, finish } = await app.open('/', { clock: local('2026-11-20', '10:00'), storage });
  await page.getByRole('heading', { name: 'Week 3 of your program' }).waitFor();
  await page.getByText('Ask for something tiny').waitFor();
  await page.getByText(/^Welcome back\./).waitFor();
  await page.getByText('You practised on 1 day this month.').waitFor();
  // What other features bring: the due check-in (reminders at their default times) and the partner question.
  await page.getByRole('heading', { name: 'A check-in is waiting' }).waitFor();
  await page.getByRole('link', { name: 'Check in now' }).waitFor();
  await page.getByRole('heading', { name: 'Ask someone close' }).waitFor();
  await page.getByRole('heading', { name: "Today's share" }).waitFor();
  await page.getByRole('link', { name: "Write today's fact + feeling" }).waitFor();
  await checkA11y(page, 'Today');

  const box = () => page.getByRole('checkbox', { name: 'Stay present in a conversation' });
  await box().check();
  await page.getByText('You practised on 2 days this month.').waitFor();
  assert.equal(await page.getByText(/^Welcome back\./).count(), 0, 'the kind word goes once today has practice');

  await page.reload();
  await ready(page);
  assert.equal(await box().isChecked(), true, 'the tick survived a reload');
  assert.doesNotMatch(await page.locator('main').innerText(), /streak/i);

  await box().uncheck();
  await page.getByText('You practised on 1 day this month.').waitFor();
  await finish();
});

test('things done in the app tick the checklist by themselves', async () => {
  const t = (h) => at('2026-11-20', h);
  const storage = onboarded('2026-11-02', {
    'closer:e:ci:2026-11': JSON.stringify([{ id: 'a', t: t(8), w: ['calm'] }, { id: 'b', t: t(9), w: ['tense'] }]),
  });
  const { page, finish } = await app.open('/', { clock: local('2026-11-20', '10:00'), storage });
  await page.getByText('2 of 3 done in the app.').waitFor();
  assert.equal(await page.getByRole('heading', { name: 'A check-in is waiting' }).count(), 0, 'the morning check-in is done');
  assert.equal(await page.getByRole('checkbox', { name: 'Three feeling check-ins' }).isChecked(), false);
  await finish();
});
