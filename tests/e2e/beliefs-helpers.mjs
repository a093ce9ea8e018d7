// Shared bits of the belief-work specs: stored worksheets for seeding, in the app's own
// stored form (see src/domain/beliefs.rs and tests/fixtures/beliefs-worksheet-v1.json).

import { now } from './lib/harness.mjs';

/** Local wall-clock seconds on the specs' clock, as the app stamps records (the browser
 *  runs in the same zone). */
export function localNow(offsetSeconds = 0) {
  const ms = now();
  return Math.floor(ms / 1000) - new Date(ms).getTimezoneOffset() * 60 + offsetSeconds;
}

/** "yyyy-mm" of a local time, the month bucket it is stored in. */
export function monthKey(t) {
  const d = new Date(t * 1000);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Storage entries holding these worksheets, bucketed by month like the app does. */
export function worksheetBuckets(sheets, kind = 'belief') {
  const out = {};
  for (const w of sheets) {
    const key = `closer:e:${kind}:${monthKey(w.t)}`;
    out[key] = JSON.stringify([...(out[key] ? JSON.parse(out[key]) : []), w]);
  }
  return out;
}

/** A worksheet with a new belief written and one rating from when it was started. */
export function sheetWithNewBelief(id, { t = localNow(-3600), belief = 'I do better on my own.', newBelief = 'I can be close and still myself.', ratings } = {}) {
  return {
    id, t, b: belief, nb: newBelief,
    r: ratings || [{ t, m: 's', o: 80 }],
  };
}
