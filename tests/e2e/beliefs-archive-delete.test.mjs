// Several worksheets: one is put away and brought back, another deleted after a
// confirmation, with its evidence.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, checkA11y, ready, onboarded, storageDump } from './lib/harness.mjs';
import { sheetWithNewBelief, worksheetBuckets, localNow, monthKey } from './beliefs-helpers.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('archive, bring back, and delete with confirmation', async () => {
  const t = localNow(-600);
  const keep = sheetWithNewBelief('w-keep', { belief: 'Feelings are a waste of time.' });
  const gone = sheetWithNewBelief('w-gone', { belief: 'Nobody can be trusted.' });
  const evidence = { [`closer:e:evidence:${monthKey(t)}`]: JSON.stringify([{ id: 'e1', t, w: 'w-gone', x: 'A note' }]) };
  const { page, finish } = await app.open('/beliefs/w-keep', { storage: onboarded(undefined, { ...worksheetBuckets([keep, gone]), ...evidence }) });
  await page.getByRole('heading', { level: 1, name: 'Belief worksheet' }).waitFor();

  await page.getByRole('button', { name: 'Put it away (archive)' }).click();
  await page.getByRole('button', { name: 'Bring it back' }).waitFor();
  await page.goto('/beliefs');
  await ready(page);
  await page.getByText('Put away (1)').click();
  await checkA11y(page, 'beliefs with archive open');
  assert.equal(await page.getByRole('heading', { name: 'My new beliefs' }).count(), 1);
  assert.doesNotMatch(await page.locator('.new-beliefs').textContent(), /Feelings are a waste of time/, 'archived beliefs leave the review list');

  await page.getByRole('link', { name: 'Nobody can be trusted.' }).click();
  await page.getByRole('heading', { level: 1, name: 'Belief worksheet' }).waitFor();
  await page.getByRole('button', { name: 'Delete…' }).click();
  await page.getByText('Delete this worksheet and its 1 piece of evidence?').waitFor();
  await checkA11y(page, 'delete confirmation');
  await page.getByRole('button', { name: 'Keep it' }).click();
  await page.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('button', { name: 'Delete for good' }).click();
  await page.getByRole('heading', { level: 1, name: 'Beliefs' }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Nobody can be trusted.' }).count(), 0);

  const stored = await storageDump(page);
  assert.ok(!Object.keys(stored).some((k) => k.startsWith('closer:e:evidence:')), 'its evidence went with it');
  const sheets = Object.entries(stored).filter(([k]) => k.startsWith('closer:e:belief:')).flatMap(([, v]) => JSON.parse(v));
  assert.deepEqual(sheets.map((s) => [s.id, !!s.ar]), [['w-keep', true]]);
  await finish();
});
