// Daily kinds read their last two months before the first screen and the rest right
// after it: an old entry opened by its address still shows, and counts include it.
import { test, before, after } from 'node:test';
import { launch, onboarded } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('a check-in from months ago opens by its address', async () => {
  const t = Math.floor(Date.UTC(2026, 2, 14, 8, 30) / 1000);
  const storage = onboarded('2026-01-05', {
    'closer:e:ci:2026-03': JSON.stringify([{ id: 'old-0001', t, w: ['hopeful'], n: 'From March.' }]),
  });
  const { page, finish } = await app.open('/checkin/old-0001', { clock: new Date('2026-11-29T10:00:00'), storage });
  await page.getByRole('heading', { level: 1, name: 'Your check-in' }).waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('textarea, input')].some((e) => e.value === 'From March.'));
  await finish();
});
