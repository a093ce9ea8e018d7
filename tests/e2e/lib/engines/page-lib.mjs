// Finds elements the way a person names them (role and accessible name, label, visible
// text), inside the page, in any engine: the driver sends this source with each query.
// It covers the roles and naming rules Closer's markup uses, not the whole ARIA spec.
export const PAGE_LIB = String.raw`
const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
const hidden = (el) => {
  for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
    if (e.hidden || e.getAttribute('aria-hidden') === 'true') return true;
    const cs = getComputedStyle(e);
    if (cs.display === 'none') return true;
    if (e === el && cs.visibility === 'hidden') return true;
  }
  return false;
};
const INPUT_ROLES = { button: 'button', submit: 'button', reset: 'button', checkbox: 'checkbox', radio: 'radio', range: 'slider', number: 'spinbutton', file: 'button' };
const role = (el) => {
  const r = el.getAttribute('role');
  if (r) return r.split(/\s+/)[0];
  const t = el.localName;
  if (t === 'a' || t === 'area') return el.hasAttribute('href') ? 'link' : null;
  if (t === 'button') return 'button';
  if (t === 'input') return INPUT_ROLES[(el.type || 'text').toLowerCase()] || 'textbox';
  if (t === 'textarea') return 'textbox';
  if (t === 'select') return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
  if (/^h[1-6]$/.test(t)) return 'heading';
  if (t === 'summary') return 'button';
  if (t === 'option') return 'option';
  return { nav: 'navigation', main: 'main', dialog: 'dialog', ul: 'list', ol: 'list', li: 'listitem', img: 'img',
    progress: 'progressbar', output: 'status', fieldset: 'group', details: 'group', article: 'article', aside: 'complementary',
    form: el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') ? 'form' : null,
    section: el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') ? 'region' : null }[t] || null;
};
const level = (el) => Number(el.getAttribute('aria-level') || (/^h([1-6])$/.exec(el.localName) || [])[1] || 0);
const FROM_CONTENT = new Set(['button', 'link', 'heading', 'checkbox', 'radio', 'option', 'tab', 'menuitem', 'cell', 'switch', 'treeitem', 'listitem', 'status', 'alert']);
const textOf = (node) => {
  if (node.nodeType === 3) return node.data;
  if (node.nodeType !== 1 || hidden(node)) return '';
  if (node.getAttribute('aria-label')) return ' ' + node.getAttribute('aria-label') + ' ';
  if (node.localName === 'img') return ' ' + (node.getAttribute('alt') || '') + ' ';
  if (node.localName === 'input' && /^(button|submit|reset)$/.test(node.type)) return ' ' + node.value + ' ';
  let s = '';
  for (const c of node.childNodes) s += textOf(c);
  return /^(div|p|li|h[1-6]|br|section|ul|ol|dt|dd)$/.test(node.localName) ? ' ' + s + ' ' : s;
};
const name = (el) => {
  const by = el.getAttribute('aria-labelledby');
  if (by) return norm(by.split(/\s+/).map((id) => { const x = document.getElementById(id); return x ? textOf(x) : ''; }).join(' '));
  if (el.getAttribute('aria-label')) return norm(el.getAttribute('aria-label'));
  if (el.labels && el.labels.length && el.type !== 'hidden') return norm([...el.labels].map(textOf).join(' '));
  if (el.localName === 'fieldset') { const l = el.querySelector(':scope > legend'); if (l) return norm(textOf(l)); }
  if (el.localName === 'img') return norm(el.getAttribute('alt'));
  if (FROM_CONTENT.has(role(el)) || el.localName === 'summary') { const t = norm(textOf(el)); if (t) return t; }
  return norm(el.getAttribute('title') || el.getAttribute('placeholder') || '');
};
const matches = (text, want) => {
  if (want == null) return true;
  if (typeof want === 'object') return new RegExp(want.source, want.flags).test(text);
  return text === norm(want);
};
const scopeOf = (q) => {
  if (!q.within) return document;
  const s = find(q.within);
  if (!s) throw new Error('no ' + describe(q.within) + ' to look in');
  return s;
};
const all = (q) => {
  const scope = scopeOf(q);
  const els = [...scope.querySelectorAll('*')];
  let out;
  if (q.role) out = els.filter((el) => role(el) === q.role && (!q.level || level(el) === q.level) && matches(name(el), q.name));
  else if (q.label) out = els.filter((el) => /^(input|textarea|select)$/.test(el.localName) || ['textbox', 'slider', 'spinbutton', 'combobox', 'checkbox', 'radio', 'switch'].includes(el.getAttribute('role'))).filter((el) => matches(name(el), q.label));
  else if (q.text != null) {
    // The innermost elements whose text holds the words.
    const has = (el) => typeof q.text === 'object' ? new RegExp(q.text.source, q.text.flags).test(norm(el.textContent)) : norm(el.textContent).includes(norm(q.text));
    out = els.filter((el) => has(el) && ![...el.children].some(has));
  } else if (q.css) out = [...scope.querySelectorAll(q.css)];
  else throw new Error('a query needs role, label, text or css');
  return out.filter((el) => !hidden(el));
};
const find = (q) => all(q)[q.nth || 0] || null;
const describe = (q) => JSON.stringify(q);
`;
