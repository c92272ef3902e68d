/**
 * A Slate site's pages had URLs like `/v3.html#list-all-orders` (or `/en.html#introduction` for the
 * first page of a site without an index). Each such page gets a tiny static file at that path that
 * looks the anchor up in /anchors.json and moves on.
 */

/**
 * @param {string} name  e.g. `v3.html`, or a locale's `kr/index.html`
 * @param {string} fallback  where to go when the anchor is unknown; the anchor goes along, so an
 *   anchor that is already on that page (the home page's own, which need no entry) still lands
 * @param {string} [homeKey]  the old home page whose anchors are tried next: '' for the site's
 *   (`#id` keys), a locale's own (`kr/index.html`) so its readers stay in their locale
 */
export function redirectStub(name, fallback, homeKey = '') {
  const key = JSON.stringify(name).replace(/</g, '\\u003c')
  const home = JSON.stringify(fallback).replace(/</g, '\\u003c')
  const next = JSON.stringify(homeKey).replace(/</g, '\\u003c')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Moved</title><meta name="robots" content="noindex">
<script>
(function () {
  var hash = decodeURIComponent(location.hash.slice(1));
  function go(to) { var at = to.indexOf('#'); location.replace((at < 0 ? to : to.slice(0, at)) + location.search + (at < 0 ? '' : to.slice(at))); }
  fetch('/anchors.json').then(function (r) { return r.json(); }).then(function (map) {
    go(map[${key} + '#' + hash] || map[${next} + '#' + hash] || ${home} + (hash ? '#' + encodeURIComponent(hash) : ''));
  }, function () { go(${home} + location.hash); });
})();
</script></head>
<body><p>This page has moved: <a href=${JSON.stringify(fallback)}>continue</a>.</p></body></html>
`
}
