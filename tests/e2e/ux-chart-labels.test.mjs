// Pictures that explain themselves: every bar of "Most named feelings" carries its word
// and count, and on the attachment map the person's own (latest) point is labelled, as
// the average is.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, seedStorage, ready } from './lib/harness.mjs';
import { livedIn, clock } from './lib/lived-in.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

async function openLivedIn(path) {
  const c = await app.context({ viewport: { width: 390, height: 844 } });
  const page = await c.ctx.newPage();
  await page.clock.install({ time: clock() });
  await seedStorage(page, livedIn());
  await page.goto(path);
  await ready(page);
  return { page, finish: c.finish };
}

/** Whether a visible text element sits beside (within `d` px of) a box. */
const labelled = (box, labels, d = 40) => labels.some((l) => l.text.trim() && Math.abs(l.y + l.h / 2 - (box.y + box.h / 2)) < d && l.x < box.x + box.w + d && l.x + l.w > box.x - d * 4);

test('"Most named feelings": every bar has its word beside it', async () => {
  const { page, finish } = await openLivedIn('/insights');
  const chart = page.locator('figure').filter({ has: page.getByText('Most named feelings', { exact: true }) });
  await chart.waitFor();
  const { bars, labels } = await chart.evaluate((fig) => {
    const box = (el) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height, text: el.textContent }; };
    return { bars: [...fig.querySelectorAll('svg .bars rect')].map(box), labels: [...fig.querySelectorAll('svg text')].map(box) };
  });
  assert.ok(bars.length >= 3, `bars drawn (${bars.length})`);
  const summary = await chart.locator('.chart-summary').textContent();
  const words = [...summary.matchAll(/([a-z][a-z ]*?) \(\d+\)/g)].map((m) => m[1].trim());
  assert.equal(words.length, bars.length, 'one bar per word in the sentence');
  const texts = labels.map((l) => l.text.trim());
  for (const w of words) assert.ok(texts.includes(w), `"${w}" is written on the chart`);
  for (const [i, b] of bars.entries()) assert.ok(labelled(b, labels.filter((l) => /[a-z]/.test(l.text))), `bar ${i + 1} has its word beside it`);
  await finish();
});

test('the attachment map: the person\'s own point is labelled', async () => {
  const { page, finish } = await openLivedIn('/quiz/history');
  const map = page.locator('figure.attachment-map').first();
  await map.waitFor();
  const { now, labels } = await map.evaluate((fig) => {
    const box = (el) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height, text: el.textContent }; };
    return { now: box(fig.querySelector('.point.now')), labels: [...fig.querySelectorAll('svg text')].map(box) };
  });
  const near = labels.filter((l) => Math.hypot(l.x + l.w / 2 - (now.x + now.w / 2), l.y + l.h / 2 - (now.y + now.h / 2)) < 60);
  assert.ok(near.some((l) => /\byou\b/i.test(l.text)), `a "you" label by the latest point (near it: ${near.map((l) => l.text).join(', ')})`);
  await finish();
});
