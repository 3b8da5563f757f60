import type { ErrorLike } from '@apollo/client';
import { QueryState } from '../common/QueryState';
import { formatDate } from '../common/dates';
import { LoadMore } from '../feed/LoadMore';
import { articleHref } from '../routing';

interface Props {
  connection:
    | {
        totalCount: number | null;
        edges: ReadonlyArray<{ node: { id: string; headline: string; source: string | null; publishedAt: string | null; ingestedAt: string } | null }>;
        pageInfo: { hasNextPage: boolean };
      }
    | null
    | undefined;
  loading: boolean;
  error?: ErrorLike;
  onMore: () => void;
}

/** The articles mentioning the entity, newest first. */
export function EntityArticles({ connection, loading, error, onMore }: Props) {
  return (
    <section aria-labelledby="entity-articles-heading">
      <h2 id="entity-articles-heading">Articles</h2>
      <QueryState loading={loading && !connection} error={error} />
      {connection && (
        <>
          <ul className="entity-articles">
            {connection.edges.map(({ node }) => node && (
              <li key={node.id}>
                <time dateTime={node.publishedAt ?? node.ingestedAt}>{formatDate(node.publishedAt ?? node.ingestedAt)}</time>{' '}
                <a href={articleHref(node.id)}>{node.headline}</a>
                {node.source && <small> {node.source}</small>}
              </li>
            ))}
          </ul>
          <LoadMore hasMore={connection.pageInfo.hasNextPage} loading={loading} onMore={onMore} />
        </>
      )}
    </section>
  );
}
