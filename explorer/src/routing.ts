import { useEffect, useState } from 'react';

/** The app's pages, addressed by the URL's hash so that the gateway serves one index.html for all. */
export type Route =
  | { page: 'feed'; params: URLSearchParams }
  | { page: 'article'; id: string }
  | { page: 'entity'; id: string }
  | { page: 'editor' }
  | { page: 'not-found' };

export function parseRoute(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#/, '').split('?', 2);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { page: 'feed', params: new URLSearchParams(query) };
  if (parts[0] === 'article' && parts.length === 2) return { page: 'article', id: parts[1] };
  if (parts[0] === 'entity' && parts.length === 2) return { page: 'entity', id: parts[1] };
  if (parts[0] === 'editor' && parts.length === 1) return { page: 'editor' };
  return { page: 'not-found' };
}

export function useRoute(): Route {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return parseRoute(hash);
}

export const articleHref = (id: string) => `#/article/${encodeURIComponent(id)}`;
export const entityHref = (id: string) => `#/entity/${encodeURIComponent(id)}`;
export const feedHref = (params?: URLSearchParams) => (params && params.size > 0 ? `#/?${params}` : '#/');
