// Two tabs in Firefox and WebKit (Chromium: store-two-tabs-deletes, store-two-tabs-writer-lock):
// a win deleted in one tab stays deleted while the tab that saved it still looks after it;
// "Delete everything" in one tab stays done; a passphrase changed in one tab while the other
// saves leaves nothing set aside, everything sealed, and the new passphrase opens it all.
// Each engine runs in one browser with two tabs of one profile, through lib/engines.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DIST, onboarded } from './lib/harness.mjs';
import { startServer } from './lib/serve.mjs';
import { Driver } from './lib/engines/driver.mjs';
import * as adapters from './lib/engines/adapters.mjs';

const ENGINES = (process.env.CLOSER_ENGINES || 'firefox,webkit').split(',');
const h1 = (name) => ({ role: 'heading', level: 1, name });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Longer than a tab looks after its save (10 s, state/collection.rs `look_after`). */
const LOOK_AFTER = 12_500;
const OLD = 'seven blue kites';
const NEW = 'a harbour at dawn';

async function wins(d) {
  return Object.entries(await d.storage()).filter(([k]) => k.startsWith('closer:e:win:')).flatMap(([, v]) => JSON.parse(v));
}

async function keepWin(d, words) {
  await d.goto('/wins/new');
  await d.fill({ label: 'What I risked' }, words);
  await d.click({ role: 'button', name: 'Keep this win' });
  await d.waitFor(h1('Wins journal'));
  await d.waitFor({ role: 'link', name: words });
}

for (const engine of ENGINES) {
  let server, adapter, a, b, base;
  before(async () => {
    server = await startServer(DIST, await adapters.freePort(), '127.0.0.1', { watch: true });
    base = `http://127.0.0.1:${server.address().port}`;
    adapter = await adapters[engine]({ base });
    a = new Driver(adapter, { base, engine });
    b = new Driver(await adapter.another(), { base, engine });
  });
  after(async () => {
    await adapter?.close();
    await new Promise((r) => { server.close(r); server.closeAllConnections(); });
  });

  /** Both tabs on a fresh, onboarded store. */
  async function fresh() {
    await a.goto('/about');
    await a.evaluate((seed) => { localStorage.clear(); for (const [k, v] of Object.entries(seed)) localStorage.setItem(k, v); }, onboarded());
    await a.reload();
    await b.goto('/wins');
  }

  test(`${engine}: a win deleted in one tab stays deleted while the tab that saved it is open`, async () => {
    await fresh();
    const words = 'Told Jo I missed her';
    await keepWin(a, words);
    await b.reload();
    await b.click({ role: 'link', name: words });
    await b.click({ role: 'button', name: 'Delete this win' });
    await b.click({ role: 'button', name: 'Yes, delete it' });
    await b.waitFor(h1('Wins journal'));
    await b.waitFor(async () => true);
    assert.deepEqual(await wins(b), [], 'deleted');
    await sleep(LOOK_AFTER);
    assert.deepEqual(await wins(a), [], 'the win did not come back into storage');
    assert.ok(await a.absent({ role: 'link', name: words }), 'gone from the tab that saved it');
    await a.reload();
    assert.ok(await a.absent({ role: 'link', name: words }), 'not listed after a reload');
  });

  test(`${engine}: "Delete everything" in one tab stays done while the other looks after a save`, async () => {
    await fresh();
    await keepWin(a, 'Asked for a hug');
    await b.goto('/settings/data');
    await b.click({ role: 'button', name: 'Delete everything…' });
    await b.click({ role: 'button', name: 'Yes, delete everything' });
    await b.waitFor(h1('Welcome to Closer'));
    await sleep(LOOK_AFTER);
    assert.deepEqual(Object.keys(await a.storage()).filter((k) => k !== 'closer:meta'), [], 'nothing came back into storage');
    // The tab that saved starts again from nothing too (an address other than the start
    // shows its screen, empty; the start shows the welcome).
    await a.reload();
    await a.waitFor({ text: /No wins yet/ });
    await a.goto('/');
    await a.waitFor(h1('Welcome to Closer'));
  });

  test(`${engine}: a passphrase changed in one tab while the other saves: nothing set aside, all sealed, the new one opens it all`, async () => {
    await fresh();
    await a.goto('/settings/lock');
    await a.fill('New passphrase', OLD);
    await a.fill('The same passphrase again', OLD);
    await a.check('I understand that if I forget this passphrase, my data is gone.');
    await a.click({ role: 'button', name: 'Turn on the lock' });
    await a.waitFor({ role: 'heading', name: 'Change the passphrase' }, { timeout: 60000 });
    // The other tab opens with the passphrase and keeps a win.
    await b.goto('/wins/new');
    await b.waitFor(h1('Closer is locked'));
    await b.fill('Passphrase', OLD);
    await b.click({ role: 'button', name: 'Unlock' });
    await b.waitFor({ label: 'What I risked' }, { timeout: 60000 });
    await b.fill({ label: 'What I risked' }, 'Stayed when it got hard');
    await b.click({ role: 'button', name: 'Keep this win' });
    await b.waitFor(h1('Wins journal'));
    // This tab changes the passphrase; the other then saves another win with its old key.
    await a.fill('Current passphrase', OLD);
    await a.fill({ label: 'New passphrase', within: { role: 'form', name: 'Change the passphrase' } }, NEW);
    await a.fill('The new passphrase again', NEW);
    await a.click({ role: 'button', name: 'Change the passphrase', within: { role: 'form', name: 'Change the passphrase' } });
    await a.waitFor({ role: 'status', name: /Your passphrase is changed/ }, { timeout: 60000 }).catch(async () => a.waitFor({ text: /Your passphrase is changed/ }));
    await b.goto('/wins/new').catch(() => {});
    await sleep(LOOK_AFTER);
    const after = await a.storage();
    assert.deepEqual(Object.keys(after).filter((k) => k.startsWith('closer:q:')), [], 'nothing set aside');
    for (const [k, v] of Object.entries(after)) {
      if (k === 'closer:meta' || k === 'closer:lock' || k.startsWith('closer:x:') || k.startsWith('closer:device:')) continue;
      assert.ok(v.startsWith('#'), `${k} is sealed`);
      assert.ok(!v.includes('Stayed when it got hard'), `no word readable in ${k}`);
    }
    // A page load asks for the passphrase again: open the wins, then unlock there.
    await a.goto('/wins');
    await a.waitFor(h1('Closer is locked'));
    await a.fill('Passphrase', NEW);
    await a.click({ role: 'button', name: 'Unlock' });
    await a.waitFor({ role: 'link', name: 'Stayed when it got hard' }, { timeout: 60000 });
  });
}
