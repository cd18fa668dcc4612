/* BlazorStock storefront: live updates over SignalR (StockHub), applied with htmx.
 *  - ProductsChanged(ids): badges whose data-stock-ids name a changed product are refetched in one request
 *    (/catalog/badges answers with out-of-band swaps).
 *  - CartChanged(change): the cart section, header indicator and checkout panel are refetched; an expiry
 *    also shows a toast.
 *  - OrderChanged(change): the order page's status panel is refetched.
 *  - A toast when a hold has one minute left (site.js turns its countdown red at that point).
 * The hub only joins the cart in this browser's own cookie; a first add-to-cart creates that cookie, so the
 * connection is restarted then (a WebSocket keeps the cookies it was opened with).
 */
(function () {
  'use strict';
  if (!window.signalR || !window.htmx) return;

  var connection = new signalR.HubConnectionBuilder()
    .withUrl('/hubs/stock')
    .withAutomaticReconnect()
    .build();
  var watchingCart = false;

  function refetch(selector, url) {
    if (document.querySelector(selector)) htmx.ajax('GET', url, { target: selector, swap: 'outerHTML' });
  }

  // Several holds can change in one commit: refetch once per burst.
  var cartTimer = null;
  function refreshCart() {
    clearTimeout(cartTimer);
    cartTimer = setTimeout(function () {
      refetch('#cart', '/cart/contents');
      refetch('#cart-indicator', '/cart/indicator');
      refetch('#checkout', '/checkout/panel');
    }, 150);
  }

  var changedStock = {};
  var badgeTimer = null;
  function refreshBadges() {
    badgeTimer = null;
    var wanted = [];
    document.querySelectorAll('[data-stock-ids]').forEach(function (badge) {
      var ids = badge.getAttribute('data-stock-ids').split(' ');
      for (var i = 0; i < ids.length; i++) {
        if (changedStock[ids[i]]) { wanted.push('ids=' + encodeURIComponent(badge.getAttribute('data-product-id'))); break; }
      }
    });
    changedStock = {};
    if (wanted.length) htmx.ajax('GET', '/catalog/badges?' + wanted.join('&'), { swap: 'none' });
  }

  function toast(text, kind, link) {
    var box = document.getElementById('toasts');
    if (!box || !window.bootstrap) return;
    var el = document.createElement('div');
    el.className = 'toast align-items-center border-0 text-bg-' + kind;
    el.setAttribute('role', 'status');
    el.innerHTML = '<div class="d-flex"><div class="toast-body"></div>' +
      '<button type="button" class="btn-close me-2 m-auto" data-bs-dismiss="toast" aria-label="Close"></button></div>';
    var body = el.querySelector('.toast-body');
    body.textContent = text;
    if (link) {
      var a = document.createElement('a');
      a.href = link.href;
      a.className = 'ms-2 fw-semibold link-dark';
      a.textContent = link.text;
      body.appendChild(a);
    }
    box.appendChild(el);
    el.addEventListener('hidden.bs.toast', function () { el.remove(); });
    bootstrap.Toast.getOrCreateInstance(el, { delay: 10000 }).show();
  }

  connection.on('ProductsChanged', function (ids) {
    ids.forEach(function (id) { changedStock[id] = true; });
    if (!badgeTimer) badgeTimer = setTimeout(refreshBadges, 250);
  });

  connection.on('CartChanged', function (change) {
    refreshCart();
    if (change.kind === 'expired') {
      toast('Your hold on ' + change.productName + ' expired; it left your cart.', 'warning');
    }
  });

  connection.on('OrderChanged', function (change) {
    var panel = document.querySelector('#order-status[data-order-id="' + change.orderId + '"]');
    if (panel) refetch('#order-status', '/orders/' + change.orderId + '/status');
  });

  connection.on('StockChanged', function () { /* per-warehouse counts are for the back office */ });

  function watch() {
    var calls = [connection.invoke('WatchCart').then(function (joined) { watchingCart = joined; })];
    if (document.querySelector('[data-stock-ids]')) calls.push(connection.invoke('WatchStock'));
    return Promise.all(calls);
  }

  function start() {
    return connection.start().then(watch).then(function () {
      document.documentElement.setAttribute('data-live', 'on');
    }).catch(function () { setTimeout(start, 5000); });
  }

  connection.onreconnecting(function () { document.documentElement.setAttribute('data-live', 'off'); });
  connection.onreconnected(function () {
    watch().then(function () { document.documentElement.setAttribute('data-live', 'on'); });
  });

  document.body.addEventListener('cart:changed', function () {
    if (watchingCart || connection.state !== signalR.HubConnectionState.Connected) return;
    document.documentElement.setAttribute('data-live', 'off');
    connection.stop().then(start);
  });

  // One minute left: one toast per hold and expiry (an extended hold may warn again later).
  var warned = {};
  setInterval(function () {
    document.querySelectorAll('.countdown-red[data-hold-id][data-warn-name]:not([data-expired])').forEach(function (el) {
      var key = el.getAttribute('data-hold-id') + '@' + el.getAttribute('data-expires-at');
      if (warned[key]) return;
      warned[key] = true;
      var onCart = !!document.getElementById('cart');
      toast('Your hold on ' + el.getAttribute('data-warn-name') + ' ends in under a minute.', 'danger',
        onCart ? null : { href: '/cart', text: 'Extend it in your cart' });
    });
  }, 1000);

  start();
})();
