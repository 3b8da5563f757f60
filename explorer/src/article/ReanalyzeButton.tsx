import { useMutation } from '@apollo/client/react';
import { ReanalyzeArticleDocument } from '../generated/graphql';
import { FieldErrors } from '../common/UserErrors';

/** Editor mode: queue the article for entity recognition again; the page updates when it is done. */
export function ReanalyzeButton({ articleId }: { articleId: string }) {
  const [reanalyze, { data, loading, error }] = useMutation(ReanalyzeArticleDocument, {
    variables: { input: { articleId } },
    update(cache, { data: result }) {
      const analysis = result?.reanalyzeArticle.analysis;
      if (analysis) {
        cache.modify({ id: cache.identify({ __typename: 'Article', id: articleId }), fields: { analysis: () => analysis } });
      }
    },
  });
  const userErrors = data?.reanalyzeArticle.userErrors ?? [];
  return (
    <div className="editor-action">
      <button type="button" onClick={() => reanalyze()} disabled={loading} aria-describedby="reanalyze-errors">
        Re-analyse this article
      </button>
      <FieldErrors id="reanalyze-errors" errors={userErrors.map((e) => ({ ...e, field: null }))} field={null} />
      {error && <p role="alert" className="error">{error.message}</p>}
    </div>
  );
}
