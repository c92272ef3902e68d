/**
 * Where the content tree of this page is served (`/docs/1.x`; '' at a host's root), as the server
 * wrote it on <html data-tree>: the search files and anchors.json are under it. Read from the page,
 * so one islands bundle serves every version under any base path.
 */
export const treeRoot = () => document.documentElement.dataset.tree ?? ''
