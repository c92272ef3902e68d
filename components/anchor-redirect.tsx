/**
 * On the home page only: a Slate-era link such as `/?python#get-all-kittens` names an anchor that
 * now lives on another page. When the id is not on this page, /anchors.json says where it went and
 * the reader is sent there with the query (their language) kept. Inline, so it runs before React;
 * anchors.json is the one of the tree shown (<html data-tree>: base path, version).
 */
function redirect() {
  let id = location.hash.slice(1)
  if (!id) return
  try {
    id = decodeURIComponent(id)
  } catch {}
  if (document.getElementById(id)) return
  fetch(`${document.documentElement.dataset.tree ?? ''}/anchors.json`)
    .then((response) => response.json())
    .then((map: Record<string, string>) => {
      const to = map[`#${id}`]
      if (!to) return
      const at = to.indexOf('#')
      location.replace(to.slice(0, at) + location.search + to.slice(at))
    })
    .catch(() => {})
}

export function AnchorRedirect() {
  return <script dangerouslySetInnerHTML={{ __html: `(${redirect})()` }} />
}
