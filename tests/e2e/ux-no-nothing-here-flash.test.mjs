// Moving between screens of two features, while the second one's code is still on its way
// (slowed here), no "Nothing here" heading flashes by: the screen being left shows nothing
// for the new address, and a mistyped address of a feature still says "Nothing here".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

/** Every h1 text the page shows from now on, however briefly. */
async function watchHeadings(page) {
  await page.evaluate(() => {
    window.__headings = [];
    const seen = () => { for (const h of document.querySelectorAll('main h1')) window.__headings.push(h.textContent.trim()); };
    new MutationObserver(seen).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

test('from one feature to another that is still loading: no "Nothing here" on the way', async () => {
  const { page, finish } = await app.open('/more', { storage: onboarded() });
  await page.getByRole('heading', { level: 1, name: 'More' }).waitFor();
  // Every file fetched from now on (the next feature's code) arrives a little late.
  await page.route('**/*', async (route) => { await new Promise((r) => setTimeout(r, 700)); await route.continue(); });
  await watchHeadings(page);
  await page.locator('header').getByRole('link', { name: 'Help now' }).click();
  await page.getByRole('heading', { level: 1, name: 'Help now' }).waitFor();
  const seen = await page.evaluate(() => window.__headings);
  assert.ok(!seen.includes('Nothing here'), `headings on the way: ${[...new Set(seen)].join(' | ')}`);
  await finish();
});

test('a mistyped address inside a feature still says so', async () => {
  const { page, finish } = await app.open('/moment/nowhere', { storage: onboarded() });
  await page.getByRole('heading', { level: 1, name: 'Nothing here' }).waitFor();
  await finish();
});
