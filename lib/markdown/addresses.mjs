/** Where the Markdown side of the site lives. Kept apart from the renderer so pages can link to it cheaply. */

/** The address of a page's Markdown: `/kittens.md`, `/index.md` for the home page; under its tree's prefix. */
export const markdownHref = (slug, prefix = '') => `${prefix}/${slug}.md`
