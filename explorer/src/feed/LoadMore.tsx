import { useEffect, useRef } from 'react';

/**
 * Infinite scroll: the next page loads when this comes into view; the button does the same for
 * keyboard users and browsers that do not scroll.
 */
export function LoadMore({ hasMore, loading, onMore }: { hasMore: boolean; loading: boolean; onMore: () => void }) {
  const sentinel = useRef<HTMLDivElement>(null);
  const latest = useRef({ loading, onMore });
  latest.current = { loading, onMore };

  useEffect(() => {
    const element = sentinel.current;
    if (!hasMore || !element) return undefined;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && !latest.current.loading) latest.current.onMore();
    }, { rootMargin: '400px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasMore, loading]);

  if (!hasMore) return <p className="end-of-list">End of the list.</p>;
  return (
    <div ref={sentinel} className="load-more">
      <button type="button" onClick={onMore} disabled={loading}>{loading ? 'Loading…' : 'Load more'}</button>
    </div>
  );
}
