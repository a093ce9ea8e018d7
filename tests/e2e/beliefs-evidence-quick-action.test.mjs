// Evidence in a few taps, offered only where it can be used: beside a new belief on the
// Beliefs screen (never as a dead end for someone who has none yet); the belief is already
// chosen, and the note shows up on the belief.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, checkA11y, ready, onboarded, storageDump, now } from './lib/harness.mjs';
import { sheetWithNewBelief, worksheetBuckets, localNow } from './beliefs-helpers.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('without a new belief, nothing offers evidence, and its address explains where it goes', async () => {
  const { page, finish } = await app.open('/', { storage: onboarded() });
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  for (const path of ['/', '/beliefs', '/settings']) {
    await page.goto(path);
    await ready(page);
    assert.equal(await page.getByRole('link', { name: 'Add evidence' }).count(), 0, `no dead end on ${path}`);
  }
  await page.goto('/evidence/new');
  await page.getByRole('heading', { level: 1, name: 'Add evidence' }).waitFor();
  assert.match(await page.textContent('main'), /Once you've written one/);
  await checkA11y(page, 'add evidence, nothing to add to');
  await finish();
});

test('add evidence from beside the new belief', async () => {
  const sheet = sheetWithNewBelief('w-quick', { newBelief: 'People can handle my feelings.' });
  const { page, finish } = await app.open('/beliefs', { storage: onboarded(undefined, worksheetBuckets([sheet])) });
  await page.getByRole('heading', { level: 1, name: 'Beliefs' }).waitFor();
  await page.getByRole('link', { name: 'Add evidence' }).click();
  await page.getByRole('heading', { level: 1, name: 'Add evidence' }).waitFor();
  assert.ok(await page.getByRole('radio', { name: 'People can handle my feelings.' }).isChecked(), 'the only belief is chosen');
  await checkA11y(page, 'add evidence');

  await page.getByLabel('What happened?').fill('Said I was nervous before the party. Jo squeezed my hand.');
  await page.getByRole('button', { name: 'Add evidence' }).click();
  await page.getByRole('status').filter({ hasText: 'Added to “People can handle my feelings.”.' }).waitFor();

  const stored = await storageDump(page);
  const evidence = Object.entries(stored).filter(([k]) => k.startsWith('closer:e:evidence:')).flatMap(([, v]) => JSON.parse(v));
  assert.equal(evidence.length, 1);
  assert.equal(evidence[0].w, 'w-quick');

  await page.goto('/beliefs/w-quick');
  await ready(page);
  await page.getByText('Said I was nervous before the party. Jo squeezed my hand.').waitFor();
  assert.match(await page.textContent('main'), /1 piece of evidence so far/);

  // The note can be put in better words, in place; empty words are not a way to remove it.
  // (Its words move into a text box while editing: find the item by place, not by text.)
  const item = page.locator('.evidence-list li').first();
  await item.getByRole('button', { name: 'Edit' }).click();
  await item.getByLabel('Your note').fill('   ');
  await item.getByRole('button', { name: 'Save' }).click();
  await item.getByRole('alert').filter({ hasText: 'Write a few words, or remove the note instead.' }).waitFor();
  await checkA11y(page, 'editing a piece of evidence');
  await item.getByLabel('Your note').fill('Said I was nervous before the party. Jo squeezed my hand and stayed near.');
  await item.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Jo squeezed my hand and stayed near.').waitFor();
  await page.reload();
  await ready(page);
  await page.getByText('Said I was nervous before the party. Jo squeezed my hand and stayed near.').waitFor();
  const after = Object.entries(await storageDump(page)).filter(([k]) => k.startsWith('closer:e:evidence:')).flatMap(([, v]) => JSON.parse(v));
  assert.deepEqual(after.map((e) => [e.id, e.t, e.w]), evidence.map((e) => [e.id, e.t, e.w]), 'the same note, edited');
  await finish();
});

test('"Add evidence" from my new beliefs picks that belief, and a past day can be chosen', async () => {
  const a = sheetWithNewBelief('w-a', { newBelief: 'Needing people is human.', t: localNow(-7200) });
  const b = sheetWithNewBelief('w-b', { newBelief: 'I can be close and still me.', t: localNow(-3600) });
  const { page, finish } = await app.open('/beliefs', { storage: onboarded(undefined, worksheetBuckets([a, b])) });
  await page.getByRole('heading', { name: 'My new beliefs' }).waitFor();
  await checkA11y(page, 'beliefs with new beliefs');
  await page.getByRole('listitem').filter({ hasText: 'I can be close and still me.' }).getByRole('link', { name: 'Add evidence' }).click();
  await page.getByRole('heading', { level: 1, name: 'Add evidence' }).waitFor();
  assert.ok(await page.getByRole('radio', { name: 'I can be close and still me.' }).isChecked());
  assert.ok(!(await page.getByRole('radio', { name: 'Needing people is human.' }).isChecked()));

  const yesterday = new Date(now() - 86400000);
  const iso = `${yesterday.getFullYear()}-${String(yesterday.getMonth() + 1).padStart(2, '0')}-${String(yesterday.getDate()).padStart(2, '0')}`;
  await page.getByLabel('When').fill(iso);
  await page.getByLabel('What happened?').fill('Stayed in the kitchen talking instead of leaving.');
  await page.getByRole('button', { name: 'Add evidence' }).click();
  await page.getByRole('status').filter({ hasText: 'Added to “I can be close and still me.”.' }).waitFor();

  await page.goto('/beliefs/w-b');
  await ready(page);
  const item = page.getByRole('listitem').filter({ hasText: 'Stayed in the kitchen talking' });
  const [y, m, d] = iso.split('-').map(Number);
  assert.equal(await item.locator('time').getAttribute('datetime'), iso);
  assert.ok(y && m && d);
  await finish();
});
