// Styles stay in their room: only tokens.css, base.css, shell.css and widgets.css style the
// whole app; every rule of a feature's sheet starts with, and on every screen reaches only
// elements inside, that feature's root class; then the known leaks one by one by their
// computed styles (a probe that takes a feature's style inside its room and none outside).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch, ready, seedStorage } from './lib/harness.mjs';
import { livedIn, clock } from './lib/lived-in.mjs';
import { ROUTES, go } from './lib/routes.mjs';

/** Each feature sheet and the root classes its rules must stay under. */
const ROOMS = {
  daily: ['.today', '.welcome', '.routine', '.progress'],
  moment: ['.moment'],
  partner: ['.partner'],
  therapy: ['.therapy'],
  quiz: ['.quiz'],
  understand: ['.understand'],
  beliefs: ['.beliefs'],
  feel: ['.feel'],
  practice: ['.practice', '.wins'],
  data: ['.data', '.unlock'],
  safety: ['.safety-page'],
  share: ['.summary', '.summary-doc', '.move'],
};
const GLOBAL = ['tokens', 'base', 'shell', 'widgets'];

let app;
before(async () => { app = await launch(); });
after(() => app.close());

/** The selectors of a stylesheet's rules (the build joins the sheets into one file, so
 *  they are read from style/ itself); print rules left out: a page's print styles may
 *  hide the frame around it. */
function selectorsOf(css) {
  css = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out = [];
  const open = [];
  let buf = '';
  for (const ch of css) {
    if (ch === '{') {
      const head = buf.trim();
      buf = '';
      if (!head.startsWith('@') && !open.some((h) => /^@(keyframes|font-face|media print)/.test(h))) {
        out.push(...head.split(/,(?![^(]*\))/).map((x) => x.trim()).filter(Boolean));
      }
      open.push(head);
    } else if (ch === '}') { open.pop(); buf = ''; } else if (ch === ';') buf = ''; else buf += ch;
  }
  return out;
}

const STYLE = resolve(import.meta.dirname, '../../style');
const SHEETS = Object.fromEntries(Object.keys(ROOMS).map((n) => [n, selectorsOf(readFileSync(join(STYLE, `${n}.css`), 'utf8'))]));

test('every stylesheet is either global or a feature\'s, and each feature rule starts with its room', () => {
  const files = readdirSync(STYLE).filter((f) => f.endsWith('.css')).map((f) => f.replace(/\.css$/, ''));
  assert.deepEqual(files.filter((f) => !ROOMS[f] && !GLOBAL.includes(f)), [], 'a stylesheet with no room');
  for (const [sheet, sels] of Object.entries(SHEETS)) {
    assert.ok(sels.length > 0, sheet);
    const inRoom = (sel) => ROOMS[sheet].some((room) => new RegExp(`^${room.replace('.', '\\.')}(?![\\w-])`).test(sel));
    for (const sel of sels) assert.ok(inRoom(sel), `${sheet}.css: "${sel}" is outside ${ROOMS[sheet].join(', ')}`);
  }
});

/** Elements a feature sheet's rules reach outside that feature's rooms, on this screen. */
function strays([sheets, rooms]) {
  const out = [];
  for (const [sheet, sels] of Object.entries(sheets)) {
    for (const sel of sels) {
      // Pseudo-elements and states don't change which element a rule reaches.
      const base = sel.replace(/::?(before|after|marker|-webkit-details-marker|hover|focus-visible|focus|active|empty|checked)\b/g, '').trim();
      let found;
      try { found = document.querySelectorAll(base || '*'); } catch { continue; }
      for (const el of found) {
        if (!rooms[sheet].some((room) => el.closest(room))) out.push(`${sheet}.css "${sel}" styles <${el.tagName.toLowerCase()} class="${el.getAttribute('class') || ''}">`);
      }
    }
  }
  return [...new Set(out)].slice(0, 8);
}

test('on every screen, a feature sheet styles only its own feature', async () => {
  const { ctx, finish } = await app.context({ viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  await page.clock.install({ time: clock() });
  await seedStorage(page, livedIn());
  await page.goto('/');
  await ready(page);
  const found = [];
  for (const path of ROUTES) {
    await go(page, path);
    for (const s of await page.evaluate(strays, [SHEETS, ROOMS])) found.push(`${path}: ${s}`);
  }
  await finish();
  assert.deepEqual(found, []);
});

/** Computed styles of a probe element put into the current screen's main column. */
async function probe(page, html, props) {
  return page.evaluate(([html, props]) => {
    const box = document.createElement('div');
    box.innerHTML = html;
    const host = document.querySelector('main .page');
    host.append(box);
    const el = box.querySelector('[data-probe]') || box.firstElementChild;
    const cs = getComputedStyle(el);
    const out = Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
    box.remove();
    return out;
  }, [html, props]);
}

test('the known leaks are closed: checklist, scale, region, confirm, saved and hint, big buttons', async () => {
  const { ctx, finish } = await app.context({ viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  await page.clock.install({ time: clock() });
  await seedStorage(page, livedIn());
  await page.goto('/');
  await ready(page);
  const at = async (path, html, props) => { await go(page, path); return probe(page, html, props); };

  // therapy.css's checklist took Today's "Through the day" card's padding.
  const list = '<ul class="checklist"><li data-probe>x</li></ul>';
  assert.equal((await at('/therapy', list, ['display'])).display, 'flex', 'the probe takes the therapy style at home');
  assert.equal((await at('/', list, ['display'])).display, 'list-item', 'and nothing of it on Today');
  const ul = '<ul class="checklist" data-probe><li>x</li></ul>';
  assert.equal((await at('/', ul, ['padding-left']))['padding-left'], '40px');

  // quiz.css's .scale turned other features' rows of numbers into a grid.
  const scale = '<div class="scale" data-probe></div>';
  assert.equal((await at('/quiz/ecr-r', scale, ['display'])).display, 'grid');
  assert.equal((await at('/moment/urge', scale, ['display'])).display, 'block');

  // The body map's .region gave the attachment map a pointer.
  await go(page, `/quiz/result/${ROUTES.find((r) => r.startsWith('/quiz/result/')).split('/').pop()}`);
  const cursors = await page.evaluate(() => [...document.querySelectorAll('.attachment-map .region')].map((r) => getComputedStyle(r).cursor));
  assert.ok(cursors.length > 0 && cursors.every((c) => c === 'auto'), `attachment map regions: ${cursors}`);
  await go(page, '/body');
  await page.locator('.body-svg .region').first().waitFor();
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.body-svg .region')).cursor), 'pointer');

  // One confirmation style, one "saved" and one "hint", whatever the screen.
  const looks = async (html, props) => {
    const seen = new Set();
    for (const path of ['/quiz/history', '/settings/data', '/checkin', '/progress', '/']) seen.add(JSON.stringify(await at(path, html, props)));
    return [...seen];
  };
  assert.equal((await looks('<div class="confirm" data-probe>x</div>', ['border-top-width', 'border-top-style', 'padding-top'])).length, 1, 'one .confirm');
  assert.equal((await looks('<p class="saved" data-probe>x</p>', ['color', 'font-weight'])).length, 1, 'one .saved');
  assert.equal((await looks('<p class="hint" data-probe>x</p>', ['color', 'font-size'])).length, 1, 'one .hint');

  // .button.big lived in moment.css but the partner screen uses it.
  assert.equal((await at('/partner', '<button class="big" data-probe>x</button>', ['min-height']))['min-height'], '56px');
  await finish();
});
