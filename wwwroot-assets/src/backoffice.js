/* BlazorStock back office script (issue 4). Needs htmx, the SignalR client and Bootstrap; Chart.js on the dashboard.
 *  - Live: joins the hub's stock and staff groups and turns pushes into body events that htmx regions listen to
 *    (hx-trigger="staff:holds from:body"): staff:holds, staff:orders, staff:units, staff:stock. <html> gets
 *    data-staff-live="on" once joined (tests wait for it), "off" while disconnected.
 *  - Toasts: every .toast[data-staff-toast] that appears (page load, htmx swap) auto-hides; StaffNotice pushes
 *    and new orders become toasts too.
 *  - Refusals: a 4xx answer aimed at the toast area is swapped in (it carries the explanation).
 *  - Charts: <canvas data-chart='{Chart.js config}'> is drawn, and redrawn when htmx swaps it.
 */
(function () {
  'use strict';

  var root = document.documentElement;

  function toastArea() { return document.getElementById('staff-toasts'); }

  function showToasts(scope) {
    if (!window.bootstrap) return;
    var els = (scope || document).querySelectorAll ? (scope || document).querySelectorAll('[data-staff-toast]') : [];
    if (scope && scope.matches && scope.matches('[data-staff-toast]')) els = [scope];
    for (var i = 0; i < els.length; i++) {
      var el = els[i];
      if (el.hasAttribute('data-shown')) continue;
      el.setAttribute('data-shown', '');
      el.addEventListener('hidden.bs.toast', function (e) { e.target.remove(); });
      window.bootstrap.Toast.getOrCreateInstance(el, { delay: el.classList.contains('text-bg-danger') ? 10000 : 6000 }).show();
    }
  }

  function toast(text, tone) {
    var area = toastArea();
    if (!area) return;
    var el = document.createElement('div');
    el.className = 'toast show align-items-center border-0 text-bg-' + (tone || 'info');
    el.setAttribute('role', tone === 'danger' ? 'alert' : 'status');
    el.setAttribute('data-staff-toast', '');
    var row = document.createElement('div');
    row.className = 'd-flex';
    var body = document.createElement('div');
    body.className = 'toast-body';
    body.textContent = text; // never HTML: the text may name products or customers
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'btn-close me-2 m-auto' + (tone === 'success' || tone === 'danger' ? ' btn-close-white' : '');
    close.setAttribute('data-bs-dismiss', 'toast');
    close.setAttribute('aria-label', 'Close');
    row.appendChild(body);
    row.appendChild(close);
    el.appendChild(row);
    area.appendChild(el);
    showToasts(el);
  }

  function drawCharts(scope) {
    if (!window.Chart) return;
    var canvases = (scope || document).querySelectorAll('canvas[data-chart]');
    for (var i = 0; i < canvases.length; i++) {
      var canvas = canvases[i];
      var existing = window.Chart.getChart(canvas);
      if (existing) existing.destroy();
      new window.Chart(canvas, JSON.parse(canvas.getAttribute('data-chart')));
    }
  }

  function fire(name, detail) {
    document.body.dispatchEvent(new CustomEvent(name, { detail: detail }));
  }

  function onReady() {
    showToasts(document);
    drawCharts(document);
    startLive();
  }

  document.addEventListener('htmx:load', function (e) {
    showToasts(e.detail.elt);
    drawCharts(e.detail.elt.parentNode || document);
  });

  // Refusals come back as 4xx with a toast that explains them; htmx would drop them by default.
  document.addEventListener('htmx:beforeSwap', function (e) {
    var status = e.detail.xhr.status;
    if (status >= 400 && status < 500 && e.detail.target && e.detail.target.id === 'staff-toasts') {
      e.detail.shouldSwap = true;
      e.detail.isError = false;
    }
  });

  // An expired session answers fragments with a redirect to sign-in; go there instead of swapping it in.
  document.addEventListener('htmx:afterRequest', function (e) {
    var url = e.detail.xhr && e.detail.xhr.responseURL;
    if (url && url.indexOf('/staff/sign-in') >= 0) window.location.href = '/staff/sign-in?ReturnUrl=' + encodeURIComponent(location.pathname + location.search);
  });

  function startLive() {
    if (!window.signalR) return;
    var connection = new window.signalR.HubConnectionBuilder()
      .withUrl('/hubs/stock')
      .withAutomaticReconnect()
      .build();

    connection.on('StockChanged', function (change) { fire('staff:stock', change); });
    connection.on('StaffHoldChanged', function (change) { fire('staff:holds', change); });
    connection.on('StaffUnitChanged', function (change) { fire('staff:units', change); });
    connection.on('StaffOrderChanged', function (change) {
      fire('staff:orders', change);
      if (change.kind === 'placed') {
        toast('New order from ' + change.customer + (change.total != null ? ' (' + Number(change.total).toFixed(2) + ')' : ''), 'info');
      }
    });
    connection.on('StaffNotice', function (notice) { toast(notice.text, notice.tone); });

    function join() {
      return connection.invoke('WatchStock')
        .then(function () { return connection.invoke('WatchStaff'); })
        .then(function (joined) { root.setAttribute('data-staff-live', joined ? 'on' : 'off'); });
    }

    connection.onreconnecting(function () { root.setAttribute('data-staff-live', 'off'); });
    connection.onreconnected(function () {
      // Whatever happened while away: reload every live region once.
      join().then(function () { ['staff:holds', 'staff:orders', 'staff:units', 'staff:stock'].forEach(function (n) { fire(n); }); });
    });
    connection.start().then(join).catch(function () { root.setAttribute('data-staff-live', 'off'); });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', onReady);
  else onReady();
})();
