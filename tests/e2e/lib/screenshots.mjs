// Makes the install sheet's screenshots (manifest.webmanifest "screenshots") from the
// release build, in Chromium, at a phone's and a desktop's size, as WebP (Chromium encodes
// them through a canvas), so the install sheet's pictures stay small:
//   cd tests/e2e && node lib/screenshots.mjs ../../dist ../../public/screenshots
import { writeFileSync } from 'node:fs';
import { launch, onboarded, ready } from './harness.mjs';

const [dist, out] = process.argv.slice(2);
if (!dist || !out) throw new Error('usage: node lib/screenshots.mjs <dist> <out dir>');
const day = (iso) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86400000);
const t = (iso, h, m) => day(iso) * 86400 + h * 3600 + m * 60;
const storage = onboarded('2026-11-09', {
  'closer:d:profile': JSON.stringify({ start: day('2026-11-09'), intention: 'Let Sam a little closer, one small step at a time.' }),
  'closer:e:ci:2026-11': JSON.stringify([{ id: 's1', t: t('2026-11-29', 8, 40), w: ['calm', 'hopeful'] }]),
});
const clock = new Date('2026-11-29T10:15:00');
const app = await launch({ dist });
const shots = [
  ['/', 'today-narrow.webp', { width: 390, height: 844 }],
  ['/checkin', 'checkin-narrow.webp', { width: 390, height: 844 }],
  ['/', 'today-wide.webp', { width: 1280, height: 800 }],
];
for (const [path, name, viewport] of shots) {
  const { page, finish } = await app.open(path, { clock, storage, viewport, colorScheme: 'light', reducedMotion: 'reduce' });
  await ready(page);
  await page.waitForTimeout(300);
  const png = await page.screenshot();
  const webp = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    c.getContext('2d').drawImage(img, 0, 0);
    return c.toDataURL('image/webp', 0.85).split(',')[1];
  }, png.toString('base64'));
  writeFileSync(`${out}/${name}`, Buffer.from(webp, 'base64'));
  await finish();
  console.log(`${out}/${name}`);
}
await app.close();
