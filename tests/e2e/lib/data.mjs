// Shared for the data specs (backup, lock, delete): a store with known words in it.
import { onboarded } from './harness.mjs';

export const WORDS = ['lighthouse', 'marmalade', 'driftwood', 'quiet tea'];
const day = (iso) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86400000);
const t = (iso) => Math.floor(Date.parse(`${iso}Z`) / 1000);

/** Profile with an intention, three wins over two months. The `e2e-seeded` key is not
 * Closer's, so it survives "delete everything" and keeps the harness from seeding again. */
export function seeded() {
  return onboarded('2026-10-05', {
    'e2e-seeded': '1',
    'closer:d:profile': JSON.stringify({ start: day('2026-10-05'), intention: 'Let the lighthouse keeper in.' }),
    'closer:e:win:2026-10': JSON.stringify([{ id: 'a1', t: t('2026-10-07T08:00:00'), r: 'marmalade morning' }]),
    'closer:e:win:2026-11': JSON.stringify([
      { id: 'b1', t: t('2026-11-03T19:30:00'), r: 'driftwood walk' },
      { id: 'b2', t: t('2026-11-20T07:15:00'), r: 'quiet tea' },
    ]),
  });
}

export const CLOCK = new Date('2026-11-29T09:00:00');

/** Clicks a button that downloads a file; returns its name, text and a file to offer back. */
export async function download(page, buttonName) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
  // Read as a stream: it works with a browser of the spec's own and with the run's shared
  // one (where the file has no local path).
  const chunks = [];
  for await (const chunk of await dl.createReadStream()) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  const name = dl.suggestedFilename();
  // The downloaded file goes when its browser context closes: keep it as a buffer.
  return { name, text, file: { name, mimeType: 'application/json', buffer: Buffer.from(text) } };
}

/** Every entry of a backup file, sorted by id (for comparing two backups). */
export function entriesOf(text) {
  const b = JSON.parse(text);
  return Object.entries(b.entries).flatMap(([kind, list]) => list.map((e) => ({ kind, ...e }))).sort((a, b) => a.id.localeCompare(b.id));
}
