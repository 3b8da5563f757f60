import { useEffect, useRef } from 'react';
import { ArticlePage } from './article/ArticlePage';
import { EditorPage } from './editor/EditorPage';
import { useEditorToken } from './editor/editorToken';
import { EntityPage } from './entity/EntityPage';
import { FeedPage } from './feed/FeedPage';
import { useRoute, type Route } from './routing';

export function App() {
  const route = useRoute();
  const editing = useEditorToken() !== null;
  const main = useRef<HTMLElement>(null);
  const routeKey = route.page === 'article' || route.page === 'entity' ? `${route.page}/${route.id}` : route.page;

  // A new page moves the focus to its content, so keyboard and screen reader users start there.
  useEffect(() => {
    main.current?.focus();
  }, [routeKey]);

  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); main.current?.focus(); }}>
        Skip to content
      </a>
      <header className="site-header">
        <a className="brand" href="#/">Newsgraph explorer</a>
        <nav aria-label="Main">
          <ul>
            <li><a href="#/" aria-current={route.page === 'feed' ? 'page' : undefined}>Feed</a></li>
            <li>
              <a href="#/editor" aria-current={route.page === 'editor' ? 'page' : undefined}>
                {editing ? 'Editor (on)' : 'Editor'}
              </a>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Page route={route} />
      </main>
      <footer className="site-footer">
        <p>
          Data from the Newsgraph gateway. Wikinews sample articles are CC BY 2.5, Wikinews contributors.
        </p>
      </footer>
    </>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'feed':
      return <FeedPage params={route.params} />;
    case 'article':
      return <ArticlePage key={route.id} id={route.id} />;
    case 'entity':
      return <EntityPage key={route.id} id={route.id} />;
    case 'editor':
      return <EditorPage />;
    case 'not-found':
      return <h1>Page not found</h1>;
  }
}
