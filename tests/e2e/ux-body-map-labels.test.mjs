// The body map names its regions where they are drawn (text inside each shape, at least
// 12 px), the hands hang from the arms, and shading has its legend. Each region stays a
// 44 px target.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, checkA11y, onboarded } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const clock = new Date('2026-11-29T10:15:00');

for (const [width, colorScheme] of [[320, 'dark'], [390, 'light'], [1280, 'light']]) {
  test(`every region named inside its shape at ${width} px, ${colorScheme}`, async () => {
    const { page, finish } = await app.open('/body', { clock, storage: onboarded('2026-11-09'), viewport: { width, height: 800 }, colorScheme });
    await page.getByRole('heading', { level: 1, name: 'Body map' }).waitFor();
    const regions = await page.evaluate(() => [...document.querySelectorAll('.body-svg [role=button]')].map((g) => {
      const shapes = [...g.children].filter((c) => c.tagName !== 'text').map((c) => c.getBoundingClientRect());
      const names = [...g.querySelectorAll('text')].map((t) => ({ text: t.textContent, box: t.getBoundingClientRect(), px: t.getBoundingClientRect().height }));
      const inside = (b) => shapes.some((s) => b.left >= s.left - 1 && b.right <= s.right + 1 && b.top >= s.top - 1 && b.bottom <= s.bottom + 1);
      return {
        name: g.getAttribute('aria-label'),
        shown: names.map((n) => n.text),
        inside: names.length > 0 && names.every((n) => inside(n.box)),
        legible: names.every((n) => n.px >= 12),
        target: Math.min(...shapes.map((s) => Math.min(s.width, s.height))),
        shapes: shapes.map((s) => ({ top: s.top, bottom: s.bottom, left: s.left, right: s.right })),
      };
    }));
    assert.equal(regions.length, 9);
    for (const r of regions) {
      assert.ok(r.shown.length > 0, `${r.name} is named on the figure`);
      assert.ok(r.shown.every((s) => r.name.startsWith(s) || r.name.startsWith(`${s}s`)), `${r.name}: its shown name (${r.shown}) begins its spoken name`);
      assert.ok(r.inside, `${r.name}: its name sits inside its shape`);
      assert.ok(r.legible, `${r.name}: its name is at least 12 px`);
      assert.ok(r.target >= 44, `${r.name}: a target of ${r.target.toFixed(1)} px`);
    }
    // The hands hang from the arms: each hand's top meets its arm's bottom.
    const arms = regions.find((r) => r.name === 'Arms').shapes;
    const hands = regions.find((r) => r.name === 'Hands').shapes;
    for (let i = 0; i < 2; i++) {
      assert.ok(Math.abs(hands[i].top - arms[i].bottom) <= 1, `hand ${i + 1} meets its arm (${hands[i].top.toFixed(1)} vs ${arms[i].bottom.toFixed(1)})`);
      assert.ok(hands[i].left <= arms[i].left + 2 && hands[i].right >= arms[i].right - 2, `hand ${i + 1} lies under its arm`);
    }

    // Shading is explained once something is noted.
    assert.equal(await page.getByText("Shaded: where you've noted something").count(), 0);
    await page.getByRole('button', { name: 'Chest' }).click();
    await page.getByRole('group', { name: 'Chest: what do you notice?' }).getByRole('button', { name: 'tight' }).click();
    await page.getByRole('button', { name: 'Chest, 1 noted' }).waitFor();
    await page.getByText("Shaded: where you've noted something").waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true, 'no sideways scroll');
    if (width === 390) await checkA11y(page, `body map with names (${colorScheme})`);
    if (colorScheme === 'dark') await checkA11y(page, 'body map with names (dark)');
    await finish();
  });
}
