import { useQuery } from '@apollo/client/react';
import { SearchDocument, type ArticleFilter } from '../generated/graphql';
import { QueryState } from '../common/QueryState';
import { ArticleCard } from './ArticleCard';
import { LoadMore } from './LoadMore';

/** Full-text hits, best first, each with its highlighted snippet. */
export function SearchResults({ query, filter }: { query: string; filter?: ArticleFilter }) {
  const { data, loading, error, fetchMore } = useQuery(SearchDocument, { variables: { query, first: 20, filter } });
  const hits = data?.search;
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" className="visually-hidden">Search results</h2>
      <QueryState loading={loading && !hits} error={error} />
      {hits && (
        <>
          <p className="count" role="status">
            {hits.edges.length === 0 ? 'No article matches.' : hits.totalCount === null ? 'Matching articles' : `${hits.totalCount} matching articles`}
          </p>
          <ol className="article-list" aria-label="Search results, best first">
            {hits.edges.map((edge) => (
              <li key={edge.node.article.id}><ArticleCard article={edge.node.article} snippet={edge.node.snippet} /></li>
            ))}
          </ol>
          <LoadMore
            hasMore={hits.pageInfo.hasNextPage}
            loading={loading}
            onMore={() => fetchMore({ variables: { after: hits.pageInfo.endCursor } })}
          />
        </>
      )}
    </section>
  );
}
