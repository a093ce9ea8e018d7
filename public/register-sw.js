// Registers the service worker (offline use) and hands updates to the app, which
// asks the person before switching: an update never reloads under someone's typing.
//
// The worker is registered only once the first screen is interactive (the app says so
// with `closer-mounted`) and the page is idle: installing it fetches every file of this
// build, which must not compete with the first screen.
(function () {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  // Reload only when the person asked for the update: the first install also changes
  // the controller, and that must never reload a page someone is typing in.
  let requested = false;
  let reloading = false;
  window.addEventListener('closer-update-apply', function () {
    requested = true;
    navigator.serviceWorker.getRegistration().then(function (reg) {
      if (reg && reg.waiting) reg.waiting.postMessage('skip-waiting');
    });
  });
  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (!requested || reloading) return;
    reloading = true;
    window.location.reload();
  });
  function announce() {
    window.dispatchEvent(new Event('closer-update-ready'));
  }
  function register() {
    navigator.serviceWorker.register('/sw.js').then(function (reg) {
      // A new version is only one that waits behind a version already in charge. On a
      // first visit there is none, whatever order the engine reports things in (WebKit
      // can make the first worker the controller before it says "installed").
      if (reg.waiting && reg.active) announce();
      reg.addEventListener('updatefound', function () {
        const w = reg.installing;
        // Decided now, while it is certain: an update is a worker found beside an active one.
        const isUpdate = !!reg.active;
        if (!w || !isUpdate) return;
        w.addEventListener('statechange', function () {
          if (w.state === 'installed') announce();
        });
      });
    }).catch(function () { /* offline use is a bonus; the app works without it */ });
  }
  let started = false;
  function whenIdle() {
    if (started) return;
    started = true;
    if ('requestIdleCallback' in window) window.requestIdleCallback(register, { timeout: 5000 });
    else setTimeout(register, 1000);
  }
  if (window.__closerMounted) whenIdle();
  else window.addEventListener('closer-mounted', whenIdle, { once: true });
  // If the app never says so (it could not start), still keep offline use and updates.
  window.addEventListener('load', function () { setTimeout(whenIdle, 10000); });
})();
