// Where things are on screen, as a person sees them: between the sticky header and the
// tab bar, and whether focus is on (or inside) a thing.
import assert from 'node:assert/strict';

/** The visible band of the screen: below the header, above the tab bar (if any). */
export async function band(page) {
  return page.evaluate(() => {
    const top = document.querySelector('header.top')?.getBoundingClientRect().bottom ?? 0;
    const tabs = document.querySelector('nav.tabs');
    const bottom = tabs ? tabs.getBoundingClientRect().top : window.innerHeight;
    return { top, bottom };
  });
}

/** Fails unless the top of `locator` is in the band between the header and the tab bar
 *  (not hidden under the header, not below the fold). Waits for the scroll to settle. */
export async function assertInView(page, locator, what) {
  let last;
  for (let i = 0; i < 20; i++) {
    const box = await locator.boundingBox();
    const b = await band(page);
    last = { box, b };
    if (box && box.y >= b.top - 1 && box.y + Math.min(box.height, 24) <= b.bottom) return;
    await page.waitForTimeout(100);
  }
  assert.fail(`${what} is in view below the header (its top at ${last.box?.y}, the band ${last.b.top}–${last.b.bottom})`);
}

/** Fails unless focus is on `locator` or inside it. */
export async function assertFocusIn(page, locator, what) {
  let inside = false;
  for (let i = 0; i < 20 && !inside; i++) {
    inside = await locator.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
    if (!inside) await page.waitForTimeout(100);
  }
  const active = await page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.id || ''} "${(document.activeElement?.textContent || '').slice(0, 40)}"`);
  assert.ok(inside, `focus moved to ${what} (it is on ${active})`);
}
