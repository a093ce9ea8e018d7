// A store that looks lived in: someone ten weeks into the program (started Monday
// 2026-09-21, "today" Sunday 2026-11-29) who has used every part of Closer a little, so
// screens show real content (charts, lists, timelines) rather than their empty states.
// Written in the storage format (short keys, one JSON array per kind and month); the
// sweep fails if the app sets any of it aside as unreadable.
import { at, dayOf, local } from './daily.mjs';

export const START = '2026-09-21';
export const TODAY = '2026-11-29';
/** A clock for page.clock: Sunday afternoon of the tenth week. */
export const clock = () => local(TODAY, '15:00');

const iso = (d) => new Date(d * 86400000).toISOString().slice(0, 10);
const days = (from, to) => { const out = []; for (let d = dayOf(from); d <= dayOf(to); d++) out.push(iso(d)); return out; };
const month = (isoDay) => isoDay.slice(0, 7);

const WORDS = ['calm', 'anxious', 'content', 'tired', 'hopeful', 'frustrated', 'lonely', 'grateful', 'tense', 'relaxed', 'curious', 'sad'];
const NUANCED = ['settled', 'worried', 'satisfied', 'encouraged', 'thankful', 'irritated'];

function group(kind, entries, out) {
  for (const e of entries) {
    const m = month(iso(Math.floor((e.t) / 86400)));
    const key = `closer:e:${kind}:${m}`;
    (out[key] ||= []).push(e);
  }
}

export function livedIn() {
  const out = {};
  const all = days(START, TODAY);
  const recent = all.slice(-42);
  let n = 0;
  const id = (p) => `${p}-${String(++n).padStart(4, '0')}`;

  // Check-ins: most days two, some one, a few with body sensations and notes.
  const ci = [];
  recent.forEach((d, i) => {
    if (i % 9 === 4) return; // a quiet day now and then
    ci.push({ id: id('ci'), t: at(d, 9, 10), w: [WORDS[i % WORDS.length]], ...(i % 3 === 0 ? { i: 4 + (i % 5) } : {}) });
    if (d === TODAY) return;
    if (i % 2 === 0) ci.push({ id: id('ci'), t: at(d, 20, 30), w: [NUANCED[i % NUANCED.length], WORDS[(i + 5) % WORDS.length]], ...(i % 4 === 0 ? { b: [['chest', 'tight']], n: 'Long day, talked to Sam in the evening.' } : {}) });
  });
  group('ci', ci, out);

  // Morning and evening routines, most days of the last three weeks.
  const routines = [];
  recent.slice(-21).forEach((d, i) => {
    if (i % 3 !== 1) routines.push({ id: id('rt'), t: at(d, 7, 30), r: 'm', f: 'a bit tense', i: 'Ask one small thing of someone', g: 'the walk to work', s: 4 });
    if (i % 2 === 0 && d !== TODAY) routines.push({ id: id('rt'), t: at(d, 21, 30), r: 'e', x: 'Stayed in a hard talk a little longer.', w: 'Told Sam I was tired', c: 'It is fine to be slow.', n: 'share one feeling at dinner', s: 4 });
  });
  group('routine', routines, out);

  // A couple of checklist ticks.
  group('tick', [{ id: id('tk'), t: at('2026-11-27', 18), k: 'sp' }, { id: id('tk'), t: at('2026-11-28', 19), k: 'nu' }], out);

  // Practice logs across three programs, and fact + feeling statements.
  const practice = [];
  recent.forEach((d, i) => {
    if (i % 3 === 0) practice.push({ id: id('pr'), t: at(d, 19), p: 'ex', ...(i > 20 ? { s: 1 } : {}), d: 'Told Sam I felt tired after work', w: 'Sam', b: 6 - (i % 3), a: 3, o: 'c' });
    if (i % 7 === 2) practice.push({ id: id('pr'), t: at(d, 13), p: 'mv', d: 'Admitted I did not know the answer', b: 5, a: 3, o: 'n' });
    if (i % 10 === 5) practice.push({ id: id('pr'), t: at(d, 17), p: 'ah', d: 'Asked a colleague to check my draft', b: 7, a: 4, o: 'c' });
  });
  group('practice', practice, out);
  const ff = [];
  recent.forEach((d, i) => { if (i % 4 === 1) ff.push({ id: id('ff'), t: at(d, 18), f: 'You were late for dinner', e: 'worried' }); });
  group('factfeel', ff, out);

  // Urges to pull away, most met by staying or coming back.
  const urges = [];
  recent.forEach((d, i) => {
    if (i % 3 === 2) urges.push({ id: id('ur'), t: at(d, 16), s: ['c', 'f', 'n', 'o'][i % 4], i: 2 + (i % 4), ...(i % 5 === 0 ? {} : { a: ['s', 'b', 'l'][Math.floor(i / 3) % 3] }), ...(i % 6 === 2 ? { n: 'Wanted to check my phone instead.' } : {}) });
  });
  group('urge', urges, out);

  // Wins, partner needs, sittings, conflict breaks.
  group('win', [
    { id: id('wn'), t: at('2026-10-20', 20), r: 'Said I was nervous before the trip', h: 'Sam held my hand', s: 'Being honest brought us closer' },
    { id: id('wn'), t: at('2026-11-12', 21), r: 'Asked for a hug after a bad day', h: 'A long hug', s: 'Asking is allowed' },
    { id: id('wn'), t: at('2026-11-26', 20), r: 'Told a friend I missed her', s: 'She missed me too' },
  ], out);
  group('need', recent.filter((_, i) => i % 2 === 0).map((d, i) => ({ id: id('nd'), t: at(d, 12), n: ['r', 'p', 'a', 'v', 't'][i % 5], ...(i % 3 ? { m: 1 } : {}) })), out);
  group('sit', [
    { id: id('st'), t: at('2026-11-10', 21), p: 180, s: 180, b: 7, a: 4, w: 'sad' },
    { id: id('st'), t: at('2026-11-24', 21), p: 300, s: 240, b: 6, a: 4, w: 'anxious' },
  ], out);
  group('conflict', [
    { id: id('cf'), t: at('2026-11-05', 20), m: 20, r: at('2026-11-05', 20, 25) },
    { id: id('cf'), t: at('2026-11-22', 19), m: 30, r: at('2026-11-22', 19, 28) },
  ], out);

  // Questionnaires: the short reflection, and the ECR-R twice, a little more secure the second time.
  const ecr = (lo) => Array.from({ length: 36 }, (_, i) => String(Math.min(7, Math.max(1, lo + (i % 3))))).join('');
  group('qa', [
    { id: id('qa'), t: at('2026-09-22', 20), q: 'r', a: ecr(4) },
    { id: id('qa'), t: at('2026-11-23', 20), q: 'r', a: ecr(3) },
    { id: id('qa'), t: at('2026-11-24', 20), q: 'rs', a: '343434343', r: 'pa', n: 'Sam' },
  ], out);

  // A monthly self-check and a pitfall check.
  group('selfcheck', [
    { id: id('sc'), t: at('2026-10-21', 20), a: { b1a: 1, b1b: 1, b1c: 0, b1d: 1 } },
    { id: id('sc'), t: at('2026-11-21', 20), a: { b1a: 2, b1b: 1, b1c: 1, b1d: 2, b2a: 1 } },
  ], out);
  group('pitfall', [{ id: id('pf'), t: at('2026-11-15', 20), r: ['head'] }], out);

  // A belief worksheet halfway through, with a rating, and evidence for its new belief.
  group('belief', [{
    id: 'w-lived', t: at('2026-10-12', 20), u: at('2026-11-20', 20), lib: 'need', b: "I don't need anyone.",
    of: 'As a child I learned to manage alone.', or: 'Times I asked and nobody came.',
    ef: ['I coped alone after the move'], ea: ['Sam helped when I was ill'], cx: ['Friends came when I asked'],
    nb: 'I can rely on some people, some of the time.', pp: 'Ask one small thing each week.',
    r: [{ t: at('2026-10-12', 20), m: 's', o: 80 }, { t: at('2026-11-20', 20), m: 'n', o: 60, n: 45 }],
  }], out);
  group('evidence', [
    { id: id('ev'), t: at('2026-11-18', 20), w: 'w-lived', x: 'Sam picked me up without my asking twice.' },
    { id: id('ev'), t: at('2026-11-26', 20), w: 'w-lived', x: 'My friend said she was glad I called.' },
  ], out);

  const store = {
    'closer:meta': '{"schema":1}',
    'closer:d:profile': JSON.stringify({ start: dayOf(START), intention: 'Let the people I love a little closer.' }),
  };
  for (const [k, v] of Object.entries(out)) store[k] = JSON.stringify(v.sort((a, b) => (a.t ?? 0) - (b.t ?? 0)));
  return store;
}
