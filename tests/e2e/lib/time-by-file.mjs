// A node:test reporter: the wall time of each spec file (browser start-up included),
// slowest first, printed at the end of the run. .ci/test uses it beside the usual TAP
// output, so a slow spec is easy to find as the suite grows. With CLOSER_FAILED_FILES set,
// it also writes there the files that had a failing test. Spec files run one at a
// time, so a file's time runs from the last event of the file before it to its own last.
import path from 'node:path';
import { writeFileSync } from 'node:fs';

export default async function* timeByFile(source) {
  const files = new Map();
  let last = Date.now();
  for await (const event of source) {
    // Every file's tests are enqueued at the start of the run: only what runs counts.
    if (event.type === 'test:enqueue') continue;
    const now = Date.now();
    const file = event.data?.file;
    if (file) {
      const f = files.get(file) || { start: last, end: last, tests: 0, failed: 0 };
      f.end = now;
      if (event.data.nesting === 0 && event.type === 'test:pass') f.tests += 1;
      if (event.data.nesting === 0 && event.type === 'test:fail') { f.tests += 1; f.failed += 1; }
      files.set(file, f);
    }
    last = now;
  }
  // The files with a failing test, one per line, for .ci/test's second try.
  if (process.env.CLOSER_FAILED_FILES) {
    const failed = [...files].filter(([, f]) => f.failed).map(([file]) => `${file}\n`).join('');
    writeFileSync(process.env.CLOSER_FAILED_FILES, failed);
  }
  const rows = [...files].map(([file, f]) => [file, { ...f, ms: f.end - f.start }]).sort((a, b) => b[1].ms - a[1].ms);
  const total = rows.reduce((s, [, f]) => s + f.ms, 0);
  yield `Time by spec file (${rows.length} files, ${(total / 1000).toFixed(0)} s):\n`;
  for (const [file, f] of rows) {
    const mark = f.failed ? `, ${f.failed} failed` : '';
    yield `  ${(f.ms / 1000).toFixed(1).padStart(7)} s  ${path.basename(file)} (${f.tests} tests${mark})\n`;
  }
}
