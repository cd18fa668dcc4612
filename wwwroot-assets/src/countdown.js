// Ticks every countdown on the page once a second: [data-expires-at] holds the UTC instant; the text is
// mm:ss and the class is its colour band (green > 5 min, yellow <= 5, red <= 1; Shared/CountdownBands.cs).
// The server renders a countdown only when its expiry changes, so open carts cost no server renders per second.
const serverTime = document.querySelector('meta[name="server-time"]');
// How far the server's clock is ahead of this browser's, so a wrong local clock still counts right.
const skew = serverTime ? Date.parse(serverTime.content) - Date.now() : 0;
const bands = ['countdown-green', 'countdown-yellow', 'countdown-red'];

function secondsLeft(element, now) {
  return Math.max(0, Math.ceil((Date.parse(element.dataset.expiresAt) - now) / 1000));
}

function bandOf(seconds) {
  return seconds > 300 ? bands[0] : seconds > 60 ? bands[1] : bands[2];
}

function tick() {
  const now = Date.now() + skew;
  for (const element of document.querySelectorAll('[data-expires-at]')) {
    const left = secondsLeft(element, now);
    const text = `${String(Math.floor(left / 60)).padStart(2, '0')}:${String(left % 60).padStart(2, '0')}`;
    // Change the text node Blazor rendered rather than replacing it, so Blazor's own later updates still land.
    const node = element.firstChild;
    if (node && node.nodeType === Node.TEXT_NODE) {
      if (node.nodeValue !== text) node.nodeValue = text;
    } else {
      element.textContent = text;
    }
    const band = bandOf(left);
    if (!element.classList.contains(band)) {
      element.classList.remove(...bands);
      element.classList.add(band);
    }
  }
}

setInterval(tick, 1000);
// A countdown that Blazor adds or changes is right at once, not up to a second later.
new MutationObserver(tick).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-expires-at', 'class'] });
tick();
