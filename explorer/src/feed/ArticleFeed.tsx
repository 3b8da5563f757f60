import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { ArticleAnalyzedDocument, FeedDocument, type ArticleFilter } from '../generated/graphql';
import { QueryState } from '../common/QueryState';
import { ArticleCard } from './ArticleCard';
import { LoadMore } from './LoadMore';

const PAGE = 20;

/** Newest articles first, page after page; unfiltered, articles analysed from now on join the top live. */
export function ArticleFeed({ filter }: { filter?: ArticleFilter }) {
  const { data, loading, error, fetchMore, subscribeToMore } = useQuery(FeedDocument, {
    variables: { first: PAGE, filter },
  });
  const [announcement, setAnnouncement] = useState('');
  const live = filter === undefined;

  useEffect(() => {
    if (!live) return undefined;
    return subscribeToMore({
      document: ArticleAnalyzedDocument,
      updateQuery: (_, { complete, previousData, subscriptionData }) => {
        const article = subscriptionData.data?.articleAnalyzed;
        const articles = complete ? previousData.articles : null;
        if (!article || !articles || articles.edges.some((e) => e.node?.id === article.id)) {
          return undefined;
        }
        setAnnouncement(`New article: ${article.headline}`);
        return {
          ...previousData,
          articles: {
            ...articles,
            totalCount: articles.totalCount === null ? null : articles.totalCount + 1,
            edges: [{ __typename: 'ArticleEdge' as const, cursor: `live:${article.id}`, node: article }, ...articles.edges],
          },
        };
      },
    });
  }, [live, subscribeToMore]);

  const articles = data?.articles;
  return (
    <section aria-labelledby="feed-heading">
      <h2 id="feed-heading" className="visually-hidden">Articles</h2>
      <p className="live-region" aria-live="polite" role="status">{announcement}</p>
      <QueryState loading={loading && !articles} error={error} />
      {articles && (
        <>
          <p className="count">{articles.totalCount === null ? 'Articles' : `${articles.totalCount} articles`}{live && ', updated live'}</p>
          <ol className="article-list" aria-label="Articles, newest first">
            {articles.edges.map((edge) => edge.node && (
              <li key={edge.node.id}><ArticleCard article={edge.node} /></li>
            ))}
          </ol>
          <LoadMore
            hasMore={articles.pageInfo.hasNextPage}
            loading={loading}
            onMore={() => fetchMore({ variables: { after: articles.pageInfo.endCursor } })}
          />
        </>
      )}
    </section>
  );
}
