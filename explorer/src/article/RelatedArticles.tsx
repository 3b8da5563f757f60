import { formatDate } from '../common/dates';
import { articleHref } from '../routing';

interface Props {
  related: ReadonlyArray<{
    sharedCount: number;
    article: { id: string; headline: string; source: string | null; publishedAt: string | null } | null;
  }> | null;
}

/** Articles sharing the most entities with this one. */
export function RelatedArticles({ related }: Props) {
  const present = (related ?? []).flatMap(({ article, sharedCount }) => (article ? [{ article, sharedCount }] : []));
  return (
    <section aria-labelledby="related-heading">
      <h2 id="related-heading">Related articles</h2>
      {present.length === 0 ? (
        <p>{related === null ? 'Related articles are unavailable just now.' : 'No related article yet.'}</p>
      ) : (
        <ul className="related-list">
          {present.map(({ article, sharedCount }) => (
            <li key={article.id}>
              <a href={articleHref(article.id)}>{article.headline}</a>
              <small>
                {' '}{sharedCount} shared {sharedCount === 1 ? 'entity' : 'entities'}
                {article.publishedAt && <>, {formatDate(article.publishedAt)}</>}
              </small>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
