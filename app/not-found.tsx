export const metadata = { title: 'Page not found', description: 'There is no page at this address.' }

export default function NotFound() {
  return (
    <main id="content" className="not-found">
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved when the docs were reorganised.</p>
      <p>
        <a href="/">Go to the home page</a>
      </p>
    </main>
  )
}
