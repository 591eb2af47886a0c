// Starts downloading the timeline while the reader's code loads; the reader takes this
// response only if it resolves the same address (src/load/early-fetch.ts). Same origin
// only, as the reader itself; the default must match DEFAULT_SRC in fetch-timeline.ts.
// A page rendered at build time names its timeline in a preload link above this script.
// src/build/early-fetch-script.ts puts it in the pages: inline in index.html, as a file of
// its own in embed.html (whose Content-Security-Policy may forbid inline script).
(function () {
  try {
    var asked = new URLSearchParams(location.search).get('src');
    var link = document.querySelector('link[rel="preload"][as="fetch"]');
    var src = asked !== null ? asked : link && link.getAttribute('href');
    var url = new URL((src || '').trim() || 'data/nato-china-2023.json', location.href);
    if (url.origin !== location.origin) return;
    var response = fetch(url, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    }).then(function (r) {
      // Reads the body at once, into a blob (off the page's main thread and heap): a body
      // nobody reads stops downloading as soon as its buffer is full, a few hundred KB in.
      // A redirect to another origin is handed over as it is: the reader sees its `url` and
      // refuses it (src/load/fetch-timeline.ts), without this script reading the body.
      if (!r.ok || r.status === 204 || r.status === 205) return r;
      if (r.url && new URL(r.url).origin !== location.origin) return r;
      return r.blob().then(function (body) {
        return new Response(body, {
          status: r.status,
          statusText: r.statusText,
          headers: r.headers,
        });
      });
    });
    response.catch(function () {});
    window.__datelineEarly = { href: url.href, response: response };
  } catch {
    // No head start (an old browser, an address that does not parse): the reader fetches.
  }
})();
