// Trunk post-build hook (see Trunk.toml). In the staging directory:
// 1. moves Trunk's inline start-up <script type="module"> into a hashed file, so the
//    Content-Security-Policy needs no 'unsafe-inline' and no script hash;
// 2. joins the stylesheets, in order, into one hashed file: the first screen waits for
//    one request instead of one per sheet (the sources stay one file per feature);
// 3. ships the screens that .ci/split/wasm-bindgen cut out of the main wasm, as
//    split/<version>/ (a hash of this build's wasm: a tab still running an older version
//    keeps loading its own screens, which the service worker keeps for it);
// 4. for release builds, writes the version and the exact list of this build's files
//    into sw.js, so the service worker precaches precisely what this build shipped;
// 5. for release builds, writes a brotli (.br) and a gzip (.gz) copy beside every text and
//    wasm file, for a host that sends precompressed files (tests/e2e/lib/serve.mjs does, as
//    `bash .ci/serve`; the README's Publishing section says how on common hosts). They are
//    the same files in another encoding: not in the worker's list.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants } from 'node:zlib';
import { readFileSync, writeFileSync, readdirSync, statSync, mkdirSync, copyFileSync, existsSync, unlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

// Anything unexpected stops the build with a message saying what and where, never a
// build that ships half-filled.
function fail(message) {
  console.error(`closer post-build: ${message}`);
  process.exit(1);
}

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) fail('TRUNK_STAGING_DIR is not set: this runs as a Trunk hook (bash .ci/build)');
if (!existsSync(join(dir, 'index.html'))) fail(`no index.html in Trunk's staging folder ${dir}`);
const profile = process.env.TRUNK_PROFILE;
if (profile !== 'release' && profile !== 'debug') fail(`TRUNK_PROFILE is '${profile}', expected release or debug`);
const release = profile === 'release';
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
  fail('an inline script is left in index.html; the CSP would block it');
}

// One stylesheet: Trunk writes one file and one <link> per sheet; join them, in order.
// A sheet linked `disabled` loads with its feature instead (src/ui/sheet.rs): it keeps
// its own file and link, and the first screen never fetches it.
const sheetLink = /<link rel="stylesheet" href="\/([\w.-]+\.css)"[^>]*>/g;
const joined = (tag) => !/\sdisabled\b/.test(tag);
const sheets = [...html.matchAll(sheetLink)].filter((m) => joined(m[0])).map((m) => m[1]);
if (sheets.length === 0) fail('no stylesheet <link> found in index.html: check how Trunk writes them');
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

// The main module's glue imports the loader from ./split/<version>/; the loader imports the
// glue back (for the main module's exports) by the name Trunk gave it.
const glue = readdirSync(dir).filter((f) => /^closer-[0-9a-f]+\.js$/.test(f));
if (glue.length !== 1) fail(`expected one closer-<hash>.js in ${dir}, found ${glue.length}`);
const splitVersion = readFileSync(join(dir, glue[0]), 'utf8').match(/\.\/split\/([0-9a-f]{16})\/__wasm_split\.js/);
if (!splitVersion) {
  // .ci/split/wasm-bindgen rewrites this import in every build it splits.
  fail(`${glue[0]} does not import ./split/<version>/__wasm_split.js: the split step did not run. ` +
    'Build with bash .ci/build (or bash .ci/serve), not a bare trunk build.');
}
{
  const version = splitVersion[1];
  // Where .ci/split/wasm-bindgen left the split files: beside wasm-bindgen's output, which
  // Trunk 0.21 writes to <cargo target dir>/wasm-bindgen/<profile>/ (not a documented
  // place: checked here so a Trunk that moves it stops the build instead of shipping none).
  const target = process.env.CARGO_TARGET_DIR || join(process.env.TRUNK_SOURCE_DIR || '.', 'target');
  const from = join(target, 'wasm-bindgen', profile, 'wasm-split');
  if (!existsSync(join(from, '__wasm_split.js'))) {
    fail(`the split files are not in ${from} (no __wasm_split.js there). The split step writes them ` +
      "beside wasm-bindgen's output in the cargo target directory; set CARGO_TARGET_DIR as .ci/build does.");
  }
  if (!existsSync(join(from, 'VERSION')) || readFileSync(join(from, 'VERSION'), 'utf8').trim() !== version) {
    fail(`the split files in ${from} are not the ones ${glue[0]} imports (version ${version})`);
  }
  const wasm = readdirSync(from).filter((f) => f.endsWith('.wasm'));
  if (!wasm.some((f) => f.startsWith('split_'))) fail(`no split_*.wasm in ${from}`);
  const to = join(dir, 'split', version);
  mkdirSync(to, { recursive: true });
  for (const f of readdirSync(from)) if (f !== 'VERSION') copyFileSync(join(from, f), join(to, f));
  const loader = join(to, '__wasm_split.js');
  const text = readFileSync(loader, 'utf8');
  if (!text.includes('from "./main.js"')) fail('the split loader no longer imports ./main.js: check wasm_split_cli');
  writeFileSync(loader, text.replace('from "./main.js"', `from "../../${glue[0]}"`));
  // The glue imports the loader before the wasm can start: fetch it alongside the glue.
  const href = `/split/${version}/__wasm_split.js`;
  html = html.replace(/(<link rel="modulepreload" href="\/closer-[0-9a-f]+\.js"[^>]*>)/,
    `$1\n<link rel="modulepreload" href="${href}" crossorigin="anonymous">`);
  if (!html.includes(`href="${href}"`)) fail('could not add the loader to index.html (no modulepreload of the glue found)');
  writeFileSync(indexPath, html);
  console.log(`post-build: ${wasm.length} split wasm files + loader in split/${version}/`);
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
  if (!existsSync(swPath)) fail(`no sw.js in ${dir} (index.html copies public/sw.js)`);
  let sw = readFileSync(swPath, 'utf8');
  // Each placeholder must be there exactly once, or the worker would precache nothing.
  for (const [placeholder, value] of [
    ["const VERSION = 'dev';", `const VERSION = '${version}';`],
    ['const FILES = [];', `const FILES = ${JSON.stringify(shipped)};`],
  ]) {
    const found = sw.split(placeholder).length - 1;
    if (found !== 1) fail(`sw.js should hold \`${placeholder}\` once, for this build to fill in; found it ${found} times`);
    sw = sw.replace(placeholder, value);
  }
  writeFileSync(swPath, sw);
  console.log(`post-build: service worker ${version} precaches ${shipped.length} files + /`);
}

if (release) {
  const compressible = /\.(wasm|js|mjs|css|html|webmanifest|json|svg|txt|ico)$/;
  const br = promisify(brotliCompress), gz = promisify(gzip);
  const texts = ['/index.html', '/sw.js', ...shipped].filter((f) => compressible.test(f));
  // zlib's work runs on libuv's threads: a few files at once.
  const queue = [...texts];
  let written = 0;
  await Promise.all(Array.from({ length: 4 }, async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      const path = join(dir, f.slice(1));
      const data = readFileSync(path);
      const size = data.length;
      writeFileSync(path + '.br', await br(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: size } }));
      writeFileSync(path + '.gz', await gz(data, { level: 9 }));
      written += 1;
    }
  }));
  if (written !== texts.length) fail(`compressed ${written} of ${texts.length} files`);
  console.log(`post-build: brotli and gzip copies of ${written} files`);
}
