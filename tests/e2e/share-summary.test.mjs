// The summary for a therapist: three months of entries, the summary built with and
// without the person's own words, every figure checked against the same entries worked
// out here, parts left unticked and unticked writing never in the page, and the printed
// PDF (A4 and Letter) checked page by page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, checkA11y, seedStorage } from './lib/harness.mjs';
import { threeMonths, storage, CLOCK, PLEASANTNESS, TONE_WORDS, SENSATIONS, dayNumber, isoOf } from './lib/three-months.mjs';
import { readPdf, flat } from './lib/pdf.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const f = threeMonths();
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = 86400;
const dayOf = (t) => Math.floor(t / DAY);
const short = (day) => { const d = new Date(day * DAY * 1000); return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`; };
const oneDecimal = (x) => (Math.round(x * 10) / 10).toFixed(1);
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

// "The last three months" on 29 Nov: from the day after 29 Aug, to today.
const TO = dayNumber('2026-11-29');
const FROM = dayNumber('2026-08-29') + 1;
const inRange = (e) => dayOf(e.t) >= FROM && dayOf(e.t) <= TO;
// Weeks from Monday to Sunday, cut to the period (92 days: week by week).
const SLOTS = [];
for (let d = FROM; d <= TO;) {
  const weekday = (d + 3) % 7; // 0 = Monday
  const to = Math.min(d + 6 - weekday, TO);
  const date = new Date(d * DAY * 1000);
  SLOTS.push({ from: d, to, label: `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}` });
  d = to + 1;
}
const slotOf = (t) => SLOTS.findIndex((s) => dayOf(t) >= s.from && dayOf(t) <= s.to);
const perSlot = (list, count) => SLOTS.map((_, i) => count(list.filter((e) => slotOf(e.t) === i)));

function expectedFeelings() {
  const items = f.data.ci.filter(inRange);
  const counts = new Map();
  for (const c of items) for (const w of c.w || []) counts.set(w, (counts.get(w) || 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5);
  const tone = (c) => {
    const known = (c.w || []).filter((w) => w in PLEASANTNESS).map((w) => PLEASANTNESS[w]);
    if (!known.length) return 'other';
    const p = mean(known);
    return p > 0.25 ? 'pleasant' : p < -0.25 ? 'unpleasant' : 'other';
  };
  const tally = (list) => ['pleasant', 'unpleasant', 'other'].map((t) => list.filter((c) => tone(c) === t).length);
  const [p, u, o] = tally(items);
  return {
    facts: {
      'Check-ins': String(items.length),
      'Different feeling words': String(new Set(items.flatMap((c) => c.w || []).filter((w) => !TONE_WORDS.includes(w))).size),
      'Most frequent': top.map(([w, n]) => `${w} (${n})`).join(', '),
      'On balance': `${p} pleasant, ${u} unpleasant, ${o} mixed, neutral or without a feeling word`,
    },
    rows: SLOTS.map((s, i) => [s.label, ...tally(items.filter((c) => slotOf(c.t) === i)).map(String)]),
  };
}

function expectedBody() {
  const items = f.data.ci.filter((c) => inRange(c) && c.b && c.b.length);
  const rows = new Map();
  for (const c of items) {
    for (const [r, s] of c.b) {
      const key = `${r}/${s}`;
      const row = rows.get(key) || { key, times: 0, words: new Map() };
      row.times += 1;
      for (const w of c.w || []) row.words.set(w, (row.words.get(w) || 0) + 1);
      rows.set(key, row);
    }
  }
  const order = (k) => k.split('/');
  const byName = (a, b) => { const [x, y] = [order(a.key), order(b.key)]; return x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : 1; };
  const sorted = [...rows.values()].sort((a, b) => b.times - a.times || byName(a, b));
  return {
    facts: { 'Check-ins with a body sensation': String(items.length) },
    rows: sorted.slice(0, 6).map((r) => [
      SENSATIONS[r.key], String(r.times),
      [...r.words].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3).map(([w, n]) => `${w} (${n})`).join(', ') || '–',
    ]),
  };
}

function expectedUrges() {
  const items = f.data.urge.filter(inRange);
  const n = (a) => items.filter((u) => u.a === a).length;
  return {
    facts: {
      Noticed: String(items.length), Stayed: String(n('s')), 'Took a break and came back': String(n('b')),
      Left: String(n('l')), "What happened wasn't noted": String(items.filter((u) => !u.a).length),
    },
    rows: perSlot(items, (l) => l).map((l, i) => [SLOTS[i].label, String(l.length), String(l.filter((u) => u.a === 's').length), String(l.filter((u) => u.a === 'b').length)]),
  };
}

function expectedPractice(code) {
  const items = f.data.practice.filter((p) => inRange(p) && p.p === code);
  const avg = (l, k) => (l.length ? oneDecimal(mean(l.map((p) => p[k]))) : '–');
  const n = (o) => items.filter((p) => p.o === o).length;
  return {
    facts: {
      'Practices logged': String(items.length),
      'Average discomfort, 0 to 10': `${avg(items, 'b')} before, ${avg(items, 'a')} after`,
      'How it went': `met with care ${n('c')}, neutral ${n('n')}, it hurt ${n('h')}`,
    },
    rows: perSlot(items, (l) => l).map((l, i) => [SLOTS[i].label, String(l.length), avg(l, 'b'), avg(l, 'a')]),
  };
}

// Scoring as published (instruments.md): reverse-keyed items count 8 - answer.
const ECR_R = { anxiety: [...Array(18)].map((_, i) => i + 1), avoidance: [...Array(18)].map((_, i) => i + 19), reverse: [9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36] };
const ECR_RS = { anxiety: [7, 8, 9], avoidance: [1, 2, 3, 4, 5, 6], reverse: [1, 2, 3, 4] };
function scores(a, key) {
  const v = (n) => (key.reverse.includes(n) ? 8 - Number(a[n - 1]) : Number(a[n - 1]));
  return [oneDecimal(mean(key.anxiety.map(v))), oneDecimal(mean(key.avoidance.map(v)))];
}
const quizRows = (q, key) => f.data.qa.filter((x) => x.q === q && inRange(x)).map((x) => [short(dayOf(x.t)), ...scores(x.a, key)]);

/** The document as blocks: for each part, per sub-heading, its facts and its tables. */
async function readDocument(page) {
  return page.evaluate(() => {
    const parts = {};
    for (const sec of document.querySelectorAll('.summary-doc section.part')) {
      const groups = { '': { facts: {}, tables: {}, notes: [] } };
      let current = groups[''];
      for (const el of sec.children) {
        if (el.tagName === 'H4') current = groups[el.textContent] = { facts: {}, tables: {}, notes: [] };
        else if (el.tagName === 'DL') for (const d of el.querySelectorAll(':scope > div')) current.facts[d.querySelector('dt').textContent] = d.querySelector('dd').textContent;
        else if (el.tagName === 'TABLE') current.tables[el.querySelector('caption').textContent] = [...el.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
        else if (el.tagName === 'P') current.notes.push(el.textContent);
      }
      parts[sec.querySelector('h3').textContent] = groups;
    }
    return parts;
  });
}

async function choose(page, { parts, ownWords }) {
  await page.getByRole('radio', { name: 'The last three months' }).check();
  for (const p of parts) await page.getByRole('checkbox', { name: p, exact: true }).check();
  if (ownWords) await page.getByRole('checkbox', { name: /Include what I wrote/ }).check();
}

/** The parts flow in order after the heading: a part begins on the page where the one
 *  before it ends, or on the next, and is never left as a bare title at a page's foot. No
 *  page between them is left empty. Returns the page each part begins on. */
function partsInOrder(pages, titles) {
  const texts = pages.map((p) => flat(p.text));
  const where = texts.map((t, i) => `page ${i + 1}: ${t.slice(0, 90)}`).join('\n');
  assert.ok(texts[0].startsWith('Closer: a summary'), where);
  const starts = titles.map((t) => texts.findIndex((x) => x.includes(t)));
  assert.ok(starts[0] <= 1, `${titles[0]} begins on the first page or the next\n${where}`);
  for (let i = 0; i < titles.length; i++) {
    assert.ok(starts[i] >= 0, `${titles[i]} is printed\n${where}`);
    if (i > 0) assert.ok(starts[i] >= starts[i - 1] && starts[i] <= starts[i - 1] + 2, `${titles[i]} follows ${titles[i - 1]}\n${where}`);
    const page = texts[starts[i]];
    assert.ok(!page.trimEnd().endsWith(titles[i]), `${titles[i]} isn't left alone at the foot of a page\n${where}`);
  }
  // (A blank last page can follow in Chromium's PDF: noted in issue 23, left.)
  assert.ok(texts.slice(0, -1).every((t) => t.trim().length > 0), `no empty page between parts\n${where}`);
  return starts;
}

const ALL_PARTS = ['Questionnaires and the map', 'Feelings named', 'Body sensations', 'Urges to pull away', 'Practice programs', 'Belief work', 'Milestones self-check', 'Breaks during conflict', 'Wins journal'];

test('every figure of three months, nothing of the person\'s writing, and a PDF whose parts flow', async () => {
  const { page, finish } = await app.open('/summary', { storage: storage(f), clock: CLOCK, timezoneId: 'UTC', locale: 'en-GB' });
  await page.getByRole('heading', { level: 1, name: 'A summary to share' }).waitFor();
  for (const p of ALL_PARTS) assert.equal(await page.getByRole('checkbox', { name: p, exact: true }).isChecked(), false, `${p} starts unticked`);
  assert.equal(await page.getByRole('checkbox', { name: /Include what I wrote/ }).isChecked(), false);
  await page.getByRole('button', { name: 'Show my summary' }).click();
  await page.getByRole('alert').filter({ hasText: 'Tick at least one part first.' }).waitFor();
  await choose(page, { parts: ALL_PARTS, ownWords: false });
  await page.getByText('The summary covers 30 Aug 2026 to 29 Nov 2026.').waitFor();
  await checkA11y(page, 'summary choices');
  await page.getByRole('button', { name: 'Show my summary' }).click();
  await page.getByRole('heading', { level: 2, name: 'Closer: a summary' }).waitFor();
  await checkA11y(page, 'summary document');

  const doc = page.locator('.summary-doc');
  const text = await doc.innerText();
  assert.match(text, /30 Aug 2026 to 29 Nov 2026/);
  assert.match(text, /Created on this device by the person it describes, on 29 Nov 2026\. Not a clinical assessment\./);
  assert.match(text, /counts, not scores of worth/);
  assert.match(text, /Nothing here is a diagnosis/);
  assert.doesNotMatch(text, /ink-/i, 'none of the person\'s own writing');

  const parts = await readDocument(page);
  assert.deepEqual(Object.keys(parts), ALL_PARTS);

  const feel = expectedFeelings();
  assert.deepEqual(parts['Feelings named'][''].facts, feel.facts);
  assert.deepEqual(parts['Feelings named'][''].tables['Check-ins by week'], feel.rows);

  const body = expectedBody();
  assert.deepEqual(parts['Body sensations'][''].facts, body.facts);
  assert.deepEqual(parts['Body sensations'][''].tables['The most frequent sensations and the feelings named with them'], body.rows);

  const urges = expectedUrges();
  assert.deepEqual(parts['Urges to pull away'][''].facts, urges.facts);
  assert.deepEqual(parts['Urges to pull away'][''].tables['Urges by week'], urges.rows);

  // Sharing feelings is self-paced: moved by hand to level 2 on 11 Oct. Small openings
  // follow the calendar: two weeks a stage from 31 Aug, so week 13 is "Week 9 and on".
  for (const [code, title, stage] of [['ex', 'Sharing feelings', 'Level 2: Feelings with a little risk'], ['mv', 'Small openings', 'Week 9 and on: Deeper feelings and needs']]) {
    const want = expectedPractice(code);
    const got = parts['Practice programs'][title];
    assert.ok(got, `${title} is in the practice part`);
    assert.deepEqual(got.facts, { 'Stage now': stage, ...want.facts });
    assert.deepEqual(got.tables[`${title} by week`], want.rows);
  }
  const statements = f.data.factfeel.filter(inRange).length;
  assert.deepEqual(parts['Practice programs']['Fact + feeling'].facts, { 'Statements written': String(statements) });

  const ws = f.data.belief.find((w) => w.id === 'ws-lighthouse');
  const belief = parts['Belief work'][`\u201c${ws.b}\u201d`];
  const evidence = f.data.evidence.filter((e) => e.w === ws.id);
  assert.deepEqual(belief.facts, {
    'New belief': `\u201c${ws.nb}\u201d`,
    'Evidence collected': `${evidence.filter(inRange).length} in this period (${evidence.length} in all)`,
  });
  assert.deepEqual(belief.tables['Belief strength, 0 to 100 %'], ws.r.filter(inRange).map((r) => [short(dayOf(r.t)), `${r.o} %`, r.n === undefined ? '–' : `${r.n} %`]));
  const quiet = parts['Belief work']['\u201cShowing feelings is weak.\u201d'];
  assert.equal(quiet.facts['New belief'], 'not written yet');

  const sittings = f.data.selfcheck.filter(inRange);
  assert.equal(parts['Milestones self-check'][''].facts['Self-checks'], String(sittings.length));
  const levels = ['Not yet', 'Sometimes', 'Often'];
  const markers = [...new Set(sittings.flatMap((s) => Object.keys(s.a)))].sort();
  assert.deepEqual(parts['Milestones self-check'][''].tables['Answers in this period'].map((r) => r.slice(1)), markers.map((k) => {
    const answers = sittings.filter((s) => k in s.a).map((s) => s.a[k]);
    return [answers.length > 1 ? levels[answers[0]] : '–', levels[answers[answers.length - 1]]];
  }));

  const breaks = f.data.conflict.filter(inRange);
  assert.deepEqual(parts['Breaks during conflict'][''].facts, {
    'Breaks taken': String(breaks.length),
    'Came back': String(breaks.filter((k) => k.r).length),
    'Came back within the time agreed': String(breaks.filter((k) => k.r && k.r - k.t <= k.m * 60 + 60).length),
    'Ended without going back': String(breaks.filter((k) => !k.r && k.x).length),
  });

  const wins = f.data.win.filter(inRange);
  assert.deepEqual(parts['Wins journal'][''].facts, { 'Wins written down': String(wins.length), 'From a logged practice': String(wins.filter((w) => w.p).length) });

  assert.deepEqual(parts['Questionnaires and the map']['ECR-R'].tables['ECR-R: scores from 1 to 7'], quizRows('r', ECR_R));
  assert.deepEqual(parts['Questionnaires and the map']['ECR-RS, about a partner'].tables['ECR-RS, about a partner: scores from 1 to 7'], quizRows('rs', ECR_RS));
  const quizNotes = parts['Questionnaires and the map'][''].notes.join(' ') + Object.values(parts['Questionnaires and the map']).flatMap((g) => g.notes).join(' ');
  assert.match(quizNotes, /Fraley, R\. C\., Waller, N\. G\., & Brennan, K\. A\. \(2000\)/);
  assert.match(quizNotes, /Fraley, R\. C\., Heffernan, M\. E\., Vicary, A\. M\., & Brumbaugh, C\. C\. \(2011\)/);
  assert.match(quizNotes, /not a diagnosis/);

  // Printed on A4: the parts one after another, fewer pages than parts, the date range and
  // the disclaimer on the first.
  const a4 = readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const starts = partsInOrder(a4, ALL_PARTS);
  assert.ok(a4.length < ALL_PARTS.length, `${ALL_PARTS.length} parts on ${a4.length} pages, not a page each`);
  for (const p of a4) assert.deepEqual([Math.round(p.width), Math.round(p.height)], [595, 842], 'A4');
  assert.match(flat(a4[0].text), /Closer: a summary 30 Aug 2026 to 29 Nov 2026/);
  assert.match(flat(a4[0].text), /Not a clinical assessment/);
  const feelPage = flat(a4[starts[1]].text);
  assert.ok(feelPage.indexOf('Feelings named') < feelPage.indexOf(`Check-ins ${feel.facts['Check-ins']}`), 'the part\'s figures under its title, on its page');
  assert.ok(feelPage.includes(`Check-ins ${feel.facts['Check-ins']}`), feelPage.slice(0, 200));
  assert.ok(feelPage.includes(`Different feeling words ${feel.facts['Different feeling words']}`), feelPage.slice(0, 200));
  assert.ok(a4.every((p) => !/ink-/i.test(p.text)), 'no writing on paper either');
  assert.ok(a4.every((p) => !/Show my summary|Print or save as PDF|Change what/.test(p.text)), 'no controls on paper');
  assert.ok(a4.every((p) => !/Help now|Skip to content/.test(p.text)), 'no app chrome on paper');

  // On US Letter, the same pages.
  await page.getByRole('radio', { name: 'US Letter' }).check();
  const letter = readPdf(await page.pdf({ preferCSSPageSize: true }));
  partsInOrder(letter, ALL_PARTS);
  for (const p of letter) assert.deepEqual([Math.round(p.width), Math.round(p.height)], [612, 792], 'Letter');
  await finish();
});

test('own words only when ticked, shown first, and only from the parts ticked', async () => {
  const { page, finish } = await app.open('/summary', { storage: storage(f), clock: CLOCK, timezoneId: 'UTC', locale: 'en-GB' });
  const ticked = ['Questionnaires and the map', 'Feelings named', 'Belief work'];
  await choose(page, { parts: ticked, ownWords: true });
  // The preview lists exactly the words that would go in, before anything is shown.
  const preview = page.getByRole('region', { name: 'Your words that will be included' });
  await preview.getByText('These will be in the summary exactly as you wrote them:').waitFor();
  await checkA11y(page, 'own words preview');
  const notes = f.data.ci.filter((c) => inRange(c) && c.n).map((c) => c.n);
  const evidence = f.data.evidence.filter(inRange).map((e) => e.x);
  const ws = f.data.belief.find((w) => w.id === 'ws-lighthouse');
  const answers = [ws.of, ws.or, ...ws.ef, ...ws.ea, ...ws.cx, ws.pp];
  const expected = [...notes, ...answers, ...evidence];
  const shown = await preview.locator('blockquote').allInnerTexts();
  assert.deepEqual(shown.sort(), [...expected].sort());

  await page.getByRole('button', { name: 'Show my summary' }).click();
  await page.getByRole('heading', { level: 2, name: 'Closer: a summary' }).waitFor();
  const titles = await page.locator('.summary-doc section.part h3').allInnerTexts();
  assert.deepEqual(titles, [...ticked, 'In my own words']);
  const text = await page.locator('.summary-doc').innerText();
  for (const w of expected) assert.ok(text.includes(w), `"${w}" is in`);
  assert.match(text, /about Ink-name Robin \(a partner\)/i, 'names come with the person\'s own words');
  for (const other of ['ink-urge-', 'ink-win-', 'ink-did-', 'ink-with-', 'ink-practice-note-', 'ink-fact-', 'ink-intention']) {
    assert.ok(!text.includes(other), `${other}… (an unticked part's writing) never appears`);
  }
  for (const absent of ['Urges to pull away', 'Practice programs', 'Wins journal', 'Body sensations', 'Breaks during conflict', 'Milestones self-check']) {
    assert.ok(!text.includes(absent), `${absent} was not ticked`);
  }
  await checkA11y(page, 'summary with own words');

  // Back to the choices: unticking own words takes every one of them out again.
  await page.getByRole('button', { name: "Change what's in it" }).click();
  await page.getByRole('checkbox', { name: /Include what I wrote/ }).uncheck();
  await page.getByRole('button', { name: 'Show my summary' }).click();
  await page.getByRole('heading', { level: 2, name: 'Closer: a summary' }).waitFor();
  const again = await page.locator('.summary-doc').innerText();
  assert.doesNotMatch(again, /ink-/i);
  assert.doesNotMatch(again, /In my own words/);
  const pdf = readPdf(await page.pdf({ preferCSSPageSize: true }));
  partsInOrder(pdf, ticked);
  const printed = pdf.filter((p) => flat(p.text).trim().length > 0).length;
  assert.ok(printed <= ticked.length, `${ticked.length} parts on ${printed} pages`);
  assert.ok(pdf.every((p) => !/ink-/i.test(p.text)));
  await finish();
});

test('dates chosen by hand are checked, and a quiet period says so kindly', async () => {
  const { page, finish } = await app.open('/summary', { storage: storage(f), clock: CLOCK, timezoneId: 'UTC', locale: 'en-US' });
  await page.getByRole('radio', { name: 'Dates you choose' }).check();
  await page.getByLabel('First day').fill('2026-11-20');
  await page.getByLabel('Last day').fill('2026-11-10');
  await page.getByText('The first day comes after the last one. Swap them?').waitFor();
  await page.getByLabel('First day').fill('2026-06-01');
  await page.getByLabel('Last day').fill('2026-06-30');
  await page.getByText('The summary covers 1 Jun 2026 to 30 Jun 2026.').waitFor();
  await page.getByRole('checkbox', { name: 'Feelings named', exact: true }).check();
  await page.getByRole('button', { name: 'Show my summary' }).click();
  await page.getByText('No check-ins in this period.').waitFor();
  assert.equal(await page.getByRole('radio', { name: 'US Letter' }).isChecked(), true, 'Letter where the language says US');
  await finish();
});

test('the summary and moving load only when opened: nothing of them in the first load', async () => {
  const { ctx, finish } = await app.context({ timezoneId: 'UTC' });
  const page = await ctx.newPage();
  const paths = [];
  page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  await seedStorage(page, storage(f));
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  await page.waitForLoadState('networkidle');
  // Their code is in the file of most features (src/screens.rs), fetched with the first of them.
  const ours = (p) => /^\/share-[0-9a-f]+\.css$/.test(p) || /^\/split\/.*\.wasm$/.test(p);
  assert.deepEqual(paths.filter(ours), [], 'the first load fetches neither their code nor their styles');
  await page.goto('/summary');
  await page.getByRole('heading', { level: 1, name: 'A summary to share' }).waitFor();
  await page.waitForLoadState('networkidle');
  assert.ok(paths.some((p) => /split_closer_features\.wasm$/.test(p)), 'the summary\'s code comes when it opens');
  assert.ok(paths.some((p) => /^\/share-[0-9a-f]+\.css$/.test(p)), 'its styles come with it');
  assert.ok(!paths.some((p) => /split_closer_(help|locked)\.wasm$/.test(p)), 'the other groups stay unfetched');
  const applied = await page.evaluate(() => getComputedStyle(document.querySelector('.summary .part-choice')).display);
  assert.equal(applied, 'grid', 'the styles apply');
  await finish();
});
