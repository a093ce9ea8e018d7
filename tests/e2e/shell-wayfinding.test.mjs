// A sense of place: the tab of the section you're in stays marked on its sub-screens, every
// sub-screen has a small link back one level at its top (an installed app has no back
// button), More is grouped without repeating the tabs, and the header and tab bar stay
// whole and on screen on a small phone at 200 % text (the old "Quick" menu opened off the
// screen's edge: it is gone, its actions live where they belong).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, ready, seedStorage, checkA11y } from './lib/harness.mjs';
import { livedIn, clock } from './lib/lived-in.mjs';
import { ROUTES, TABS } from './lib/routes.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const TAB_OF = (path) => {
  if (path === '/' || path === '/welcome/intention') return '/';
  const tab = TABS.find((t) => t !== '/' && t !== '/more' && (path === t || path.startsWith(`${t}/`)));
  return tab || '/more';
};

test('every sub-screen links one level up at its top, and its section\'s tab stays marked', async () => {
  const { ctx, finish } = await app.context({ viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  await page.clock.install({ time: clock() });
  await seedStorage(page, livedIn());
  await page.goto('/');
  await ready(page);
  const problems = [];
  let subs = 0;
  for (const path of ROUTES) {
    if (path === '/welcome') continue;
    // Opened directly (a fresh page): where the person came from doesn't come into it here
    // (ux-back-and-tab-remember covers that), so Back is one level up.
    await page.goto(path);
    await ready(page);
    const seen = await page.evaluate(() => {
      const page = document.querySelector('main .page');
      const back = page.querySelector(':scope > .back-link a');
      const first = page.firstElementChild;
      const tabs = [...document.querySelectorAll('nav.tabs a')];
      return {
        back: back && { href: back.getAttribute('href'), name: back.textContent.replace('‹', '').trim(), first: first.classList.contains('back-link') },
        marked: tabs.filter((a) => a.hasAttribute('aria-current')).map((a) => [a.getAttribute('href'), a.getAttribute('aria-current')]),
      };
    });
    const isTab = TABS.includes(path);
    if (isTab) {
      if (seen.back) problems.push(`${path}: a tab has a back link`);
      if (JSON.stringify(seen.marked) !== JSON.stringify([[path, 'page']])) problems.push(`${path}: tab marks ${JSON.stringify(seen.marked)}`);
      continue;
    }
    subs++;
    if (!seen.back) { problems.push(`${path}: no way back`); continue; }
    if (!seen.back.first) problems.push(`${path}: the back link is not at the top`);
    if (!/^Back to \S/.test(seen.back.name)) problems.push(`${path}: back link reads "${seen.back.name}"`);
    const up = seen.back.href;
    if (!(up === '/more' || up === '/' || path.startsWith(`${up}/`) || (path === '/evidence/new' && up === '/beliefs'))) problems.push(`${path}: goes back to ${up}, not one level up`);
    const tab = TAB_OF(path);
    if (JSON.stringify(seen.marked) !== JSON.stringify([[tab, 'true']])) problems.push(`${path}: tab marks ${JSON.stringify(seen.marked)}, not ${tab}`);
  }
  assert.deepEqual(problems, []);
  assert.ok(subs >= 40, `${subs} sub-screens checked`);

  // Following back links climbs to a tab.
  await page.goto('/beliefs/w-lived/step/3');
  await ready(page);
  for (const name of ['Back to Your worksheet', 'Back to Beliefs', 'Back to More']) {
    await page.getByRole('link', { name }).click();
    await page.locator('main h1').waitFor();
  }
  await page.getByRole('heading', { level: 1, name: 'Everything in Closer' }).waitFor();
  await finish();
});

test('More is grouped, lists everything but the tabs, and passes axe', async () => {
  const { page, finish } = await app.open('/more', { storage: livedIn(), clock: clock() });
  await page.getByRole('heading', { level: 1, name: 'Everything in Closer' }).waitFor();
  const groups = await page.locator('main h2').allInnerTexts();
  assert.deepEqual(groups, ['Daily', 'In the moment', 'Learn', 'Track', 'Your data']);
  const hrefs = await page.locator('main .section-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const tab of TABS) assert.ok(!hrefs.includes(tab), `${tab} is a tab, not repeated in More`);
  assert.equal(new Set(hrefs).size, hrefs.length, 'each once');
  await checkA11y(page, 'more');
  await finish();
});

test('on a 320 px phone at 200 % text the header and tab bar stay one row, whole and on screen', async () => {
  for (const width of [320, 390]) {
    const { page, finish } = await app.open('/moment/grounding', { storage: livedIn(), clock: clock(), viewport: { width, height: 640 } });
    await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    const frame = await page.evaluate(() => {
      const rect = (el) => el.getBoundingClientRect().toJSON();
      const header = document.querySelector('header.top');
      const links = [...header.querySelectorAll('a'), ...document.querySelectorAll('nav.tabs a')];
      return {
        header: rect(header),
        tabs: rect(document.querySelector('nav.tabs')),
        links: links.map((a) => ({ text: a.textContent, r: rect(a), clipped: a.scrollWidth > a.clientWidth + 1 })),
        quick: document.querySelectorAll('header details, header summary').length,
      };
    });
    assert.equal(frame.quick, 0, 'no Quick menu');
    assert.ok(frame.header.height <= 60, `header ${frame.header.height}px high at ${width}`);
    assert.ok(frame.tabs.height <= 60, `tab bar ${frame.tabs.height}px high at ${width}`);
    for (const l of frame.links) {
      assert.ok(l.r.left >= 0 && l.r.right <= width && l.r.top >= 0 && l.r.bottom <= 640, `${l.text} on screen at ${width}: ${JSON.stringify(l.r)}`);
      assert.ok(!l.clipped, `${l.text} fits its place at ${width}`);
    }
    // Help now, About & safety and the five tabs: all seven reachable, none overlapping.
    const rs = frame.links.map((l) => l.r);
    for (let i = 0; i < rs.length; i++) for (let j = i + 1; j < rs.length; j++) {
      const [a, b] = [rs[i], rs[j]];
      const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      assert.ok(!overlap, `${frame.links[i].text} and ${frame.links[j].text} overlap at ${width}`);
    }
    await finish();
  }
});
