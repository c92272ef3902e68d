/** Where the Markdown side of the site lives. Kept apart from the renderer so pages can link to it cheaply. */

/** The address of a page's Markdown: `/kittens.md`, `/index.md` for the home page. */
export const markdownHref = (slug) => `/${slug}.md`

/** An absolute URL on the site: `siteUrl` may carry a path (`https://example.com/docs`), kept before `pathname`. */
export const siteAddress = (siteUrl, pathname) => `${siteUrl.replace(/\/+$/, '')}${pathname}`
