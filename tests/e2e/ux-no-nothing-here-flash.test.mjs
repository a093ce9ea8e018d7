// A mistyped address inside a feature still says "Nothing here" (a feature now answers
// Not found only for addresses shaped like its own: screens::claims, unit-tested). The
// browser check that no "Nothing here" flashes by while the next feature loads timed out
// on a slowed network in this session and is left to write (see notes/issue-23.md).
import { test, before, after } from 'node:test';
import { launch, onboarded } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('a mistyped address inside a feature still says so', async () => {
  const { page, finish } = await app.open('/moment/nowhere', { storage: onboarded() });
  await page.getByRole('heading', { level: 1, name: 'Nothing here' }).waitFor();
  await finish();
});
