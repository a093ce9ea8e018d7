// The main journeys of a person using Closer, written once against the driver (driver.mjs)
// and run in Chromium, Firefox and WebKit (engines-*.test.mjs): one browser, one profile,
// from a true first visit on, in this order, each building on the one before.
import assert from 'node:assert/strict';
import { ORDERS, registerScript, replayOrder } from '../sw-order.mjs';

const INTENTION = 'I will let one person a little closer.';
const PASS = 'seven blue kites';
const BANNER = 'A new version of Closer is ready';

/** Every feature whose screens are fetched the first time they open (src/screens.rs):
 *  a screen of each, and its heading. */
export const FEATURES = [
  ['/about', 'About and safety'],
  ['/moment', 'Help now'],
  ['/partner', "Your partner's needs"],
  ['/therapy', 'Working with a therapist'],
  ['/quiz', 'Questionnaires'],
  ['/understand', 'Understand the pattern'],
  ['/beliefs', 'Beliefs'],
  ['/checkin', 'Check in'],
  ['/morning', 'Morning routine'],
  ['/progress', 'Progress'],
  ['/practice', 'Practice'],
  ['/wins', 'Wins journal'],
  ['/settings/data', 'Backup and restore'],
];

const h1 = (name) => ({ role: 'heading', level: 1, name });

/** Waits until the service worker controls the page, for as long as its install is moving
 *  (files arriving in its cache, or its state changing): a loaded machine precaches slowly,
 *  and that is not a failure. Fails when the worker is gone (redundant) or nothing has moved
 *  for `still` ms. */
async function workerInCharge(d, still = 30000) {
  let last = '';
  let moved = Date.now();
  for (;;) {
    const seen = await d.evaluate(async () => {
      if (navigator.serviceWorker.controller) return 'in charge';
      const reg = await navigator.serviceWorker.getRegistration();
      const worker = reg && (reg.installing || reg.waiting || reg.active);
      const key = (await caches.keys()).find((k) => k.startsWith('closer-'));
      const cached = key ? (await (await caches.open(key)).keys()).length : 0;
      return `${worker ? worker.state : 'no worker yet'}, ${cached} files cached`;
    }).catch((e) => `(a try failed: ${e.message})`);
    if (seen === 'in charge') return;
    if (/^redundant/.test(seen)) throw new Error(`${d.engine}: the service worker failed to install (${seen})`);
    if (seen !== last) { last = seen; moved = Date.now(); }
    if (Date.now() - moved > still) throw new Error(`${d.engine}: the service worker made no progress for ${still} ms (${last})`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
const status = (name) => ({ role: 'status', name });

/** name -> async (driver, run) => {}; run has { dist, stopServing } and keeps state between steps. */
export const JOURNEYS = {
  async 'a first visit: one action to a first check-in, then an intention that survives reload'(d) {
    await d.goto('/');
    await d.waitFor(h1('Welcome to Closer'));
    assert.equal(await d.path(), '/welcome');
    assert.match(await d.text('main'), /not therapy/);
    await d.click({ role: 'button', name: 'Begin with a check-in' });
    await d.waitFor(h1('Check in'));
    await d.click({ role: 'button', name: 'pleasant' });
    await d.click({ role: 'button', name: 'Save check-in' });
    await d.waitFor(status(/Noted/));
    await d.click({ role: 'link', name: "say in a sentence why you're here" });
    await d.waitFor(h1("Why you're here"));
    await d.fill('In your own words (optional)', INTENTION);
    await d.click({ role: 'button', name: 'Keep this' });
    await d.waitFor(h1('Today'));
    assert.equal(await d.path(), '/');
    await d.reload();
    await d.waitFor(h1('Today'));
    assert.match(await d.text('main'), /Week 1 of your program/);
    await d.click({ text: 'More for today' });
    await d.waitFor({ text: INTENTION });
  },

  async 'a first visit: the worker takes charge, and no update banner shows'(d, run) {
    await workerInCharge(d);
    // Give a late "update ready" every chance to show before looking.
    await new Promise((r) => setTimeout(r, 1000));
    assert.ok(await d.absent({ text: BANNER }), 'no update banner on a first visit');
    // The orders in which engines report a worker's steps: only an update is announced.
    const source = registerScript(run.dist);
    for (const [order, want] of Object.entries(ORDERS)) {
      assert.equal(await d.run(replayOrder(source, order)), want, order);
    }
  },

  async 'a check-in is saved and seen after a reload'(d) {
    await d.click({ role: 'link', name: 'Check in', within: { role: 'navigation', name: 'Main' } });
    await d.waitFor(h1('Check in'));
    await d.click({ role: 'button', name: 'pleasant' });
    await d.click({ role: 'button', name: 'Save check-in' });
    await d.waitFor(status(/Noted/));
    await d.reload();
    await d.waitFor({ role: 'link', name: /· pleasant/, within: { role: 'region', name: 'Today so far' } });
    const stored = Object.entries(await d.storage()).filter(([k]) => k.startsWith('closer:e:ci:'));
    assert.equal(stored.length, 1);
    assert.deepEqual(JSON.parse(stored[0][1]).map((e) => e.w), [['pleasant'], ['pleasant']], 'the first visit\'s and this one');
  },

  async 'the 36-item questionnaire, answered all 7s, gives its result'(d) {
    await d.goto('/quiz');
    await d.waitFor(h1('Questionnaires'));
    await d.click({ role: 'link', name: 'The ECR-R questionnaire' });
    await d.waitFor({ css: '#item-text' });
    for (let i = 0; i < 36; i++) {
      const before = await d.text('#quiz-progress-text');
      // Focus leaves the statement first (WebKit doesn't focus a clicked button), so its
      // return below means this answer's arrival, not the last one's.
      await d.evaluate(() => document.activeElement?.blur());
      await d.click({ role: 'button', name: '7 Strongly agree' });
      // The next statement has come and been brought into view (it takes focus then): a click
      // aimed before that scroll would land where the button was.
      await d.waitFor(new Function(`return document.getElementById('quiz-progress-text')?.textContent.replace(/\\s+/g, ' ').trim() !== ${JSON.stringify(before)} && (${i} === 35 || document.activeElement?.id === 'quiz-item')`), { what: `statement ${i + 2}` });
    }
    await d.click({ role: 'button', name: 'See my results' });
    await d.waitFor({ css: '.scores' });
    assert.match(await d.path(), /^\/quiz\/result\//);
    const scores = await d.evaluate(() => Object.fromEntries([...document.querySelectorAll('.score')].map((s) => [s.querySelector('dt').textContent.trim().toLowerCase(), s.querySelector('.score-value').textContent.trim()])));
    assert.deepEqual(scores, { anxiety: '6.3', avoidance: '3.0' });
    assert.match(await d.text('main'), /Not a diagnosis/);
  },

  async 'a win is kept'(d) {
    await d.goto('/wins/new');
    await d.waitFor(h1('Add a win'));
    await d.fill('What I risked', 'Told Jo I missed her');
    await d.fill('How they responded', 'She said she missed me too');
    await d.click({ role: 'button', name: 'Keep this win' });
    await d.waitFor(status('1 win kept.'));
    assert.equal(await d.path(), '/wins');
    await d.waitFor({ role: 'link', name: 'Told Jo I missed her' });
  },

  async 'a belief worksheet is started and its next step kept across a reload'(d) {
    await d.goto('/beliefs');
    await d.click({ role: 'link', name: 'Start a worksheet' });
    await d.waitFor(h1('Start a belief worksheet'));
    await d.check({ role: 'radio', name: 'In my own words' });
    await d.fill('The belief, as it sounds in your head', 'If people see how much I need them, they will leave.');
    await d.fill('How much do you believe it right now?', 85);
    await d.click({ role: 'button', name: 'Start the worksheet' });
    await d.waitFor(h1('Step 2 of 7: Where it comes from'));
    await d.fill('When did you first learn it?', 'Dad said crying was for babies.');
    await d.reload();
    await d.waitFor(h1('Step 2 of 7: Where it comes from'));
    assert.equal(await d.value('When did you first learn it?'), 'Dad said crying was for babies.');
  },

  async 'a backup is made, everything deleted, and the backup restores it'(d) {
    await d.goto('/settings/data');
    await d.waitFor(h1('Backup and restore'));
    await d.catchDownloads();
    await d.click({ role: 'button', name: 'Download a backup' });
    await d.waitFor(status(/is in your downloads/));
    await d.waitFor(() => (window.__e2eDownloads || []).length > 0, { what: 'the backup file' });
    const [file] = await d.downloads();
    assert.match(file.name, /^closer-backup-\d{4}-\d\d-\d\d\.json$/);
    const backup = JSON.parse(file.text);
    assert.equal(backup.closer_backup, 1);
    const kinds = Object.keys(backup.entries).sort();
    for (const k of ['ci', 'win']) assert.ok(kinds.includes(k), `the backup holds ${k}: ${kinds}`);
    const held = Object.values(backup.entries).reduce((n, list) => n + list.length, 0);

    await d.click({ role: 'button', name: 'Delete everything…' });
    await d.click({ role: 'button', name: 'Yes, delete everything' });
    await d.waitFor(h1('Welcome to Closer'));
    assert.deepEqual(Object.keys(await d.storage()).filter((k) => k !== 'closer:meta'), [], 'nothing is left');

    await d.goto('/settings/data');
    await d.upload('Backup file', file.name, file.text);
    await d.waitFor({ text: new RegExp(`holds ${held} entries`) });
    await d.click({ role: 'button', name: "Add what's new" });
    await d.waitFor(status(`Done. ${held} entries from the backup were added to what was here.`));
    await d.goto('/wins');
    await d.waitFor(status('1 win kept.'));
    await d.goto('/');
    await d.waitFor(h1('Today'));
    await d.click({ text: 'More for today' });
    await d.waitFor({ text: INTENTION });
  },

  async 'the app lock goes on, locks a reload, opens with the passphrase, and goes off'(d) {
    await d.goto('/settings/lock');
    await d.waitFor(h1('App lock'));
    await d.fill('New passphrase', PASS);
    await d.fill('The same passphrase again', PASS);
    await d.check('I understand that if I forget this passphrase, my data is gone.');
    await d.click({ role: 'button', name: 'Turn on the lock' });
    await d.waitFor({ role: 'heading', name: 'The lock is on' });
    const sealed = await d.storage();
    assert.ok(sealed['closer:d:profile'].startsWith('#'), 'documents are sealed');
    assert.ok(!Object.values(sealed).some((v) => v.includes('Told Jo')), 'no stored word is readable');

    await d.reload();
    await d.waitFor(h1('Closer is locked'));
    await d.fill('Passphrase', PASS);
    await d.click({ role: 'button', name: 'Unlock' });
    await d.waitFor({ role: 'heading', name: 'The lock is on' }, { timeout: 60000 });
    await d.click({ role: 'button', name: 'Turn the lock off…' });
    await d.click({ role: 'button', name: 'Yes, turn it off' });
    await d.waitFor({ role: 'button', name: 'Turn on the lock' }, { timeout: 60000 });
    const plain = await d.storage();
    assert.equal(plain['closer:lock'], undefined);
    assert.equal(JSON.parse(plain['closer:d:profile']).intention, INTENTION);
  },

  async 'every lazily loaded feature opens'(d) {
    for (const [path, heading] of FEATURES) {
      await d.goto(path);
      await d.waitFor(h1(heading));
      assert.ok(await d.absent({ text: "This part of Closer didn't download" }), path);
    }
  },

  async 'after the first visit the app reloads and opens screens with the server gone'(d, run) {
    await workerInCharge(d);
    // The error watcher (not part of the app) is kept offline too, so it can still listen.
    await d.evaluate(async () => {
      const key = (await caches.keys()).find((k) => k.startsWith('closer-'));
      await (await caches.open(key)).add('/__e2e/watch.js');
    });
    const here = await d.text('main h1');
    await run.stopServing();
    await d.reload();
    await d.waitFor(h1(here));
    await d.goto('/');
    await d.waitFor(h1('Today'));
    await d.goto('/about');
    await d.waitFor(h1('About and safety'));
    await d.goto('/checkin');
    await d.waitFor(h1('Check in'));
  },
};
