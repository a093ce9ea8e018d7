// Trunk post-build hook (see Trunk.toml). In the staging directory:
// 1. moves Trunk's inline start-up <script type="module"> into a hashed file, so the
//    Content-Security-Policy needs no 'unsafe-inline' and no script hash;
// 2. joins the stylesheets, in order, into one hashed file: the first screen waits for
//    one request instead of one per sheet (the sources stay one file per feature);
// 3. ships the screens that .ci/split/wasm-bindgen cut out of the main wasm, as split/;
// 4. for release builds, writes the version and the exact list of this build's files
//    into sw.js, so the service worker precaches precisely what this build shipped.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, statSync, mkdirSync, copyFileSync, unlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run me from Trunk');
const release = process.env.TRUNK_PROFILE === 'release';
const sha = (data) => createHash('sha256').update(data).digest('hex');

const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
html = html.replace(/<script type="module"([^>]*)>([\s\S]*?)<\/script>/g, (whole, attrs, body) => {
  if (/\ssrc=/.test(attrs) || !body.trim()) return whole;
  const name = `boot-${sha(body).slice(0, 16)}.js`;
  writeFileSync(join(dir, name), body.trim() + '\n');
  return `<script type="module" src="/${name}"></script>`;
});
if (/<script(?![^>]*\ssrc=)[^>]*>[\s\S]*?\S[\s\S]*?<\/script>/.test(html)) {
  throw new Error('an inline script is left in index.html; the CSP would block it');
}

// One stylesheet: Trunk writes one file and one <link> per sheet; join them, in order.
// A sheet linked `disabled` loads with its feature instead (src/ui/sheet.rs): it keeps
// its own file and link, and the first screen never fetches it.
const sheetLink = /<link rel="stylesheet" href="\/([\w.-]+\.css)"[^>]*>/g;
const joined = (tag) => !/\sdisabled\b/.test(tag);
const sheets = [...html.matchAll(sheetLink)].filter((m) => joined(m[0])).map((m) => m[1]);
if (sheets.length === 0) throw new Error('no stylesheet <link> found in index.html: check how Trunk writes them');
if (sheets.length > 1) {
  const css = sheets.map((name) => readFileSync(join(dir, name), 'utf8').trim() + '\n').join('\n');
  const name = `closer-${sha(css).slice(0, 16)}.css`;
  const integrity = 'sha384-' + createHash('sha384').update(css).digest('base64');
  writeFileSync(join(dir, name), css);
  for (const sheet of sheets) unlinkSync(join(dir, sheet));
  let first = true;
  html = html.replace(sheetLink, (tag) => {
    if (!joined(tag)) return tag;
    if (!first) return '';
    first = false;
    return `<link rel="stylesheet" href="/${name}" integrity="${integrity}"/>`;
  });
}
writeFileSync(indexPath, html);

// The main module's glue imports the loader from ./split/; the loader imports the glue back
// (for the main module's exports) by the name Trunk gave it.
const glue = readdirSync(dir).filter((f) => /^closer-[0-9a-f]+\.js$/.test(f));
if (glue.length !== 1) throw new Error(`expected one closer-<hash>.js in the build, found ${glue.length}`);
if (readFileSync(join(dir, glue[0]), 'utf8').includes('./split/__wasm_split.js')) {
  const from = join(process.env.CARGO_TARGET_DIR || join(process.env.TRUNK_SOURCE_DIR, 'target'), 'wasm-bindgen', process.env.TRUNK_PROFILE, 'wasm-split');
  const to = join(dir, 'split');
  mkdirSync(to, { recursive: true });
  for (const f of readdirSync(from)) copyFileSync(join(from, f), join(to, f));
  const loader = join(to, '__wasm_split.js');
  const text = readFileSync(loader, 'utf8');
  if (!text.includes('from "./main.js"')) throw new Error('the split loader no longer imports ./main.js: check wasm_split_cli');
  writeFileSync(loader, text.replace('from "./main.js"', `from "../${glue[0]}"`));
  // The glue imports the loader before the wasm can start: fetch it alongside the glue.
  html = html.replace(/(<link rel="modulepreload" href="\/closer-[0-9a-f]+\.js"[^>]*>)/,
    '$1\n<link rel="modulepreload" href="/split/__wasm_split.js" crossorigin="anonymous">');
  if (!html.includes('href="/split/__wasm_split.js"')) throw new Error('could not add the loader to index.html');
  writeFileSync(indexPath, html);
  console.log(`post-build: ${readdirSync(to).length - 1} split wasm files + loader in split/`);
}

const files = [];
(function walk(d) {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else files.push('/' + relative(dir, p).split('\\').join('/'));
  }
})(dir);
// The install sheet's screenshots are fetched by the browser when it offers to install,
// never by the app: the worker doesn't precache them.
const shipped = files.filter((f) => f !== '/sw.js' && f !== '/index.html' && !f.startsWith('/screenshots/')).sort();

if (release) {
  const version = sha(shipped.map((f) => f + ':' + sha(readFileSync(join(dir, f.slice(1))))).join('\n') + sha(html)).slice(0, 16);
  const swPath = join(dir, 'sw.js');
  let sw = readFileSync(swPath, 'utf8');
  sw = sw.replace("const VERSION = 'dev';", `const VERSION = '${version}';`)
         .replace('const FILES = [];', `const FILES = ${JSON.stringify(shipped)};`);
  writeFileSync(swPath, sw);
  console.log(`post-build: service worker ${version} precaches ${shipped.length} files + /`);
}
