/* BlazorStock site script. Dependency-free.
 *  - Countdowns: <span class="countdown" data-expires-at="2025-01-01T12:00:00Z"></span> shows mm:ss left,
 *    gets countdown-green (> 5 min) / countdown-yellow (<= 5 min) / countdown-red (<= 1 min), and fires a
 *    bubbling "hold:expired" CustomEvent once when it reaches 00:00 (it also gets a data-expired attribute).
 *    When the page has <meta name="server-time" content="...Z">, time is measured on the server's clock, so a
 *    browser whose clock is off still counts down to the real expiry.
 *  - htmx: every request carries the antiforgery token from <meta name="csrf-token"> as RequestVerificationToken.
 */
(function () {
  'use strict';

  var COLOURS = ['countdown-green', 'countdown-yellow', 'countdown-red'];

  function pad(n) { return (n < 10 ? '0' : '') + n; }

  function update(el, now) {
    var expiresAt = Date.parse(el.getAttribute('data-expires-at'));
    if (isNaN(expiresAt)) return;

    var left = Math.max(0, Math.ceil((expiresAt - now) / 1000)); // whole seconds, never negative
    var text = pad(Math.floor(left / 60)) + ':' + pad(left % 60);
    if (el.textContent !== text) el.textContent = text;

    var colour = left > 300 ? COLOURS[0] : left > 60 ? COLOURS[1] : COLOURS[2];
    if (!el.classList.contains(colour)) {
      el.classList.remove.apply(el.classList, COLOURS);
      el.classList.add(colour);
    }

    if (left > 0) {
      el.removeAttribute('data-expired'); // the hold was extended: allow a new expiry event later
    } else if (!el.hasAttribute('data-expired')) {
      el.setAttribute('data-expired', '');
      el.dispatchEvent(new CustomEvent('hold:expired', {
        bubbles: true,
        detail: { expiresAt: el.getAttribute('data-expires-at') }
      }));
    }
  }

  var serverTime = document.querySelector('meta[name="server-time"]');
  var offset = serverTime ? (Date.parse(serverTime.getAttribute('content')) - Date.now()) || 0 : 0;

  // Query the DOM on every tick so elements swapped in by htmx are picked up without bookkeeping.
  function tick() {
    var now = Date.now() + offset;
    var els = document.querySelectorAll('[data-expires-at]');
    for (var i = 0; i < els.length; i++) update(els[i], now);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', tick);
  else tick();
  setInterval(tick, 1000);
  // Render swapped-in content and returning background tabs at once instead of on the next tick.
  document.addEventListener('htmx:load', tick);
  document.addEventListener('visibilitychange', tick);

  // Listening on document works whatever order htmx.min.js and this file load in;
  // the event only ever fires when htmx is on the page.
  document.addEventListener('htmx:configRequest', function (e) {
    var meta = document.querySelector('meta[name="csrf-token"]');
    if (window.htmx && meta && meta.content) e.detail.headers['RequestVerificationToken'] = meta.content;
  });
})();
