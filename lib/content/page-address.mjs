/** Where a page is served: the home page at `/`, every other page at `/<slug>/`. */

/** @param {string} slug @param {string} [home] the home page's slug (site.json's `home`) */
export const pageAddress = (slug, home = 'index') => (slug === home ? '/' : `/${slug}/`)

/** Where a group's page (the list of its pages, for readers without JavaScript) is served. */
export const groupAddress = (id) => `/category/${id}/`
