// Closer's service worker: precaches exactly this build's files, serves them offline,
// answers every navigation with index.html, and never talks to another origin.
// The build (.ci/hooks/post-build.mjs) fills in VERSION and FILES.
//
// Updates with tabs still open: each build's screens live in split/<version>/ (a hash of
// its wasm). A tab that started on an older build keeps loading that build's screens, so
// the previous caches are kept while any open tab still runs them: the worker notes which
// build each tab loaded (from the split/<version>/ files it fetches) and removes an old
// cache only once no open tab uses it (and no tab it can't place is open).
const VERSION = 'dev';
const FILES = [];
const CACHE = 'closer-' + VERSION;
const TABS = 'closer-tabs';
const TABS_URL = '/__closer-tabs.json';

// A few files at a time: the person may open a screen while the worker installs, and its
// code should wait behind a handful of requests, not two hundred.
const BATCH = 6;
async function precache() {
  const cache = await caches.open(CACHE);
  const all = ['/', ...FILES];
  for (let i = 0; i < all.length; i += BATCH) await cache.addAll(all.slice(i, i + BATCH));
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(prune().then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

// Which split/<version>/ each tab (client id) loaded, kept in a cache entry: the worker
// itself may be stopped between events.
async function tabs() {
  const hit = await (await caches.open(TABS)).match(TABS_URL);
  return hit ? hit.json() : {};
}

async function noteTab(id, version) {
  const known = await tabs();
  if (known[id] === version) return;
  known[id] = version;
  await (await caches.open(TABS)).put(TABS_URL, new Response(JSON.stringify(known)));
}

// Removes the caches of builds no open tab runs any more.
async function prune() {
  const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const known = await tabs();
  const live = {};
  for (const c of open) if (known[c.id]) live[c.id] = known[c.id];
  await (await caches.open(TABS)).put(TABS_URL, new Response(JSON.stringify(live)));
  // A tab this worker can't place (opened before it could watch): keep everything.
  if (open.some((c) => !live[c.id])) return;
  const inUse = new Set(Object.values(live));
  const names = await caches.keys();
  await Promise.all(names.filter((k) => k.startsWith('closer-') && k !== CACHE && k !== TABS).map(async (k) => {
    const files = await (await caches.open(k)).keys();
    const used = files.some((r) => {
      const m = new URL(r.url).pathname.match(/^\/split\/([0-9a-f]{16})\//);
      return m && inUse.has(m[1]);
    });
    if (!used) await caches.delete(k);
  }));
}

// The share target (the manifest's "share_target"): a moving file shared to the installed
// app from another app arrives as a POST. It waits in the inbox (this origin's Cache
// Storage, sent nowhere) until the new phone's
// moving screen takes it in. The inbox's name doesn't start
// with "closer-", so a new version's clean-up leaves it alone.
const INBOX = 'inbox-v1';
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'POST' || url.origin !== self.location.origin || url.pathname !== '/move/receive') return;
  event.respondWith((async () => {
    try {
      const form = await event.request.formData();
      const file = form.getAll('file').find((f) => typeof f !== 'string' && f.size > 0);
      if (file) {
        const inbox = await caches.open(INBOX);
        await inbox.put('/move/inbox', new Response(file, { headers: { 'content-type': 'text/plain; charset=utf-8' } }));
        return Response.redirect('/move?phone=new&received=1', 303);
      }
    } catch (e) { /* said on the page: choose the file instead */ }
    return Response.redirect('/move?phone=new&received=0', 303);
  })());
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin || VERSION === 'dev') return;
  if (req.mode === 'navigate') {
    // Any path is a screen of the app: answer with this version's shell. A new version
    // is picked up by the browser's update check and offered to the person in the app.
    event.respondWith(caches.open(CACHE).then((c) => c.match('/')).then((hit) => hit || fetch(req)));
    // A page opening is a good moment to let go of builds no tab uses any more.
    event.waitUntil(prune());
    return;
  }
  const split = url.pathname.match(/^\/split\/([0-9a-f]{16})\//);
  if (split && event.clientId) event.waitUntil(noteTab(event.clientId, split[1]));
  // This build's files first; then an older build's, for a tab that still runs it.
  event.respondWith(
    caches.open(CACHE).then((c) => c.match(req))
      .then((hit) => hit || caches.match(req))
      .then((hit) => hit || fetch(req))
  );
});
