// Replays the order in which an engine reports a service worker's life to the page, against
// the register-sw.js this build ships, and counts the "new version ready" announcements.
// Engines differ: Chromium says "installed" before the first worker claims the page; WebKit
// can make that first worker the controller (clients.claim()) before it says "installed".
// Only the evaluate of a string is needed, so every engine's driver can run it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The source of the registration script in a build (its hashed name is in index.html). */
export function registerScript(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const name = html.match(/src="\/(register-sw-[0-9a-f]+\.js)"/)?.[1] ?? html.match(/src="\/(register-sw[^"]*\.js)"/)?.[1];
  if (!name) throw new Error('index.html loads no register-sw script');
  return readFileSync(join(dist, name), 'utf8');
}

/** The orders replayed: name -> the number of announcements a person should see. */
export const ORDERS = {
  // First visit, in the order the spec and Chromium use: installed, then activated, then claimed.
  'first visit, installed before claimed': 0,
  // First visit as WebKit may report it: the page is claimed while the worker still waits.
  'first visit, claimed before installed': 0,
  // A new version found beside the one in charge: announced once it has installed.
  'update found beside an active worker': 1,
  // The page opens while a new version already waits.
  'update already waiting at load': 1,
};

/** A script for evaluate(): runs `source` against a stand-in service worker container that
 *  reports `order`, and resolves to the number of announcements. */
export function replayOrder(source, order) {
  if (!(order in ORDERS)) throw new Error(`unknown order ${order}`);
  return `(async () => {
    const order = ${JSON.stringify(order)};
    const tick = () => new Promise((r) => setTimeout(r, 0));
    const worker = (state) => Object.assign(new EventTarget(), { state, postMessage() {} });
    // The app's first screen is up and the page is idle: the worker is registered at once.
    const win = Object.assign(new EventTarget(), {
      isSecureContext: true, location: { reload() {} }, __closerMounted: true, requestIdleCallback: (f) => f(),
    });
    const container = Object.assign(new EventTarget(), { controller: null });
    const reg = Object.assign(new EventTarget(), { installing: null, waiting: null, active: null });
    container.register = () => Promise.resolve(reg);
    container.getRegistration = () => Promise.resolve(reg);
    const old = worker('activated');
    if (order.startsWith('update')) { reg.active = old; container.controller = old; }
    if (order === 'update already waiting at load') reg.waiting = worker('installed');
    let announced = 0;
    win.addEventListener('closer-update-ready', () => { announced += 1; });
    (function (navigator, window) {
${source}
    })({ serviceWorker: container }, win);
    win.dispatchEvent(new Event('load'));
    await tick(); await tick();
    if (order === 'update already waiting at load') return announced;
    const w = worker('installing');
    reg.installing = w;
    reg.dispatchEvent(new Event('updatefound'));
    await tick();
    const become = (state) => { w.state = state; w.dispatchEvent(new Event('statechange')); };
    const claim = () => { container.controller = w; container.dispatchEvent(new Event('controllerchange')); };
    if (order === 'first visit, installed before claimed') {
      reg.installing = null; reg.waiting = w; become('installed');
      reg.waiting = null; reg.active = w; become('activating'); become('activated'); claim();
    } else if (order === 'first visit, claimed before installed') {
      reg.installing = null; reg.waiting = w; claim(); become('installed');
      reg.waiting = null; reg.active = w; become('activating'); become('activated');
    } else {
      reg.installing = null; reg.waiting = w; become('installed');
    }
    await tick(); await tick();
    return announced;
  })()`;
}
