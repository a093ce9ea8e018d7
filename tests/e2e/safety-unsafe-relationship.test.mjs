// When a relationship isn't safe: the page is one tap from every screen that asks for
// closeness or points to help, it passes axe light and dark, its help is a plain link
// (nothing fetched), and "Leave this page" is one tap to Today that the back button
// doesn't undo.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded, checkA11y, ready } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const TITLE = "When a relationship isn't safe";

// Screen, a heading that says it has opened.
const FROM = [
  ['/about', 'About and safety'],
  ['/moment', 'Help now'],
  ['/practice/expression', 'Sharing feelings'],
  ['/practice/micro', 'Small openings'],
  ['/practice/ask-for-help', 'Asking for help'],
  ['/practice/fact-feeling', 'Fact + feeling'],
  ['/partner', "Your partner's needs"],
  ['/partner/for-partners', 'A page for your partner'],
  ['/therapy', 'Working with a therapist'],
  ['/moment/conflict', 'Stay in the conversation'],
];

test('the page is one tap away from each screen that asks for closeness or points to help', async () => {
  const { page, finish } = await app.open('/', { storage: onboarded() });
  for (const [path, heading] of FROM) {
    await page.goto(path);
    await ready(page);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    const link = page.getByRole('main').getByRole('link', { name: TITLE }).first();
    assert.ok(await link.isVisible(), `${path}: the link is visible, not folded away`);
    await link.click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/safety', `${path} leads to the page in one tap`);
  }
  await finish();
});

test('what the page says, and that it passes axe in light and dark', async () => {
  const { page, finish } = await app.open('/safety', { storage: onboarded() });
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  for (const h of ['More than pulling away, or an ordinary argument', 'What this means for the practices', 'Couples therapy',
    'Finding help near you', 'Using Closer more privately', 'What “Leave this page” does']) {
    await page.getByRole('heading', { level: 2, name: h }).waitFor();
  }
  const main = await page.textContent('main');
  assert.match(main, /not advised when one partner is abusive/);
  assert.match(main, /local emergency number/);
  assert.doesNotMatch(main, /\d{3}/, 'no phone numbers that could go out of date');
  const directory = page.getByRole('link', { name: 'findahelpline.com' });
  assert.equal(await directory.getAttribute('href'), 'https://findahelpline.com');
  assert.equal(await directory.getAttribute('target'), '_blank');
  assert.match(await directory.getAttribute('rel'), /noreferrer/);
  for (const name of ['App lock', 'Backup and restore']) await page.getByRole('main').getByRole('link', { name, exact: true }).waitFor();
  await checkA11y(page, '/safety');
  await page.emulateMedia({ colorScheme: 'dark' });
  await checkA11y(page, '/safety (dark)');
  await finish();
});

test('"Leave this page": one tap to Today, and back does not bring the page up again', async () => {
  const { page, finish } = await app.open('/about', { storage: onboarded() });
  await page.getByRole('heading', { level: 1, name: 'About and safety' }).waitFor();
  await page.getByRole('main').getByRole('link', { name: TITLE }).click();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  // Far down the page, the way out is still in reach.
  await page.getByRole('heading', { name: 'What “Leave this page” does' }).scrollIntoViewIfNeeded();
  const leave = page.getByRole('link', { name: 'Leave this page' });
  assert.ok(await leave.isVisible(), 'visible wherever the page is scrolled');
  await leave.click();
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/');
  assert.doesNotMatch(await page.title(), /safe/i, 'the tab no longer names the page');
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'About and safety' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/about', 'back skips the page that was left');
  await finish();
});
