// The build stops with a message on anything unexpected, instead of shipping an app that
// cannot start: a bare `trunk build`, a call the split step can't read, wasm-split-cli
// failing, the split files missing, a service worker without its placeholders.
// No browser and no dist/ needed: each script runs on a small folder made here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync, chmodSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, delimiter } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const SPLIT = join(ROOT, '.ci/split');
const WRAPPER = join(SPLIT, 'wasm-bindgen');
const PRE = join(ROOT, '.ci/hooks/pre-build');
const POST = join(ROOT, '.ci/hooks/post-build.mjs');

let tmp;
before(() => { tmp = mkdtempSync(join(tmpdir(), 'closer-build-')); });
after(() => rmSync(tmp, { recursive: true, force: true }));

/** PATH without the split step, as a shell has it when someone types `trunk build`. */
const plainPath = () => process.env.PATH.split(delimiter).filter((d) => d && resolve(d) !== SPLIT).join(delimiter);

function run(cmd, args, { env = {}, cwd = ROOT } = {}) {
  const base = { ...process.env, PATH: plainPath() };
  delete base.RUSTFLAGS;
  const r = spawnSync(cmd, args, { cwd, env: { ...base, ...env }, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** A folder of stand-in tools, put first on PATH. */
function tools(name, scripts) {
  const d = join(tmp, name);
  mkdirSync(d, { recursive: true });
  for (const [tool, body] of Object.entries(scripts)) {
    writeFileSync(join(d, tool), `#!/usr/bin/env bash\n${body}\n`);
    chmodSync(join(d, tool), 0o755);
  }
  return d;
}

test('a bare trunk build stops at once and points to bash .ci/serve', () => {
  const dist = join(tmp, 'bare-dist');
  const r = run('trunk', ['build', '--dist', dist]);
  assert.notEqual(r.status, 0, r.out);
  assert.match(r.out, /can't be built with a bare 'trunk build' or 'trunk serve'/);
  assert.match(r.out, /bash \.ci\/serve/);
  assert.doesNotMatch(r.out, /Compiling closer/, 'stopped before compiling anything');
  const shipped = (() => { try { return readdirSync(dist); } catch { return []; } })().filter((f) => f !== '.stage');
  assert.deepEqual(shipped, [], 'nothing was shipped');
});

test('the pre-build check lets the build of .ci/build through, and nothing less', () => {
  const asBuild = { PATH: `${SPLIT}${delimiter}${plainPath()}`, RUSTFLAGS: ' --cfg erase_components -Clink-args=--emit-relocs' };
  assert.equal(run('bash', [PRE], { env: asBuild }).status, 0);
  const noRelocs = run('bash', [PRE], { env: { ...asBuild, RUSTFLAGS: '--cfg erase_components' } });
  assert.notEqual(noRelocs.status, 0);
  assert.match(noRelocs.out, /RUSTFLAGS lacks -Clink-args=--emit-relocs/);
  const noSplit = run('bash', [PRE], { env: { RUSTFLAGS: asBuild.RUSTFLAGS } });
  assert.notEqual(noSplit.status, 0);
  assert.match(noSplit.out, /not the split step/);
});

test('the split step passes a version question through and refuses calls it cannot read', () => {
  const version = run(WRAPPER, ['--version']);
  assert.equal(version.status, 0, version.out);
  assert.match(version.out, /^wasm-bindgen \d+\.\d+\.\d+/);

  const wasm = join(tmp, 'app.wasm');
  writeFileSync(wasm, 'not really wasm');
  const out = join(tmp, 'bindgen-out');
  const cases = [
    [['--target=web', `--out-dir=${out}`, `--out-name=closer`], /no \.wasm file to split/],
    [['--target=web', `--out-dir=${out}`, wasm], /no --out-name=/],
    [['--target=web', '--out-dir', out, '--out-name=closer', wasm], /'--out-dir' without '='/],
    [['--target=web', `--out-dir=${out}`, '--out-name=closer', '--split-linked-modules', wasm], /unknown option '--split-linked-modules'/],
    [['--target=web', `--out-dir=${out}`, '--out-name=closer', wasm, wasm], /two wasm files/],
    [['--target=web', `--out-dir=${out}`, '--out-name=closer', 'closer.js', wasm], /unexpected argument 'closer\.js'/],
  ];
  for (const [args, message] of cases) {
    const r = run(WRAPPER, args);
    assert.notEqual(r.status, 0, `${args.join(' ')}: ${r.out}`);
    assert.match(r.out, /^closer split step: can't read Trunk's call/m);
    assert.match(r.out, message);
  }
});

test("the split step stops when wasm-split-cli fails or leaves no output", () => {
  const wasm = join(tmp, 'app.wasm');
  writeFileSync(wasm, 'not really wasm');
  const out = join(tmp, 'bindgen-out');
  const args = ['--target=web', `--out-dir=${out}`, '--out-name=closer', wasm, '--no-typescript'];

  const failing = tools('failing', { 'wasm-split-cli': 'echo "Overlong segment" >&2; echo "error: not a wasm module" >&2; exit 3' });
  let r = run(WRAPPER, args, { env: { PATH: `${failing}${delimiter}${plainPath()}` } });
  assert.notEqual(r.status, 0);
  assert.match(r.out, /wasm-split-cli failed \(exit status 3\)/);
  assert.match(r.out, /error: not a wasm module/, "wasm-split-cli's own words are shown");
  assert.doesNotMatch(r.out, /Overlong segment/, 'known noise is left out');

  const silent = tools('silent', { 'wasm-split-cli': 'mkdir -p "$2"; exit 0' });
  r = run(WRAPPER, args, { env: { PATH: `${silent}${delimiter}${plainPath()}` } });
  assert.notEqual(r.status, 0);
  assert.match(r.out, /wasm-split-cli wrote no .*main\.wasm/);

  const unsplit = tools('unsplit', { 'wasm-split-cli': 'mkdir -p "$2"; touch "$2/main.wasm" "$2/__wasm_split.js"' });
  r = run(WRAPPER, args, { env: { PATH: `${unsplit}${delimiter}${plainPath()}` } });
  assert.notEqual(r.status, 0);
  assert.match(r.out, /cut out no feature .*--emit-relocs/);

  // The real wasm-bindgen and the system's tools, without wasm-split-cli.
  const bindgen = run('bash', ['-c', 'command -v wasm-bindgen']).out.trim();
  const bare = tools('bare', { 'wasm-bindgen': `exec ${bindgen} "$@"` });
  r = run(WRAPPER, args, { env: { PATH: [bare, '/usr/bin', '/bin'].join(delimiter) } });
  assert.notEqual(r.status, 0);
  assert.match(r.out, /wasm-split-cli is not installed \(run bash \.ci\/setup\)/);
});

/** The split step's name for this build's split files (a hash of them). */
const VERSION = '0123456789abcdef';

/** A staging folder as Trunk leaves it for the post-build hook, and the split files
 *  where the split step puts them. */
function staged(name, { sw = "const VERSION = 'dev';\nconst FILES = [];\n", split = true, glueImport = true } = {}) {
  const stage = join(tmp, name, 'stage');
  const target = join(tmp, name, 'target');
  mkdirSync(stage, { recursive: true });
  writeFileSync(join(stage, 'index.html'), '<html><head><link rel="stylesheet" href="/tokens-01.css"><link rel="stylesheet" href="/base-02.css">'
    + '<link rel="modulepreload" href="/closer-0123abcd.js" crossorigin="anonymous" integrity="x">'
    + '<script type="module">import init from "/closer-0123abcd.js"; init();</script></head><body></body></html>');
  writeFileSync(join(stage, 'tokens-01.css'), ':root { --x: 1; }\n');
  writeFileSync(join(stage, 'base-02.css'), 'body { margin: 0; }\n');
  writeFileSync(join(stage, 'closer-0123abcd.js'), glueImport ? `import * as s from "./split/${VERSION}/__wasm_split.js";\n` : 'export default 1;\n');
  writeFileSync(join(stage, 'closer-0123abcd_bg.wasm'), 'wasm');
  writeFileSync(join(stage, 'sw.js'), sw);
  if (split) {
    const from = join(target, 'wasm-bindgen', 'release', 'wasm-split');
    mkdirSync(from, { recursive: true });
    writeFileSync(join(from, '__wasm_split.js'), 'import { x } from "./main.js";\n');
    writeFileSync(join(from, 'split_feel_screens_1.wasm'), 'wasm');
    writeFileSync(join(from, 'chunk_1.wasm'), 'wasm');
    writeFileSync(join(from, 'VERSION'), `${VERSION}\n`);
  }
  return { stage, env: { TRUNK_STAGING_DIR: stage, TRUNK_PROFILE: 'release', TRUNK_SOURCE_DIR: ROOT, CARGO_TARGET_DIR: target } };
}

test('the post-build hook fills in the service worker and ships the split files', () => {
  const { stage, env } = staged('good');
  const r = run('node', [POST], { env });
  assert.equal(r.status, 0, r.out);
  const sw = readFileSync(join(stage, 'sw.js'), 'utf8');
  assert.match(sw, /^const VERSION = '[0-9a-f]{16}';$/m);
  const files = JSON.parse(sw.match(/^const FILES = (.*);$/m)[1]);
  assert.ok(files.includes(`/split/${VERSION}/split_feel_screens_1.wasm`) && files.includes(`/split/${VERSION}/__wasm_split.js`), files.join(' '));
  assert.ok(!files.some((f) => f.endsWith('/VERSION')), 'the version file is not shipped');
  assert.match(readFileSync(join(stage, `split/${VERSION}/__wasm_split.js`), 'utf8'), /from "\.\.\/\.\.\/closer-0123abcd\.js"/);
  assert.match(readFileSync(join(stage, 'index.html'), 'utf8'), /<script type="module" src="\/boot-[0-9a-f]{16}\.js"><\/script>/);
});

test('the post-build hook stops on a missing staging folder, split files or placeholder', () => {
  const expect = (env, message) => {
    const r = run('node', [POST], { env });
    assert.notEqual(r.status, 0, r.out);
    assert.match(r.out, /^closer post-build: /m);
    assert.match(r.out, message);
  };
  expect({ TRUNK_STAGING_DIR: '' }, /TRUNK_STAGING_DIR is not set/);
  expect(staged('no-split', { split: false }).env, /the split files are not in .*wasm-bindgen\/release\/wasm-split/);
  expect(staged('unsplit-glue', { glueImport: false }).env, /the split step did not run.*bash \.ci\/build/);
  const stale = staged('stale-split');
  writeFileSync(join(stale.env.CARGO_TARGET_DIR, 'wasm-bindgen', 'release', 'wasm-split', 'VERSION'), 'fedcba9876543210\n');
  expect(stale.env, /the split files in .* are not the ones closer-0123abcd\.js imports/);
  expect(staged('no-version', { sw: 'const VERSION = "dev";\nconst FILES = [];\n' }).env, /sw\.js should hold `const VERSION = 'dev';` once.*found it 0 times/);
  expect(staged('two-lists', { sw: "const VERSION = 'dev';\nconst FILES = [];\nconst FILES = [];\n" }).env, /`const FILES = \[\];` once.*found it 2 times/);
});
