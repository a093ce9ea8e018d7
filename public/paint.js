// Paints the first screen before the app is ready (a small classic script at the end of
// <head>, so it runs before the first paint; the app replaces what it paints when it mounts):
//   - a new person, at / or /welcome: the welcome, kept as static HTML in index.html
//     (<template id="paint-welcome">, the app's own welcome as it renders);
//   - a returning person, at /: Today as it was last left (src/ui/paint.rs keeps it at
//     closer:paint), only if it is still true: the lock is off (no lock record), nothing is
//     half-done (no journal), it was drawn today, before the next moment Today changes by
//     the clock alone, by this build. Any write to storage removes it first
//     (src/store/paint.rs), so it never shows something that has changed since.
// Anything else (another address, the lock on, nothing kept): the plain "Opening Closer…".
//
// What it paints is marked (data-paint, hidden from assistive technology and from the
// tests' "ready": the live app is what they read). A tap on it waits for the app: the
// browser's own action is held back, and once the app has drawn its screen the same
// button or link in it is tapped for the person (by position, tag and text; a link that
// isn't there any more is followed by its address). Nothing here writes to storage.
(function () {
  'use strict';

  function choose() {
    var s = window.localStorage;
    if (s.getItem('closer:lock') !== null || s.getItem('closer:op') !== null) return null;
    var path = window.location.pathname;
    if (path !== '/' && path !== '/welcome') return null;
    var profile = s.getItem('closer:d:profile');
    var begun = profile !== null && JSON.parse(profile).start != null;
    if (!begun) return { kind: 'welcome' };
    if (path !== '/') return null;
    var kept = s.getItem('closer:paint');
    if (kept === null) return null;
    var k = JSON.parse(kept);
    var now = Date.now();
    var today = new Date(now).toDateString() === new Date(k.from).toDateString();
    if (typeof k.html !== 'string' || !(k.from <= now && now < k.until) || !today) return null;
    if (k.build !== build()) return null;
    return { kind: 'today', html: k.html };
  }

  // This build: its stylesheet and its start-up module, both named by a hash of their
  // contents (src/ui/paint.rs names them the same way).
  function build() {
    var sheet = document.querySelector('link[rel="stylesheet"]');
    var boot = document.querySelector('script[type="module"]');
    return sheet && boot ? sheet.getAttribute('href') + ' ' + boot.getAttribute('src') : null;
  }

  var chosen = null;
  try { chosen = choose(); } catch (e) { chosen = null; }
  if (!chosen) return;
  // Taps on the painted copy, in order, kept for the app.
  var held = [];

  // Paints once the parser is past #app (its own content complete; the welcome's
  // template comes before it). Mutation callbacks run before the browser next paints.
  function paint() {
    var app = document.getElementById('app');
    if (!app || !app.nextSibling) return false;
    if (window.__closerMounted) return true;
    var copy = document.createElement('div');
    copy.className = 'painted';
    copy.setAttribute('data-paint', chosen.kind);
    copy.setAttribute('aria-hidden', 'true');
    if (chosen.kind === 'welcome') {
      var t = document.getElementById('paint-welcome');
      if (!t) return true;
      copy.appendChild(t.content.cloneNode(true));
    } else {
      copy.innerHTML = chosen.html;
    }
    app.replaceChildren(copy);
    window.addEventListener('click', hold, true);
    if (window.__closerMounted) mounted();
    else window.addEventListener('closer-mounted', mounted, { once: true });
    return true;
  }
  if (!paint()) {
    var watch = new MutationObserver(function () { if (paint()) watch.disconnect(); });
    watch.observe(document.documentElement, { childList: true, subtree: true });
  }

  function painted() { return document.querySelector('#app > .painted'); }
  function hold(e) {
    var copy = painted();
    if (!copy || !(e.target instanceof Element) || !copy.contains(e.target)) return;
    e.preventDefault();
    e.closerWaiting = true;
    var el = e.target.closest('a[href], button, summary, label, input, select, textarea');
    if (el && copy.contains(el)) held.push(describe(el, copy));
  }
  function describe(el, root) {
    var path = [];
    for (var n = el; n !== root; n = n.parentElement) {
      path.unshift(Array.prototype.indexOf.call(n.parentElement.children, n));
    }
    return { path: path, tag: el.tagName, text: el.textContent.trim(), href: el.getAttribute('href') };
  }
  function same(n, h) {
    return n.tagName === h.tag && n.textContent.trim() === h.text && n.getAttribute('href') === h.href;
  }
  function find(h, root) {
    var n = root;
    for (var i = 0; i < h.path.length && n; i++) n = n.children[h.path[i]];
    if (n && same(n, h)) return n;
    var all = root.getElementsByTagName(h.tag);
    for (var j = 0; j < all.length; j++) if (same(all[j], h)) return all[j];
    return null;
  }

  // The app is up (src/main.rs): it replaced the painted copy. Once its screen is drawn,
  // each held tap lands on the same thing in it.
  function mounted() {
    window.removeEventListener('click', hold, true);
    var todo = held;
    held = [];
    if (!todo.length) return;
    var app = document.getElementById('app');
    var live = function () { return !painted() && app.querySelector('main h1'); };
    var replay = function () {
      todo.forEach(function (h) {
        var el = find(h, app);
        if (el) { el.click(); return; }
        if (h.href && h.href.charAt(0) === '/') {
          var a = document.createElement('a');
          a.href = h.href;
          (app.querySelector('main') || app).appendChild(a);
          a.click();
          a.remove();
        }
      });
    };
    if (live()) { replay(); return; }
    var wait = new MutationObserver(function () {
      if (!live()) return;
      wait.disconnect();
      replay();
    });
    wait.observe(app, { childList: true, subtree: true });
  }
})();
