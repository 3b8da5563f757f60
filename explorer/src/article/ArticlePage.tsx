import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { ArticleAnalysisFinishedDocument, ArticleDocument } from '../generated/graphql';
import { QueryState } from '../common/QueryState';
import { TypeLegend } from '../common/TypeLegend';
import { formatDate } from '../common/dates';
import { useEditorToken } from '../editor/editorToken';
import { AnalysisStatus } from './AnalysisStatus';
import { ArticleEntities } from './ArticleEntities';
import { MentionedText, paragraphRanges } from './MentionedText';
import { ReanalyzeButton } from './ReanalyzeButton';
import { RelatedArticles } from './RelatedArticles';

/** One article: its text with every mention highlighted, its entities by salience, related articles. */
export function ArticlePage({ id }: { id: string }) {
  const { data, loading, error, subscribeToMore } = useQuery(ArticleDocument, { variables: { id } });
  const editing = useEditorToken() !== null;

  // an analysis finishing (e.g. after re-analysis) refreshes the entities in place through the cache
  useEffect(() => subscribeToMore({ document: ArticleAnalysisFinishedDocument, variables: { articleId: id } }), [id, subscribeToMore]);

  const article = data?.article;
  if (!article) {
    return <QueryState loading={loading} error={error} />;
  }
  const mentions = (article.entities ?? []).flatMap(({ entity, mentions: spans }) => spans.map((span) => ({ ...span, entity })));
  const [headline, ...paragraphs] = paragraphRanges(article.text);
  const published = article.publishedAt ?? article.ingestedAt;
  return (
    <div className="article-page">
      <article aria-labelledby="article-headline">
        <h1 id="article-headline">
          <MentionedText text={article.text} range={headline} mentions={mentions} />
        </h1>
        <p className="meta">
          {article.source && <span>{article.source}</span>}
          <time dateTime={published}>{formatDate(published)}</time>
          {article.authors.length > 0 && <span>By {article.authors.join(', ')}</span>}
          <span>{article.wordCount} words</span>
          {article.url && <a href={article.url} rel="noreferrer">Original</a>}
        </p>
        <AnalysisStatus analysis={article.analysis} />
        <TypeLegend />
        {editing && <ReanalyzeButton articleId={article.id} />}
        <div className="article-text">
          {paragraphs.map((range) => (
            <p key={range.start}><MentionedText text={article.text} range={range} mentions={mentions} /></p>
          ))}
        </div>
      </article>
      <aside className="article-side" aria-label="Entities and related articles">
        <ArticleEntities entities={article.entities} />
        <RelatedArticles related={article.relatedArticles} />
      </aside>
    </div>
  );
}
