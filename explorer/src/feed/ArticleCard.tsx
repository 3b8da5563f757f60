import type { EntityType } from '../generated/graphql';
import { EntityChip } from '../common/EntityChip';
import { formatDate } from '../common/dates';
import { articleHref } from '../routing';
import { Snippet } from './Snippet';

export interface ArticleSummary {
  id: string;
  headline: string;
  source: string | null;
  publishedAt: string | null;
  ingestedAt: string;
  entities: ReadonlyArray<{ salience: number; entity: { id: string; name: string; type: EntityType } }> | null;
}

/** One article of a list: headline link, source and date, its most salient entities, the search snippet. */
export function ArticleCard({ article, snippet }: { article: ArticleSummary; snippet?: string | null }) {
  const when = article.publishedAt ?? article.ingestedAt;
  return (
    <article className="article-card" data-article-id={article.id}>
      <h3><a href={articleHref(article.id)}>{article.headline}</a></h3>
      <p className="meta">
        {article.source && <span>{article.source}</span>}
        <time dateTime={when}>{formatDate(when)}</time>
      </p>
      {snippet && <Snippet text={snippet} />}
      {article.entities && article.entities.length > 0 && (
        <ul className="chips" aria-label="Most salient entities">
          {article.entities.map(({ entity }) => (
            <li key={entity.id}><EntityChip entity={entity} /></li>
          ))}
        </ul>
      )}
    </article>
  );
}
