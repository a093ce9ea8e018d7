// "Also lock as soon as Closer leaves the screen": with it chosen (beside the idle times),
// Closer locks the moment the page is hidden (another app, the phone's screen off) and the
// words being typed are back after unlocking; without it, leaving the screen changes
// nothing. The choice is kept for this device, sealed like everything else.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, storageDump } from './lib/harness.mjs';
import { seeded, CLOCK } from './lib/data.mjs';
import { unlockWith, goInside } from './lib/faults.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const P = 'seven blue kites';
const CHOICE = 'Also lock as soon as Closer leaves the screen';

/** The page leaves the screen, as when another app comes to the front. */
async function hide(page) {
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  });
}

async function turnOn(page, whenHidden) {
  await page.getByLabel('New passphrase').fill(P);
  await page.getByLabel('The same passphrase again').fill(P);
  await page.getByLabel('Lock again after no use for').selectOption({ label: '1 hour' });
  if (whenHidden) await page.getByLabel(CHOICE).check();
  await page.getByLabel('I understand that if I forget this passphrase, my data is gone.').check();
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await page.getByRole('heading', { name: 'The lock is on' }).waitFor();
}

test('chosen: leaving the screen locks at once, and the words typed are back after unlocking', async () => {
  const { page, finish } = await app.open('/settings/lock', { storage: seeded(), clock: CLOCK });
  await page.getByRole('heading', { level: 1, name: 'App lock' }).waitFor();
  await turnOn(page, true);
  // The choice is stored for this device, sealed: its value is not readable.
  const dump = await storageDump(page);
  assert.ok(dump['closer:device:lock-when-hidden'], 'kept for this device');
  assert.ok(dump['closer:device:lock-when-hidden'].startsWith('#'), 'sealed like every value');

  await goInside(page, '/wins/new');
  await page.getByLabel('What I risked', { exact: true }).fill('Told Sam I was scared');
  await hide(page);
  await unlockWith(page, P);
  assert.equal(new URL(page.url()).pathname, '/wins/new', 'the same screen');
  await page.waitForFunction(() => [...document.querySelectorAll('main textarea, main input')].some((e) => e.value === 'Told Sam I was scared'), null, { timeout: 15000 });

  // The setting shows as chosen, beside the idle times, and can be turned off.
  await goInside(page, '/settings/lock');
  const choice = page.getByLabel(CHOICE);
  assert.equal(await choice.isChecked(), true);
  await choice.uncheck();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  await hide(page);
  await page.waitForTimeout(1500);
  assert.equal(await page.getByRole('heading', { level: 1, name: 'Closer is locked' }).count(), 0, 'turned off: no lock');
  await finish();
});

test('not chosen: leaving the screen changes nothing', async () => {
  const { page, finish } = await app.open('/settings/lock', { storage: seeded(), clock: CLOCK });
  await page.getByRole('heading', { level: 1, name: 'App lock' }).waitFor();
  await turnOn(page, false);
  assert.equal(await page.getByLabel(CHOICE).isChecked(), false);
  await goInside(page, '/wins/new');
  await page.getByLabel('What I risked', { exact: true }).fill('Stayed for dinner');
  await hide(page);
  await page.waitForTimeout(1500);
  assert.equal(await page.getByRole('heading', { level: 1, name: 'Closer is locked' }).count(), 0);
  assert.equal(await page.getByLabel('What I risked', { exact: true }).inputValue(), 'Stayed for dinner');
  await finish();
});
