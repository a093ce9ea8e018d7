// More: each group under a heading with a small picture, each section one row to tap (its
// name, and a line saying what it holds), never a column of underlined links; the
// questionnaires are named as what they are.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, checkA11y } from './lib/harness.mjs';
import { livedIn, clock } from './lib/lived-in.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

for (const [width, colorScheme] of [[390, 'light'], [320, 'dark'], [1280, 'light']]) {
  test(`More at ${width} px, ${colorScheme}: pictured groups, rows to tap`, async () => {
    const { page, finish } = await app.open('/more', { storage: livedIn(), clock: clock(), viewport: { width, height: 800 }, colorScheme });
    await page.getByRole('heading', { level: 1, name: 'Everything in Closer' }).waitFor();
    const groups = await page.evaluate(() => [...document.querySelectorAll('main section h2')].map((h) => ({
      name: h.textContent.trim(),
      picture: !!h.querySelector('svg[aria-hidden=true]') && h.querySelector('svg').getBoundingClientRect().width >= 16,
    })));
    assert.deepEqual(groups.map((g) => g.name), ['Daily', 'In the moment', 'Learn', 'Track', 'Your data']);
    for (const g of groups) assert.ok(g.picture, `${g.name} has its picture`);

    // Each section is a whole row: as wide as its list, at least 44 px tall, its name not
    // underlined, what it holds inside the same tap target.
    const rows = await page.evaluate(() => [...document.querySelectorAll('main section li')].map((li) => {
      const a = li.querySelector('a');
      const r = a.getBoundingClientRect();
      const list = li.parentElement.getBoundingClientRect();
      return {
        name: a.firstElementChild?.textContent.trim() ?? a.textContent.trim(),
        wide: r.width >= list.width - 4,
        tall: r.height >= 44,
        underlined: [a, ...a.querySelectorAll('*')].some((el) => getComputedStyle(el).textDecorationLine.includes('underline')),
        holdsBlurb: a.textContent.trim().length > (a.firstElementChild?.textContent.trim().length ?? 0) + 10,
      };
    }));
    assert.ok(rows.length >= 20, `${rows.length} sections`);
    for (const r of rows) {
      assert.ok(r.wide, `${r.name}: a whole row`);
      assert.ok(r.tall, `${r.name}: at least 44 px tall`);
      assert.ok(!r.underlined, `${r.name}: not an underlined link`);
      assert.ok(r.holdsBlurb, `${r.name}: what it holds is part of the row`);
    }
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true, 'no sideways scroll');

    // The questionnaires are named as what they are.
    const track = page.getByRole('region', { name: 'Track' });
    await track.getByRole('link', { name: /^Questionnaires/ }).waitFor();
    assert.doesNotMatch(await page.textContent('main'), /Where am I/);
    if (width === 390) {
      await checkA11y(page, `more (${colorScheme})`);
      await track.getByRole('link', { name: /^Questionnaires/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Questionnaires' }).waitFor();
    }
    if (colorScheme === 'dark') await checkA11y(page, 'more (dark)');
    await finish();
  });
}
