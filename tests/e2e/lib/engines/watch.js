// Served into index.html by the journey server (serve.mjs, { watch: true }) before anything
// else runs: notes script errors, panics and Content-Security-Policy violations in a way
// every engine supports, for the driver to read (driver.problems()).
(function () {
  var problems = (window.__e2eProblems = []);
  window.addEventListener('error', function (e) {
    if (e instanceof ErrorEvent) problems.push('page error: ' + e.message + (e.filename ? ' (' + e.filename + ':' + e.lineno + ')' : ''));
  });
  window.addEventListener('unhandledrejection', function (e) {
    problems.push('unhandled rejection: ' + (e.reason && e.reason.message ? e.reason.message : String(e.reason)));
  });
  document.addEventListener('securitypolicyviolation', function (e) {
    problems.push('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI);
  });
  var error = console.error;
  console.error = function () {
    var text = Array.prototype.map.call(arguments, String).join(' ');
    if (/panicked|Content Security Policy/i.test(text)) problems.push('console: ' + text);
    return error.apply(console, arguments);
  };
})();
