// The therapy chooser asks about fear before anything that could point to couples work:
// a yes leads to support on one's own and the page for when a relationship isn't safe,
// whatever else was answered, and never to couples therapy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded, checkA11y } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const FEAR = 'Do you ever feel afraid of your partner, or unsafe with them?';
const answer = (page, q, a) => page.getByRole('group', { name: q }).getByRole('radio', { name: a }).check();

test('"afraid or unsafe": a yes leads to individual support and /safety, never couples therapy', async () => {
  const { page, finish } = await app.open('/therapy', { storage: onboarded() });
  await page.getByRole('heading', { level: 1, name: 'Working with a therapist' }).waitFor();
  assert.equal(await page.getByRole('group', { name: FEAR }).count(), 0, 'not asked before there is a partner');
  await answer(page, 'Are you in a committed relationship?', 'Yes');
  // Every other answer points to couples therapy...
  await answer(page, FEAR, 'No');
  await answer(page, 'Would your partner be willing to come to sessions?', 'Yes');
  for (const q of ['Is knowing what you feel, in the moment, still hard for you?', 'Is your pulling away strong, most of the time?', 'Is there past hurt or trauma you want to work through?']) {
    await answer(page, q, 'No');
  }
  await answer(page, 'Is the distance putting real strain on your relationship?', 'Yes');
  const suggestion = page.getByRole('status');
  await suggestion.getByRole('heading', { name: 'Couples therapy' }).waitFor();

  // ...until the fear question is answered yes.
  await answer(page, FEAR, 'Yes');
  await suggestion.getByRole('heading', { name: 'Support for you on your own first' }).waitFor();
  const text = await suggestion.textContent();
  for (const h of ['Couples therapy', 'Both, side by side']) {
    assert.equal(await suggestion.getByRole('heading', { name: h }).count(), 0, `"${h}" is not suggested`);
  }
  assert.match(text, /therapist you see by yourself, or a domestic abuse service/);
  assert.equal(await page.getByRole('group', { name: 'Would your partner be willing to come to sessions?' }).count(), 0, 'no more questions about the partner');
  await checkA11y(page, '/therapy (afraid)');
  await suggestion.getByRole('link', { name: "When a relationship isn't safe" }).click();
  await page.getByRole('heading', { level: 1, name: "When a relationship isn't safe" }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/safety');
  await finish();
});
