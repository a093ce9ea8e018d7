// Styles stay in their room: only tokens.css, base.css, shell.css and widgets.css style the
// whole app; every rule of a feature's sheet reaches only elements inside that feature's
// root class. Checked on every screen against the stylesheets the browser really loaded,
// then the known leaks one by one by their computed styles (a probe that takes a feature's
// style inside its room and none outside it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
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
};
const GLOBAL = ['tokens', 'base', 'shell', 'widgets'];

let app;
before(async () => { app = await launch(); });
after(() => app.close());

/** Elements reached by a feature sheet's rules outside that feature's rooms. */
function strays([rooms, global]) {
  const out = [];
  const sheets = [...document.styleSheets].filter((s) => s.href);
  const named = (s) => new URL(s.href).pathname.split('/').pop().replace(/-[0-9a-f]+\.css$/, '');
  const unknown = sheets.map(named).filter((n) => !rooms[n] && !global.includes(n));
  if (unknown.length) out.push(`a stylesheet with no room: ${unknown.join(', ')}`);
  const walk = (rules, sheet, rs) => {
    for (const r of rules) {
      // A page's print styles may hide the frame around it: only screens are checked.
      if (r.media && /print/.test(r.media.mediaText)) continue;
      if (r.cssRules && !r.selectorText) { walk(r.cssRules, sheet, rs); continue; }
      if (!r.selectorText) continue;
      for (const sel of r.selectorText.split(/,(?![^(]*\))/)) {
        // Pseudo-elements and states don't change which element a rule reaches.
        const base = sel.replace(/::?(before|after|marker|-webkit-details-marker|hover|focus-visible|focus|active|empty|checked)\b/g, '').trim();
        let found;
        try { found = document.querySelectorAll(base || '*'); } catch { continue; }
        for (const el of found) {
          if (!rs.some((room) => el.closest(room))) out.push(`${sheet}.css "${sel.trim()}" styles <${el.tagName.toLowerCase()} class="${el.getAttribute('class') || ''}">`);
        }
      }
    }
  };
  for (const s of sheets) {
    const n = named(s);
    if (rooms[n]) walk(s.cssRules, n, rooms[n]);
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
    for (const s of await page.evaluate(strays, [ROOMS, GLOBAL])) found.push(`${path}: ${s}`);
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
