import type { ArticleFilter } from '../generated/graphql';
import { startOfDay } from '../common/dates';
import { ArticleFeed } from './ArticleFeed';
import { FeedFilters } from './FeedFilters';
import { SearchResults } from './SearchResults';

/** The feed's state lives in the URL (`#/?q=…&entity=…&source=…&from=…&to=…`), so it can be shared and gone back to. */
export function FeedPage({ params }: { params: URLSearchParams }) {
  const query = params.get('q')?.trim() ?? '';
  const filter = articleFilter(params);
  return (
    <>
      <h1>{query ? `Articles matching “${query}”` : 'Newest articles'}</h1>
      <FeedFilters params={params} />
      {query ? <SearchResults query={query} filter={filter} /> : <ArticleFeed filter={filter} />}
    </>
  );
}

function articleFilter(params: URLSearchParams): ArticleFilter | undefined {
  const filter: ArticleFilter = {};
  const entity = params.get('entity');
  const source = params.get('source');
  const from = params.get('from');
  const to = params.get('to');
  if (entity) filter.mentions = [entity];
  if (source) filter.source = source;
  if (from) filter.publishedAfter = startOfDay(from);
  if (to) filter.publishedBefore = startOfDay(nextDay(to));
  return Object.keys(filter).length > 0 ? filter : undefined;
}

/** `to` is inclusive on screen; the gateway's publishedBefore is exclusive. */
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
