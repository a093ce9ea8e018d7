// The guide's closing themes have a place of their own: a piece apart from the four in
// Understand, for after the first month or so, in Closer's own words.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, checkA11y, onboarded } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('a piece for later: courage, a wider window of tolerance, the connection you deserve', async () => {
  const { page, finish } = await app.open('/understand', { storage: onboarded() });
  await page.getByRole('heading', { level: 2, name: 'For later' }).waitFor();
  await page.getByText('Best read after your first month or so.', { exact: false }).waitFor();
  await page.getByRole('link', { name: "What you're growing towards" }).click();
  await page.getByRole('heading', { level: 1, name: "What you're growing towards" }).waitFor();
  const main = await page.textContent('main');
  for (const theme of [/It's courage\./, /wider window of tolerance/, /You deserve connection/]) assert.match(main, theme);
  assert.equal(await page.getByRole('link', { name: /→$/ }).count(), 0, 'not a step in the sequence of four');
  await page.getByRole('link', { name: 'All four pieces' }).waitFor();
  await checkA11y(page, '/understand/further-on');
  await page.emulateMedia({ colorScheme: 'dark' });
  await checkA11y(page, '/understand/further-on (dark)');
  await finish();
});
