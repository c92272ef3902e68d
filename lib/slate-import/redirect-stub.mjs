/**
 * A Slate site's pages had URLs like `/v3.html#list-all-orders` (or `/en.html#introduction` for the
 * first page of a site without an index). Each such page gets a tiny static file at that path that
 * looks the anchor up in /anchors.json and moves on. The site's root is read from the stub's own
 * address, so the site works under any base path: `/docs/v3.html` reads `/docs/anchors.json`.
 */

/**
 * @param {string} name  e.g. `v3.html`, or a locale's `kr/index.html`
 * @param {string} fallback  where to go when the anchor is unknown, from the site's root (`/`,
 *   `/intro/`); the anchor goes along, so an anchor that is already on that page (the home page's
 *   own, which need no entry) still lands
 * @param {string} [homeKey]  the old home page whose anchors are tried next: '' for the site's
 *   (`#id` keys), a locale's own (`kr/index.html`) so its readers stay in their locale
 */
export function redirectStub(name, fallback, homeKey = '') {
  const key = JSON.stringify(name).replace(/</g, '\\u003c')
  const home = JSON.stringify(fallback.slice(1)).replace(/</g, '\\u003c')
  const next = JSON.stringify(homeKey).replace(/</g, '\\u003c')
  // Its address's segments below the site's root (`cn/index.html`: two), to step back out of.
  const depth = name.split('/').length
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Moved</title><meta name="robots" content="noindex">
<script>
(function () {
  var root = location.pathname.split('/').slice(0, -${depth}).join('/') + '/';
  var hash = decodeURIComponent(location.hash.slice(1));
  function go(to) { var at = to.indexOf('#'); location.replace((at < 0 ? to : to.slice(0, at)) + location.search + (at < 0 ? '' : to.slice(at))); }
  fetch(root + 'anchors.json').then(function (r) { return r.json(); }).then(function (map) {
    go(map[${key} + '#' + hash] || map[${next} + '#' + hash] || root + ${home} + (hash ? '#' + encodeURIComponent(hash) : ''));
  }, function () { go(root + ${home} + location.hash); });
})();
</script></head>
<body><p>This page has moved: <a href=${JSON.stringify(`${'../'.repeat(depth - 1) || './'}${fallback.slice(1)}`)}>continue</a>.</p></body></html>
`
}
