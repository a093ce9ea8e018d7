// Progress in the first week shows what there is from day one: the week's days, each
// marked with what was noted, and the feeling words named so far; never a column of
// "a chart appears once there are two to compare".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded, checkA11y } from './lib/harness.mjs';
import { at, local } from './lib/daily.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const EMPTY_CHART = /A chart appears once there are two to compare/;

for (const [width, colorScheme] of [[390, 'light'], [320, 'dark']]) {
  test(`day five of the first week at ${width} px, ${colorScheme}: the days and the words`, async () => {
    // Started Wednesday 25 November; today is Sunday 29.
    const storage = onboarded('2026-11-25', {
      'closer:e:ci:2026-11': JSON.stringify([
        { id: 'c1', t: at('2026-11-25', 9), w: ['calm'] },
        { id: 'c2', t: at('2026-11-27', 9), w: ['calm', 'tense'] },
        { id: 'c3', t: at('2026-11-27', 18), w: ['tired'] },
      ]),
      'closer:e:practice:2026-11': JSON.stringify([{ id: 'p1', t: at('2026-11-28', 19), p: 'ex', d: 'Told Sam I was tired', b: 5, a: 3, o: 'c' }]),
    });
    const { page, finish } = await app.open('/progress', { clock: local('2026-11-29', '10:00'), storage, viewport: { width, height: 800 }, colorScheme });
    await page.getByRole('heading', { level: 2, name: 'Your first week' }).waitFor();
    const main = await page.locator('main').innerText();
    assert.doesNotMatch(main, EMPTY_CHART);

    const days = page.getByRole('list', { name: 'The days of your first week' }).getByRole('listitem');
    assert.equal(await days.count(), 7);
    assert.deepEqual(await days.evaluateAll((lis) => lis.map((li) => li.querySelector('.sr-only').textContent)), [
      'Wednesday 25 November: 1 check-in',
      'Thursday 26 November: nothing noted',
      'Friday 27 November: 2 check-ins',
      'Saturday 28 November: a practice',
      'Sunday 29 November: nothing noted',
      'Monday 30 November: still to come',
      'Tuesday 1 December: still to come',
    ]);
    // Seen, not only said: weekday and date in each day, the noted days shaded.
    const seen = await days.evaluateAll((lis) => lis.map((li) => ({ text: li.innerText.replace(/\s+/g, ' ').trim(), shaded: getComputedStyle(li).backgroundColor })));
    assert.match(seen[0].text, /^Wed 25/);
    assert.notEqual(seen[0].shaded, seen[1].shaded, 'a day with something noted looks different');
    await page.getByText('3 days of the first 5 with a check-in or a practice.').waitFor();

    const words = await page.locator('main .named-words li').allInnerTexts();
    assert.deepEqual(words.map((w) => w.replace(/\s+/g, ' ').trim()), ['calm ×2', 'tense', 'tired']);
    await page.getByText('1 practice logged: 1 Sharing feelings.').waitFor();
    // Fits the phone: no sideways scroll.
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true);
    await checkA11y(page, `progress, first week (${width}, ${colorScheme})`);
    await finish();
  });
}

test('the first day with nothing yet: a kind line, not a list of empty charts', async () => {
  const { page, finish } = await app.open('/progress', { clock: local('2026-11-29', '10:00'), storage: onboarded('2026-11-29') });
  await page.getByRole('heading', { level: 2, name: 'Your first week' }).waitFor();
  await page.getByText('Nothing noted yet this week. Each day with a check-in or a practice is marked here.').waitFor();
  await page.getByText('None yet. Each check-in adds the words you choose.').waitFor();
  assert.doesNotMatch(await page.locator('main').innerText(), EMPTY_CHART);
  await finish();
});

test('from the second week on, the charts', async () => {
  const storage = onboarded('2026-11-16', {
    'closer:e:ci:2026-11': JSON.stringify([{ id: 'c1', t: at('2026-11-17', 9), w: ['calm'] }, { id: 'c2', t: at('2026-11-24', 9), w: ['calm'] }]),
  });
  const { page, finish } = await app.open('/progress', { clock: local('2026-11-29', '10:00'), storage });
  await page.getByRole('heading', { level: 2, name: 'Over weeks and months' }).waitFor();
  await page.getByRole('img', { name: 'Feeling check-ins' }).waitFor();
  assert.equal(await page.getByRole('list', { name: 'The days of your first week' }).count(), 0);
  await finish();
});
