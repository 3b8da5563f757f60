import { useState, type FormEvent } from 'react';
import { editorToken, useEditorToken } from './editorToken';

/** Paste or forget the bearer token; it stays in this tab's sessionStorage only. */
export function TokenForm() {
  const token = useEditorToken();
  const [draft, setDraft] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    editorToken.set(draft.trim().replace(/^Bearer\s+/i, '') || null);
    setDraft('');
  }
  if (token) {
    return (
      <section aria-labelledby="token-heading">
        <h2 id="token-heading">Editor mode is on</h2>
        <p>Entity and article pages now show editing tools. The token is kept in this tab only.</p>
        <button type="button" onClick={() => editorToken.set(null)}>Leave editor mode</button>
      </section>
    );
  }
  return (
    <form onSubmit={submit} aria-labelledby="token-heading">
      <h2 id="token-heading">Enter editor mode</h2>
      <div className="field">
        <label htmlFor="editor-token">Bearer token (editor role)</label>
        <textarea id="editor-token" rows={3} value={draft} onChange={(e) => setDraft(e.target.value)} aria-describedby="editor-token-help"
          autoComplete="off" spellCheck={false} />
        <p id="editor-token-help" className="help">For a local stack: <code>./newsgraph token</code>.</p>
      </div>
      <button type="submit" disabled={!draft.trim()}>Use token</button>
    </form>
  );
}
