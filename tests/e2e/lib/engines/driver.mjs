// One small driver over any engine: the journeys (journeys.mjs) speak only to this.
// An adapter gives six primitives; everything a journey does is built from them here, so
// every engine runs the same steps:
//   open(url)  run(js) -> value  element(js) -> handle  click(handle)  type(handle, text)
//   reload()   and optionally screenshot(file), nativeProblems(), close()
// A query names what a person sees: { role, name, level, within } | { label } | { text } |
// { css }; a name or text may be a RegExp. Strings match whole (whitespace folded).
import { PAGE_LIB } from './page-lib.mjs';

const plain = (v) => (v instanceof RegExp ? { source: v.source, flags: v.flags } : v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)])) : v);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const show = (q) => JSON.stringify(plain(q));

export class Driver {
  constructor(adapter, { base, engine, timeout = 30000 }) {
    Object.assign(this, { adapter, base, engine, timeout, earlier: [] });
  }

  /** Runs `fn(...args)` in the page (a function or its source) and returns its result. */
  evaluate(fn, ...args) {
    return this.adapter.run(`(${fn})(...${JSON.stringify(args)})`);
  }

  /** Runs a script (an expression, which may be a promise) in the page. */
  run(js) {
    return this.adapter.run(js);
  }

  /** Runs a query through the page library: `body` sees `q` and the library's helpers. */
  #query(q, body) {
    return this.adapter.run(`(() => { ${PAGE_LIB}\n const q = ${show(q)}; ${body} })()`);
  }

  async #element(q) {
    await this.waitFor(q);
    return this.adapter.element(`(() => { ${PAGE_LIB}\n const el = find(${show(q)}); if (el) el.scrollIntoView({ block: 'center' }); return el; })()`);
  }

  async goto(path) {
    await this.#harvest();
    await this.adapter.open(this.base + path);
    await this.ready();
  }

  async reload() {
    await this.#harvest();
    await this.adapter.reload();
    await this.ready();
  }

  /** Keeps what the page's watcher saw before the page goes away. */
  async #harvest() {
    const seen = await this.#seen().catch(() => null);
    if (seen) this.earlier.push(...seen.problems);
  }

  #seen() {
    return this.evaluate(() => {
      const own = location.origin;
      const foreign = performance.getEntriesByType('resource').map((e) => e.name)
        .filter((u) => /^https?:/.test(u) && new URL(u).origin !== own).map((u) => `request to another origin: ${u}`);
      return { page: location.href, watching: Array.isArray(window.__e2eProblems), problems: [...(window.__e2eProblems || []), ...foreign] };
    });
  }

  /** The wasm app has replaced the static loading screen, or what public/paint.js painted. */
  ready() {
    return this.waitFor(() => !document.body.textContent.includes('Opening Closer…') && !document.querySelector('[data-paint]') && !!document.querySelector('main h1'), { what: 'the app to start' });
  }

  path() {
    return this.adapter.run('location.pathname');
  }

  /** Waits until a query finds something, or a page function returns something truthy. */
  async waitFor(what, { timeout = this.timeout, what: label } = {}) {
    const started = Date.now();
    let last;
    for (;;) {
      try {
        const attempt = typeof what === 'function' ? this.evaluate(what) : this.#query(what, 'return !!find(q);');
        // A promise in the page that never settles must not hang the wait.
        const found = await Promise.race([attempt, sleep(Math.max(1000, timeout - (Date.now() - started))).then(() => false)]);
        if (found) return found;
      } catch (e) { last = e; /* a navigation can interrupt one try */ }
      if (Date.now() - started > timeout) {
        const main = await this.text('main').catch(() => '?');
        throw new Error(`${this.engine}: waited ${timeout} ms for ${label || (typeof what === 'function' ? String(what) : show(what))}${last ? ` (last error: ${last.message})` : ''}\non ${await this.path().catch(() => '?')}: ${main.slice(0, 400)}`);
      }
      await sleep(100);
    }
  }

  /** True when nothing matches the query (checked once, now). */
  async absent(q) {
    return !(await this.#query(q, 'return !!find(q);'));
  }

  count(q) {
    return this.#query(q, 'return all(q).length;');
  }

  /** A native click, as a person's tap, on what the query finds. */
  async click(q) {
    const el = await this.#element(q);
    try {
      await this.adapter.click(el);
    } catch (e) {
      // A styled radio or checkbox can sit under its label: a person taps the label.
      const label = await this.adapter.element(`(() => { ${PAGE_LIB}\n const el = find(${show(q)}); return el && el.labels && el.labels[0] || null; })()`).catch(() => null);
      if (!label) throw e;
      await this.adapter.click(label);
    }
  }

  /** Types into a field found by its label (or any query), replacing what was there. Date,
   *  time and range inputs take their value the way a picker would set it. */
  async fill(label, value) {
    const q = typeof label === 'string' || label instanceof RegExp ? { label } : label;
    const kind = await this.#query(q, 'const el = find(q); return el && (el.localName === "select" ? "select" : el.type || el.localName);');
    if (['date', 'time', 'datetime-local', 'month', 'range', 'number', 'select', 'color'].includes(kind) || kind === null) {
      await this.waitFor(q);
      await this.#query(q, `const el = find(q);
        const proto = el.localName === 'select' ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
        el.focus();
        Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, ${JSON.stringify(String(value))});
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));`);
      return;
    }
    const el = await this.#element(q);
    await this.adapter.type(el, String(value));
  }

  /** Chooses an option of a <select> by its visible text. */
  async select(label, optionText) {
    await this.waitFor({ label });
    const ok = await this.#query({ label }, `const el = find(q);
      const o = [...el.options].find((o) => o.textContent.trim() === ${JSON.stringify(optionText)});
      if (!o) return false;
      el.value = o.value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      return true;`);
    if (!ok) throw new Error(`${this.engine}: no option "${optionText}" in ${label}`);
  }

  /** Ticks a checkbox or picks a radio by its label, with a click, unless it already is. */
  async check(q) {
    const query = typeof q === 'string' ? { label: q } : q;
    await this.waitFor(query);
    if (await this.#query(query, 'return find(q).checked;')) return;
    await this.click(query);
    await this.waitFor(() => true);
    if (!(await this.#query(query, 'return find(q).checked;'))) throw new Error(`${this.engine}: clicking did not check ${show(query)}`);
  }

  /** The value of a field found by its label. */
  value(label) {
    return this.#query({ label }, 'const el = find(q); return el ? el.value : null;');
  }

  /** The text of the first element matching a CSS selector (whitespace folded). */
  async text(css = 'main') {
    return this.#query({ css }, 'const el = find(q); return el ? norm(el.textContent) : "";');
  }

  /** Offers a file to a file input, as if picked (a DataTransfer, which every engine has). */
  async upload(label, fileName, text) {
    await this.waitFor({ label });
    await this.#query({ label }, `const el = find(q);
      const dt = new DataTransfer();
      dt.items.add(new File([${JSON.stringify(text)}], ${JSON.stringify(fileName)}, { type: 'application/json' }));
      el.files = dt.files;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));`);
  }

  /** From now on, files the page offers for download are kept (window.__e2eDownloads). */
  catchDownloads() {
    return this.evaluate(() => {
      if (window.__e2eDownloads) return;
      window.__e2eDownloads = [];
      const create = URL.createObjectURL;
      URL.createObjectURL = function (blob) {
        const url = create.call(URL, blob);
        if (blob instanceof Blob) blob.text().then((text) => window.__e2eDownloads.push({ type: blob.type, text }));
        return url;
      };
      // The app clicks an anchor it never attaches to the page: note the name it offers.
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function () {
        if (this.download) window.__e2eDownloadNames = [...(window.__e2eDownloadNames || []), this.download];
        return click.call(this);
      };
    });
  }

  /** The files offered for download since catchDownloads(), oldest first. */
  async downloads() {
    return this.evaluate(() => (window.__e2eDownloads || []).map((d, i) => ({ ...d, name: (window.__e2eDownloadNames || [])[i] || '' })));
  }

  /** Everything Closer keeps in localStorage. */
  storage() {
    return this.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('closer:')).map((k) => [k, localStorage.getItem(k)])));
  }

  /** What went wrong in the page: script errors, panics, CSP violations (watch.js, served
   *  into index.html by the journey server), requests to another origin the page made,
   *  and whatever the engine reports natively. */
  async problems() {
    const seen = await this.#seen();
    if (!seen.watching) seen.problems.push(`the error watcher is not running on ${seen.page}`);
    return [...new Set([...this.earlier, ...seen.problems, ...((await this.adapter.nativeProblems?.()) || [])])];
  }

  screenshot(file) {
    return this.adapter.screenshot?.(file);
  }

  close() {
    return this.adapter.close?.();
  }
}
