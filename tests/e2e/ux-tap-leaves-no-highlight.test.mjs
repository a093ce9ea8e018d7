// A tap's highlight never carries over: on a touch phone, after answering a statement the
// next one shows every answer alike (nothing shaded that wasn't chosen), and after a tap
// opens a feeling on the wheel, no word of the next ring is marked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded } from './lib/harness.mjs';
import { choice } from './lib/quiz.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const touch = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

const looks = (loc) => loc.evaluateAll((els) => els.map((el) => {
  const cs = getComputedStyle(el);
  return `${cs.backgroundColor} ${cs.color} ${cs.boxShadow} ${cs.filter} ${cs.transform}`;
}));

test('a questionnaire on a touch phone: the next statement shows no answer shaded', async () => {
  const { page, finish } = await app.open('/quiz/ecr-r', { ...touch, storage: onboarded() });
  await page.locator('#item-text').waitFor();
  const plain = await looks(page.locator('.scale-point'));
  assert.equal(new Set(plain).size, 1, 'the seven answers look alike before any tap');
  await choice(page, 2).tap();
  await page.locator('#item-text').filter({ hasText: /^2\. / }).waitFor();
  await page.waitForTimeout(300);
  assert.equal(await page.locator('.scale-point[aria-pressed="true"]').count(), 0, 'nothing chosen yet');
  assert.deepEqual(await looks(page.locator('.scale-point')), plain, 'every answer looks as it did before any tap');
  await finish();
});

test('the wheel: a tap opens a feeling, and no word of its ring is marked', async () => {
  const { page, finish } = await app.open('/checkin', { ...touch, storage: onboarded() });
  const wheel = page.getByRole('listbox', { name: 'Feelings wheel' });
  await wheel.getByRole('option', { name: 'sad', exact: true }).tap();
  await page.getByRole('button', { name: 'All feelings' }).waitFor();
  await page.waitForTimeout(300);
  assert.equal(await page.locator('.wheel .wedge.active').count(), 0, 'no word marked as if chosen or pointed at');
  assert.equal(await wheel.locator('[aria-selected="true"]').count(), 0);
  // The keyboard still shows where it is.
  await wheel.focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.locator('.wheel .wedge.active').count(), 1, 'the keyboard’s place is drawn');
  await finish();
});
