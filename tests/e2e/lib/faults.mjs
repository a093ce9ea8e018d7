// The browser fault suite's tools. Every localStorage write the app makes (setItem or
// removeItem) is counted from when a fault is armed. At write N:
//   throw  that write throws (QuotaExceededError) and later ones go through;
//   full   storage is full from there on: every setItem throws, removeItem still works
//          (what a browser does when its quota is reached);
//   crash  the page closes: that write and every later one are lost, and the test opens
//          the page again as a person would.
// After each, the person must be able to open Closer with a passphrase they know and see
// every entry that was there before, readable, on screen.
import assert from 'node:assert/strict';
import { ready } from './harness.mjs';

/** Arms a fault in the page: { mode: 'count' | 'throw' | 'full' | 'crash', at }. The count
 *  is kept in sessionStorage too, so it survives the app starting the page again. */
export async function arm(page, fault) {
  await page.evaluate((f) => {
    if (!window.__faultHooks) {
      const P = Storage.prototype;
      const set = P.setItem;
      const remove = P.removeItem;
      const decide = (store, isSet) => {
        const s = window.__fault;
        if (!s || store !== window.localStorage) return 'go';
        s.count += 1;
        sessionStorage.setItem('__faultCount', String(s.count));
        if (s.mode === 'throw' && s.count === s.at) return 'throw';
        if (s.mode === 'full' && s.count >= s.at && isSet) return 'throw';
        if (s.mode === 'crash' && s.count >= s.at) return 'drop';
        return 'go';
      };
      P.setItem = function (k, v) {
        const d = decide(this, true);
        if (d === 'throw') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        if (d === 'drop') return undefined;
        return set.call(this, k, v);
      };
      P.removeItem = function (k) {
        const d = decide(this, false);
        if (d === 'throw') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        if (d === 'drop') return undefined;
        return remove.call(this, k);
      };
      window.__faultHooks = true;
    }
    window.__fault = { ...f, count: 0 };
    sessionStorage.setItem('__faultCount', '0');
  }, fault);
}

/** Writes counted since the fault was armed. */
export async function writes(page) {
  return page.evaluate(() => Number(sessionStorage.getItem('__faultCount') || 0));
}

/** Everything in localStorage (Closer's keys and the harness's marker). */
export async function snapshot(page) {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
}

/** Puts storage back exactly as `snap` was (before the next page load reads it). */
export async function restore(page, snap) {
  await page.evaluate((s) => {
    window.__fault = null;
    localStorage.clear();
    for (const [k, v] of Object.entries(s)) localStorage.setItem(k, v);
  }, snap);
}

/** Opens `path` as a fresh page; if Closer is locked, tries each passphrase in turn.
 *  Returns the passphrase that opened it ('' when the lock is off), or null. */
export async function openWith(page, path, passphrases) {
  await page.goto(path);
  await ready(page);
  const locked = page.getByRole('heading', { level: 1, name: 'Closer is locked' });
  if (!(await locked.isVisible())) return '';
  for (const p of passphrases) {
    await page.getByLabel('Passphrase').fill(p);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.waitForFunction(() => !document.body.textContent.includes('Unlocking…'), null, { timeout: 30000 });
    if (!(await locked.isVisible())) return p;
  }
  return null;
}

/** The wins listed on /wins (their "what I risked" lines), once the list has drawn. */
export async function winsShown(page) {
  await page.getByRole('heading', { level: 1, name: 'Wins journal' }).waitFor();
  await page.getByRole('status').filter({ hasText: /wins? kept|No wins yet/ }).waitFor();
  return (await page.locator('.win-list h2').allTextContents()).map((t) => t.trim()).sort();
}

/** Runs `op` at every write count N, in both ways, and checks each outcome.
 *  - `prepare(page)`: storage is as before; bring the page to just before the operation.
 *  - `op(page)`: do it (the fault is armed just before), resolving once the screen answered,
 *    with what it said.
 *  - `check(page, { mode, at, said })`: open Closer again and check; returns the entries lost.
 *  Prints and returns the figures. */
export async function everyFault(page, name, { before, prepare, op, check }) {
  await restore(page, before);
  await prepare(page);
  await arm(page, { mode: 'count' });
  await op(page);
  const total = await writes(page);
  assert.ok(total > 1, `${name} writes more than one key (${total})`);
  let tried = 0;
  let lost = 0;
  for (let at = 1; at <= total; at++) {
    for (const mode of ['throw', 'full', 'crash']) {
      await restore(page, before);
      await prepare(page);
      await arm(page, { mode, at });
      const said = await op(page);
      lost += await check(page, { mode, at, said });
      tried += 1;
    }
  }
  console.log(`fault suite: ${name}: ${total} writes, ${tried} interruption points tried, ${lost} entries lost`);
  assert.equal(lost, 0, `${name}: entries lost`);
  return { total, tried, lost };
}

/** Waits until one of `texts` shows on the page (the screen answered the person); returns it. */
export async function answered(page, texts) {
  const found = await page.waitForFunction((ts) => ts.find((t) => document.body.textContent.includes(t)), texts, { timeout: 30000 });
  return found.jsonValue();
}

/** Unlocks from the locked screen with `pass`, and waits until the screen behind it is back. */
export async function unlockWith(page, pass) {
  await page.getByRole('heading', { level: 1, name: 'Closer is locked' }).waitFor();
  await ready(page);
  await page.getByLabel('Passphrase').fill(pass);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('heading', { level: 1, name: 'Closer is locked' }).waitFor({ state: 'detached' });
}

/** Opens a screen inside the app, as a link does (a page load would ask for the
 *  passphrase again), and waits until the screen before is gone and the new one drawn. */
export async function goInside(page, path) {
  const before = await page.evaluateHandle((to) => {
    const h1 = document.querySelector('main h1');
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
    return h1;
  }, path);
  await page.waitForFunction((old) => !old.isConnected && document.querySelector('main h1'), before);
  await ready(page);
}

/** Turns the lock on from /settings/lock. */
export async function turnLockOn(page, pass) {
  await page.getByLabel('New passphrase').fill(pass);
  await page.getByLabel('The same passphrase again').fill(pass);
  await page.getByLabel('I understand that if I forget this passphrase, my data is gone.').check();
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await page.getByRole('heading', { name: 'The lock is on' }).waitFor();
}

/** Keys (other than the schema number, the lock record and the harness's marker) whose
 *  values are stored in the clear. */
export async function plainValues(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('closer:')
    && k !== 'closer:meta' && k !== 'closer:lock' && !k.startsWith('closer:j:') && k !== 'closer:op'
    && !localStorage.getItem(k).startsWith('#')));
}

/** Seeded entries missing from what is shown, unless what is shown is exactly one of the
 *  outcomes the operation may end in (all of it or none of it). */
export function lostBetween(shown, outcomes) {
  const key = (l) => JSON.stringify([...l].sort());
  if (outcomes.some((o) => key(o) === key(shown))) return 0;
  const before = outcomes[0];
  const missing = before.filter((w) => !shown.includes(w)).length;
  return Math.max(missing, 1);
}
