import { IngestForm } from './IngestForm';
import { TokenForm } from './TokenForm';
import { useEditorToken } from './editorToken';

/** Editor mode: a pasted bearer token (editor role) unlocks ingesting here and editing on entity and article pages. */
export function EditorPage() {
  const token = useEditorToken();
  return (
    <>
      <h1>Editor</h1>
      <TokenForm />
      {token && <IngestForm />}
    </>
  );
}
