// Closer's service worker: precaches exactly this build's files, serves them offline,
// answers every navigation with index.html, and never talks to another origin.
// The build (.ci/hooks/post-build.mjs) fills in VERSION and FILES.
const VERSION = 'dev';
const FILES = [];
const CACHE = 'closer-' + VERSION;

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
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('closer-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

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
    event.respondWith(caches.match('/').then((hit) => hit || fetch(req)));
    return;
  }
  event.respondWith(caches.match(req).then((hit) => hit || fetch(req)));
});
