// Two tabs writing at the same moment (neither has heard of the other's write yet: their
// storage events are held back): entries and settings from both are kept.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded, ready, storageDump } from './lib/harness.mjs';
import { choice, openQuestionnaire } from './lib/quiz.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

/** A tab that doesn't hear other tabs' writes (as if they happened at the same instant). */
async function deafTab(ctx, path) {
  const page = await ctx.newPage();
  await page.addInitScript(() => window.addEventListener('storage', (e) => e.stopImmediatePropagation(), true));
  await page.goto(path);
  await ready(page);
  return page;
}

test('two tabs saving settings at the same moment: both changes are kept', async () => {
  const { ctx, finish } = await app.context();
  const seedPage = await ctx.newPage();
  await seedPage.addInitScript((s) => { for (const [k, v] of Object.entries(s)) if (localStorage.getItem(k) === null) localStorage.setItem(k, v); }, onboarded());
  await seedPage.goto('/');
  await ready(seedPage);
  const a = await deafTab(ctx, '/quiz/ecr-r');
  await a.locator('#item-text').waitFor();
  const b = await deafTab(ctx, '/quiz/ecr-rs');
  await b.getByLabel('A close friend').check();
  // Both have read the (empty) drafts before either writes.
  await choice(a, 3).click();
  await b.getByRole('button', { name: 'Begin' }).click();
  await b.locator('#item-text').waitFor();
  const drafts = JSON.parse((await storageDump(a))['closer:d:quiz']);
  assert.ok(drafts.r, 'the first tab\'s questionnaire draft is kept');
  assert.ok(drafts.s, 'the second tab\'s questionnaire draft is kept');
  await openQuestionnaire(a, '/quiz/ecr-r');
  assert.match(await a.locator('#quiz-progress-text').textContent(), /2 of/, 'the first tab resumes after its answer');
  await finish();
});

test('two tabs saving entries at the same moment: every entry is kept', async () => {
  const { ctx, finish } = await app.context();
  const seedPage = await ctx.newPage();
  await seedPage.addInitScript((s) => { for (const [k, v] of Object.entries(s)) if (localStorage.getItem(k) === null) localStorage.setItem(k, v); }, onboarded());
  await seedPage.goto('/');
  await ready(seedPage);
  const tabs = [await deafTab(ctx, '/wins/new'), await deafTab(ctx, '/wins/new')];
  for (let round = 0; round < 3; round++) {
    await Promise.all(tabs.map(async (p, i) => {
      await p.getByLabel('What I risked', { exact: true }).fill(`tab ${i + 1}, win ${round + 1}`);
      await p.getByRole('button', { name: 'Keep this win' }).click();
      await p.getByRole('heading', { level: 1, name: 'Wins journal' }).waitFor();
    }));
    // On to the next win inside the app, as a person would (each tab stays open: a tab
    // looks after what it saved for a few seconds, see state/collection.rs `look_after`).
    for (const p of tabs) {
      await p.getByRole('link', { name: 'Add a win' }).click();
      await p.getByLabel('What I risked', { exact: true }).waitFor();
    }
  }
  // A browser may pass one tab's write to the other a moment later; a tab whose win was
  // written over from an older copy puts it back within seconds. Give it those seconds.
  const wins = async () => Object.entries(await storageDump(tabs[0])).filter(([k]) => k.startsWith('closer:e:win:')).flatMap(([, v]) => JSON.parse(v));
  let stored = await wins();
  for (let i = 0; i < 40 && stored.length < 6; i++) {
    await tabs[0].waitForTimeout(200);
    stored = await wins();
  }
  assert.equal(stored.length, 6, 'all six wins are stored');
  await finish();
});
