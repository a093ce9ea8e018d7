// Every screen's route as an address to open on the lived-in store (lib/lived-in.mjs),
// and a way to move between screens inside the app without reloading it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { livedIn } from './lived-in.mjs';

const store = livedIn();
const firstId = (kind) => JSON.parse(Object.entries(store).find(([k]) => k.startsWith(`closer:e:${kind}:`))[1])[0].id;
const SAMPLE = {
  '/checkin/:id': `/checkin/${firstId('ci')}`,
  '/quiz/result/:id': `/quiz/result/${firstId('qa')}`,
  '/wins/:id': `/wins/${firstId('win')}`,
  '/beliefs/:id': '/beliefs/w-lived',
  '/beliefs/:id/step/:n': '/beliefs/w-lived/step/3',
  '/practice/:program/log': '/practice/expression/log',
  '/practice/:program': '/practice/expression',
  '/understand/:section': '/understand/roots',
};

const src = (file) => readFileSync(resolve(import.meta.dirname, '../../../src', file), 'utf8');
/** Every screen's route pattern: the shell's in src/app.rs, the features' in src/screens.rs
 *  (each written once there), in the order they are declared. */
export const PATTERNS = [...new Set([
  ...[...src('app.rs').matchAll(/path!\("([^"]+)"\)/g)].map((m) => m[1]),
  ...[...src('screens.rs').matchAll(/^ +"(\/[^"]*)" =>/gm)].map((m) => m[1]),
])].filter((p) => !p.includes('*'));
/** One address per route, with ids from the lived-in store. */
export const ROUTES = PATTERNS.map((p) => SAMPLE[p] || p);
export const TABS = ['/', '/checkin', '/progress', '/practice', '/more'];

/** Moves inside the app to `path` (a click on a link, as the router sees one; no reload)
 *  and waits until its screen has replaced the one before (a new heading, or the same
 *  heading element with new words: the view layer may reuse it). */
export async function go(page, path) {
  if (await page.evaluate((path) => location.pathname === path, path)) return;
  await page.evaluate((path) => {
    const h = document.querySelector('main h1');
    window.__left = { h, text: h?.textContent };
    let a = document.getElementById('test-go');
    if (!a) { a = document.createElement('a'); a.id = 'test-go'; a.hidden = true; document.body.append(a); }
    a.setAttribute('href', path);
    a.click();
  }, path);
  await page.waitForFunction((path) => {
    const h = document.querySelector('main h1');
    return location.pathname === path && h && (h !== window.__left.h || h.textContent !== window.__left.text);
  }, path, { timeout: 15000 });
  // Let lazily drawn parts settle.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}
