import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { IngestTextDocument, type TextFormat } from '../generated/graphql';
import { FieldErrors, otherErrors } from '../common/UserErrors';
import { startOfDay } from '../common/dates';
import { articleHref } from '../routing';

/** Ingest an article written as plain text or Markdown, with its source and publication date. */
export function IngestForm() {
  const [text, setText] = useState('');
  const [format, setFormat] = useState<TextFormat>('PLAIN');
  const [source, setSource] = useState('');
  const [published, setPublished] = useState('');
  const [ingest, { data, loading, error }] = useMutation(IngestTextDocument);
  const result = data?.ingestText;
  const userErrors = result?.userErrors ?? [];

  function submit(event: FormEvent) {
    event.preventDefault();
    ingest({
      variables: {
        text,
        format,
        meta: { source: source.trim() || undefined, publishedAt: published ? startOfDay(published) : undefined },
      },
    });
  }

  return (
    <form onSubmit={submit} aria-labelledby="ingest-heading">
      <h2 id="ingest-heading">Ingest an article</h2>
      <div className="field">
        <label htmlFor="ingest-text">Text (first line or <code>#</code> heading: the headline)</label>
        <textarea id="ingest-text" rows={12} value={text} onChange={(e) => setText(e.target.value)} aria-describedby="ingest-text-errors" />
        <FieldErrors id="ingest-text-errors" errors={userErrors} field="text" />
      </div>
      <fieldset>
        <legend>Format</legend>
        {(['PLAIN', 'MARKDOWN'] as const).map((f) => (
          <label key={f} className="inline">
            <input type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)} />
            {f === 'PLAIN' ? 'Plain text' : 'Markdown'}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="ingest-source">Source</label>
        <input id="ingest-source" value={source} onChange={(e) => setSource(e.target.value)} aria-describedby="ingest-source-errors" />
        <FieldErrors id="ingest-source-errors" errors={userErrors} field="source" />
      </div>
      <div className="field">
        <label htmlFor="ingest-published">Published on</label>
        <input id="ingest-published" type="date" value={published} onChange={(e) => setPublished(e.target.value)}
          aria-describedby="ingest-published-errors" />
        <FieldErrors id="ingest-published-errors" errors={userErrors} field="publishedAt" />
      </div>
      <FieldErrors id="ingest-errors" errors={otherErrors(userErrors, ['text', 'source', 'publishedAt'])} field={null} />
      {error && <p role="alert" className="error">{error.message}</p>}
      <button type="submit" disabled={loading || !text.trim()}>Ingest</button>
      <p role="status">
        {result?.article && (
          <>
            {result.duplicate ? 'Already stored: ' : 'Ingested: '}
            <a href={articleHref(result.article.id)}>{result.article.headline}</a>
          </>
        )}
      </p>
    </form>
  );
}
