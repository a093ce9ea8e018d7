// Three months of someone using Closer (31 Aug to 29 Nov 2026), made the same way every
// run: check-ins with feelings and body sensations, urges, practices, a belief worksheet
// with ratings and evidence, self-checks, conflict breaks, wins and questionnaires.
// `storage()` is what Closer would have stored; the lists are there for the specs to
// work out, on their own, what every figure should be.
//
// Every piece of the person's own writing carries a marker ("ink-…") so a spec can tell
// exactly which writing appears where.

export const CLOCK = new Date('2026-11-29T09:00:00Z');
export const START = '2026-08-31';

const DAY = 86400;
export const dayNumber = (iso) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 1000 / DAY);
export const isoOf = (day) => new Date(day * DAY * 1000).toISOString().slice(0, 10);
const at = (iso, hh = 9, mm = 0) => (dayNumber(iso) * DAY) + hh * 3600 + mm * 60;
const addDays = (iso, n) => isoOf(dayNumber(iso) + n);

/** A small deterministic random source (mulberry32). */
function random(seed) {
  let a = seed;
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Feeling words used, with their pleasantness in Closer's word list (+1 / -1 / 0 tone). */
export const PLEASANTNESS = {
  happy: 1, grateful: 1, hopeful: 1, calm: 1, content: 1, relaxed: 1, safe: 1,
  lonely: -1, hurt: -1, down: -1, anxious: -1, nervous: -1, overwhelmed: -1, frustrated: -1, stressed: -1,
  pleasant: 1, unpleasant: -1, neutral: 0,
};
export const TONE_WORDS = ['pleasant', 'unpleasant', 'neutral'];
/** Body sensations used, as the summary says them. */
export const SENSATIONS = {
  'chest/tight': 'tight chest', 'jaw/tense': 'tense jaw and face', 'stomach/flutter': 'fluttery stomach',
  'shoulders/heavy': 'heavy shoulders', 'whole/warm': 'warm all over',
};

export function threeMonths() {
  const rnd = random(18);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const words = Object.keys(PLEASANTNESS).filter((w) => !TONE_WORDS.includes(w));
  const data = { ci: [], urge: [], practice: [], factfeel: [], belief: [], evidence: [], selfcheck: [], conflict: [], win: [], qa: [] };
  let n = 0;
  const id = (p) => `${p}${(n++).toString(36).padStart(4, '0')}`;

  for (let d = 0; d < 91; d++) {
    const day = addDays(START, d);
    // Check-ins: one or two most days, now and then none.
    const count = rnd() < 0.15 ? 0 : rnd() < 0.6 ? 1 : 2;
    for (let k = 0; k < count; k++) {
      const c = { id: id('c'), t: at(day, 8 + k * 10, Math.floor(rnd() * 59)) };
      const w = [];
      if (d < 14 && rnd() < 0.5) w.push(pick(TONE_WORDS));
      else for (let j = 0, m = 1 + Math.floor(rnd() * 2); j < m; j++) { const x = pick(words); if (!w.includes(x)) w.push(x); }
      if (rnd() < 0.1) w.length = 0;
      if (w.length) c.w = w;
      if (rnd() < 0.7) c.i = Math.floor(rnd() * 11);
      if (rnd() < 0.25) c.n = `ink-checkin-${c.id} felt it in the morning`;
      if (rnd() < 0.45) {
        const b = [];
        for (let j = 0, m = 1 + Math.floor(rnd() * 2); j < m; j++) {
          const s = pick(Object.keys(SENSATIONS)).split('/');
          if (!b.some(([r, x]) => r === s[0] && x === s[1])) b.push(s);
        }
        c.b = b;
      }
      if (!c.w && !c.b && !c.n) c.n = `ink-checkin-${c.id} just a note`;
      data.ci.push(c);
    }
    // Urges: about every third day.
    if (rnd() < 0.35) {
      const u = { id: id('u'), t: at(day, 19, Math.floor(rnd() * 59)), s: pick(['c', 'f', 'n', 'o']), i: 1 + Math.floor(rnd() * 5) };
      const a = pick(['s', 'b', 'l', null]);
      if (a) u.a = a;
      if (rnd() < 0.4) u.n = `ink-urge-${u.id} wanted to leave the room`;
      data.urge.push(u);
    }
    // Practices: sharing feelings most weeks, a few small openings.
    if (rnd() < 0.3) {
      const before = Math.floor(rnd() * 11);
      const p = { id: id('p'), t: at(day, 20), p: rnd() < 0.8 ? 'ex' : 'mv', d: `ink-did-${n} told someone how the day went`, b: before, a: Math.max(0, before - Math.floor(rnd() * 5)), o: pick(['c', 'n', 'h']) };
      if (p.p === 'ex' && d > 40) p.s = 1;
      if (rnd() < 0.3) p.w = `ink-with-${n}`;
      if (rnd() < 0.3) p.n = `ink-practice-note-${n}`;
      data.practice.push(p);
    }
    if (d % 9 === 4) data.factfeel.push({ id: id('f'), t: at(day, 12), f: `ink-fact-${n} Work was busy`, e: 'stressed' });
  }

  // One worksheet started in the first week, rated four times; one started later.
  const ws = {
    id: 'ws-lighthouse', t: at('2026-09-02', 21), u: at('2026-11-20', 21), b: "I don't need anyone.",
    of: 'ink-ws-first-learned at school', or: 'ink-ws-reinforced by moving often', ef: ['ink-ws-for-1'], ea: ['ink-ws-against-1'],
    cx: ['ink-ws-counter-1'], nb: 'Needing people is human, and safe people can help.', pp: 'ink-ws-practice ask for one small thing a week',
    r: [
      { t: at('2026-09-02', 21), m: 's', o: 90 },
      { t: at('2026-09-10', 21), m: 'n', o: 85, n: 20 },
      { t: at('2026-10-08', 21), m: 'r', o: 70, n: 40 },
      { t: at('2026-11-20', 21), m: 'r', o: 55, n: 60 },
    ],
  };
  const ws2 = { id: 'ws-quiet', t: at('2026-11-02', 20), b: 'Showing feelings is weak.', r: [{ t: at('2026-11-02', 20), m: 's', o: 75 }] };
  data.belief.push(ws, ws2);
  for (const [day, w] of [['2026-09-15', 'ws-lighthouse'], ['2026-10-01', 'ws-lighthouse'], ['2026-10-25', 'ws-lighthouse'], ['2026-11-05', 'ws-quiet'], ['2026-11-21', 'ws-lighthouse']]) {
    data.evidence.push({ id: id('e'), t: at(day, 18), w, x: `ink-evidence-${n} someone listened` });
  }
  // Monthly self-checks.
  data.selfcheck.push(
    { id: 'sc1', t: at('2026-09-01', 10), a: { b1a: 0, b1b: 0, b1c: 1 } },
    { id: 'sc2', t: at('2026-10-01', 10), a: { b1a: 1, b1b: 0, b1c: 1, b1d: 0 } },
    { id: 'sc3', t: at('2026-11-01', 10), a: { b1a: 2, b1b: 1, b1c: 1, b1d: 1 } },
  );
  // Conflict breaks: back on time, back late, not back.
  data.conflict.push(
    { id: 'k1', t: at('2026-09-12', 19), m: 30, r: at('2026-09-12', 19, 25) },
    { id: 'k2', t: at('2026-10-03', 19), m: 20, r: at('2026-10-03', 20, 10) },
    { id: 'k3', t: at('2026-10-20', 19), m: 30 },
    { id: 'k4', t: at('2026-11-14', 19), m: 45, r: at('2026-11-14', 19, 40) },
  );
  // Wins, two of them from a practice.
  const fromPractice = data.practice.filter((p) => p.o === 'c').slice(0, 2).map((p) => p.id);
  for (const [k, day] of ['2026-09-06', '2026-09-28', '2026-10-11', '2026-10-30', '2026-11-09', '2026-11-26'].entries()) {
    const w = { id: `win${k}`, t: at(day, 21), r: `ink-win-risked-${k} said I was scared` };
    if (k % 2 === 0) w.h = `ink-win-response-${k} they stayed`;
    if (k % 3 === 0) w.s = `ink-win-showed-${k} it can be safe`;
    if (k < fromPractice.length) w.p = fromPractice[k];
    data.win.push(w);
  }
  // Questionnaires: the ECR-R twice, the ECR-RS about a partner (named) three times.
  const ecrR = (seed) => { const r = random(seed); return Array.from({ length: 36 }, () => 1 + Math.floor(r() * 7)).join(''); };
  data.qa.push(
    { id: 'qa1', t: at('2026-09-01', 11), q: 'r', a: ecrR(1) },
    { id: 'qa2', t: at('2026-11-10', 11), q: 'r', a: ecrR(2) },
    { id: 'qa3', t: at('2026-09-03', 11), q: 'rs', a: '234455612', r: 'pa', n: 'ink-name Robin' },
    { id: 'qa4', t: at('2026-10-05', 11), q: 'rs', a: '345345523', r: 'pa', n: 'ink-name Robin' },
    { id: 'qa5', t: at('2026-11-07', 11), q: 'rs', a: '456334432', r: 'pa', n: 'ink-name Robin' },
  );
  for (const list of Object.values(data)) list.sort((a, b) => a.t - b.t || (a.id < b.id ? -1 : 1));
  const progress = { m: { ex: [{ t: at('2026-10-11', 20), s: 1 }] } };
  return { data, progress, start: START, intention: 'ink-intention Let the lighthouse keeper in.' };
}

/** What Closer would have stored for it: one key per kind and month. */
export function storage(f = threeMonths()) {
  const out = {
    'closer:meta': '{"schema":1}',
    'closer:d:profile': JSON.stringify({ start: dayNumber(f.start), intention: f.intention }),
    'closer:d:practice': JSON.stringify(f.progress),
  };
  for (const [kind, list] of Object.entries(f.data)) {
    for (const e of list) {
      const key = `closer:e:${kind}:${isoOf(Math.floor(e.t / DAY)).slice(0, 7)}`;
      out[key] = out[key] ? JSON.stringify([...JSON.parse(out[key]), e]) : JSON.stringify([e]);
    }
  }
  return out;
}
