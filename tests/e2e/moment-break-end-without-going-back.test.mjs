// A conflict break can end without going back: always visible, never hurried. It is
// recorded as its own neutral outcome (not "didn't come back"), the call back stops, and
// the weekly figures name it as a choice, not a miss. The banner can be dismissed, and it
// and the break screen say that nobody has to go back to someone who frightens them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded, checkA11y, storageDump, ready } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const conflicts = async (page) =>
  Object.entries(await storageDump(page)).filter(([k]) => k.startsWith('closer:e:conflict:')).flatMap(([, v]) => JSON.parse(v));
const flowDoc = async (page) => JSON.parse((await storageDump(page))['closer:d:conflict-flow'] || '{}');

async function startBreak(page, minutes) {
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: `${minutes} minutes` }).check();
  await page.getByRole('button', { name: 'Start the break' }).click();
  await page.getByRole('heading', { name: 'Use the break well' }).waitFor();
}

test('ending a break without going back: recorded neutrally, call back gone, not counted as a miss', async () => {
  const { page, finish } = await app.open('/moment/conflict', { storage: onboarded(), clock: new Date('2026-11-29T10:00:00') });
  await startBreak(page, 15);

  // While the break runs, the way to end it is there from the start, with the afraid line.
  const end = page.getByRole('button', { name: 'End the break without going back' });
  assert.ok(await end.isVisible(), 'visible before the time is up');
  await page.getByText("If you feel afraid or unsafe, you don't have to go back.").waitFor();
  assert.equal(await page.getByRole('link', { name: 'Where to find help' }).getAttribute('href'), '/safety');

  // Elsewhere, the time comes: the banner says so, with the same line, and can be dismissed.
  await page.getByRole('link', { name: 'Do the 5-4-3-2-1 grounding' }).click();
  await page.getByRole('heading', { level: 1, name: 'Grounding: 5-4-3-2-1' }).waitFor();
  await page.clock.fastForward('15:01');
  const banner = page.getByRole('alert').filter({ hasText: 'The break you agreed is over.' });
  await banner.waitFor();
  await banner.getByText("If you feel afraid or unsafe, you don't have to go back.").waitFor();
  await checkA11y(page, 'grounding with the break banner');
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await banner.waitFor({ state: 'detached' });
  await page.reload();
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'Grounding: 5-4-3-2-1' }).waitFor();
  assert.equal(await page.getByRole('alert').filter({ hasText: 'The break you agreed is over.' }).count(), 0, 'stays dismissed after a reload');
  assert.equal((await flowDoc(page)).b.q, true);

  // End it from the break screen.
  await page.goto('/moment/conflict');
  await ready(page);
  await page.getByRole('alert').filter({ hasText: 'The time you agreed is up' }).waitFor();
  await checkA11y(page, 'break over, with the way to end it');
  await page.getByRole('button', { name: 'End the break without going back' }).click();
  await page.getByRole('heading', { name: 'The break has ended' }).waitFor();
  assert.match(await page.textContent('main'), /That's yours to decide/);
  await checkA11y(page, 'break ended');

  const [logged] = await conflicts(page);
  assert.equal(logged.r, undefined, 'not recorded as a return');
  assert.ok(logged.x >= logged.t + 15 * 60, 'recorded as ended, with its time');
  assert.equal((await flowDoc(page)).b, undefined, 'no break runs any more');

  // No call back anywhere now.
  await page.goto('/moment');
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'Help now' }).waitFor();
  await page.clock.fastForward('30:00');
  assert.equal(await page.getByRole('alert').count(), 0, 'no banner');
  assert.equal(await page.getByText("You're on a break").count(), 0);

  // The figures name it as a choice, not as a break they didn't come back from.
  await page.goto('/urges');
  await ready(page);
  const line = page.getByText(/You took 1 break in the last 8 weeks/);
  await line.waitFor();
  assert.equal(await line.textContent(), 'You took 1 break in the last 8 weeks and chose to end it without going back.');
  await checkA11y(page, '/urges with an ended break');
  await finish();
});

test('a break logged before the new outcome existed still reads, with the others', async () => {
  const t = Math.floor(Date.parse('2026-11-27T10:00:00Z') / 1000);
  const storage = onboarded('2026-11-02', {
    'closer:e:conflict:2026-11': JSON.stringify([
      { id: 'old1', t, m: 30, r: t + 25 * 60 },
      { id: 'old2', t: t + 3600, m: 30 },
      { id: 'new1', t: t + 7200, m: 20, x: t + 7200 + 300 },
    ]),
  });
  const { page, finish } = await app.open('/urges', { storage, clock: new Date('2026-11-29T10:00:00') });
  await page.getByText('You took 3 breaks in the last 8 weeks: you came back after 1 and chose to end 1 without going back.').waitFor();
  await finish();
});
