/**
 * Without JavaScript the language bar, the sample tabs, the copy buttons and the Menu button can do
 * nothing, so they are not offered; below 930px the sidebar (the whole table of contents), which
 * would sit behind the dead Menu button, shows above the content instead. The sample tabs already
 * hide without the head script's data-lang; these rules cover the rest.
 */
const css = `
.language-bar, .copy-button, .topbar { display: none !important; }
@media (max-width: 930px) {
  .sidebar { display: block; position: static; width: auto; box-shadow: none; border-right: 0; border-bottom: 1px solid var(--line); }
}`

export function NoScriptStyle() {
  return <noscript dangerouslySetInnerHTML={{ __html: `<style>${css}</style>` }} />
}
