// The restore fault classes (merge, replace) share their set-up.
import assert from 'node:assert/strict';
import { everyFault, openWith, winsShown, snapshot, answered, lostBetween } from './faults.mjs';

const t = (iso) => Math.floor(Date.parse(`${iso}Z`) / 1000);
export const WINS = ['driftwood walk', 'marmalade morning', 'quiet tea'];
export const BACKUP = {
  closer_backup: 1, app: '0.1.0', schema: 1, created: '2026-11-28 10:00',
  entries: {
    win: [
      { id: 'c1', t: t('2026-09-12T10:00:00'), r: 'harbour lights' },
      { id: 'b1', t: t('2026-11-03T19:30:00'), r: 'driftwood walk' },
      { id: 'c2', t: t('2026-11-25T18:00:00'), r: 'an open window' },
    ],
  },
  docs: { profile: { start: 20366, intention: 'From the backup.' } },
};
export const BACKUP_WINS = BACKUP.entries.win.map((w) => w.r);
const FILE = { name: 'closer-backup-2026-11-28.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(BACKUP)) };

/** Runs the restore in `mode` ('merge' | 'replace') at every write, with every fault. */
export async function restoreFaults(page, mode) {
  await winsShown(page);
  const after = mode === 'merge' ? [...new Set([...WINS, ...BACKUP_WINS])] : BACKUP_WINS;
  return everyFault(page, `restore (${mode})`, {
    before: await snapshot(page),
    prepare: async (p) => {
      assert.equal(await openWith(p, '/settings/data', []), '');
      await p.getByLabel('Backup file').setInputFiles(FILE);
      await p.getByText('This backup, made 2026-11-28 10:00, holds 3 entries').waitFor();
      if (mode === 'replace') await p.getByRole('button', { name: "Replace what's here…" }).click();
    },
    op: async (p) => {
      await p.getByRole('button', { name: mode === 'merge' ? "Add what's new" : 'Yes, replace' }).click();
      return answered(p, ['Done.', 'Nothing was changed.', "couldn't be saved"]);
    },
    check: async (p, { mode: fault, at }) => {
      assert.equal(await openWith(p, '/wins', []), '', `${fault} at write ${at}: Closer opens`);
      // All of the restore, or none of it: never part.
      return lostBetween(await winsShown(p), [WINS, after]);
    },
  });
}
