// Today after a check-in leads with the day's small step (the screen's one main button);
// before it, the check-in leads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded } from './lib/harness.mjs';
import { at as localAt } from './lib/daily.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const clock = new Date('2026-11-29T10:15:00');
const at = (h, m) => localAt('2026-11-29', h, m);

/** The headings of Today's cards, top to bottom, and where the main buttons are. */
const order = (page) => page.evaluate(() => ({
  cards: [...document.querySelectorAll('main section.card h2')].map((h) => h.textContent.trim()),
  primary: [...document.querySelectorAll('main .button.primary, main button.primary')].map((b) => `${b.closest('section')?.querySelector('h2')?.textContent.trim()}: ${b.textContent.trim()}`),
}));

test('before a check-in, the check-in leads', async () => {
  const { page, finish } = await app.open('/', { clock, storage: onboarded() });
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  const { cards, primary } = await order(page);
  assert.equal(cards[0], 'How are you, right now?');
  assert.deepEqual(primary, ['How are you, right now?: Check in now']);
  await finish();
});

test('after a check-in, the small step leads and is the one main button', async () => {
  const storage = onboarded('2026-11-02', {
    'closer:e:ci:2026-11': JSON.stringify([{ id: 'ci-1', t: at(10, 5), w: ['calm'] }]),
  });
  const { page, finish } = await app.open('/', { clock, storage });
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  await page.getByText('You checked in at 10:05.').waitFor();
  const { cards, primary } = await order(page);
  assert.equal(cards[0], 'One small step for today', `cards: ${cards.join(' | ')}`);
  assert.equal(primary.length, 1, `one main button (${primary.join(' | ')})`);
  assert.match(primary[0], /^One small step for today: /);
  // The check-in is still one tap away, just not the lead.
  await page.getByRole('link', { name: 'Check in now' }).waitFor();
  await finish();
});
