import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { AddEntityAliasDocument, MergeEntitiesDocument, RemoveEntityAliasDocument, RenameEntityDocument } from '../generated/graphql';
import { FieldErrors, otherErrors } from '../common/UserErrors';
import { EntityTypeahead, type SelectedEntity } from '../feed/EntityTypeahead';

interface Props {
  entity: { id: string; name: string; aliases: readonly string[] };
}

/** Editor mode on an entity's page: rename it, add or remove an alias, merge another entity into it. */
export function EntityEditor({ entity }: Props) {
  return (
    <section className="editor-panel" aria-labelledby="entity-editor-heading">
      <h2 id="entity-editor-heading">Edit {entity.name}</h2>
      <RenameForm entity={entity} />
      <AliasForms entity={entity} />
      <MergeForm entity={entity} />
    </section>
  );
}

function RenameForm({ entity }: Props) {
  const [name, setName] = useState(entity.name);
  const [rename, { data, loading, error }] = useMutation(RenameEntityDocument);
  const userErrors = data?.renameEntity.userErrors ?? [];
  function submit(event: FormEvent) {
    event.preventDefault();
    rename({ variables: { input: { id: entity.id, name } } });
  }
  return (
    <form onSubmit={submit} aria-label="Rename">
      <div className="field">
        <label htmlFor="rename-name">Canonical name</label>
        <input id="rename-name" value={name} onChange={(e) => setName(e.target.value)} aria-describedby="rename-name-errors" />
        <FieldErrors id="rename-name-errors" errors={userErrors} field="name" />
      </div>
      <FieldErrors id="rename-errors" errors={otherErrors(userErrors, ['name'])} field={null} />
      {error && <p role="alert" className="error">{error.message}</p>}
      <button type="submit" disabled={loading}>Rename</button>
    </form>
  );
}

function AliasForms({ entity }: Props) {
  const [alias, setAlias] = useState('');
  const [add, added] = useMutation(AddEntityAliasDocument);
  const [remove, removed] = useMutation(RemoveEntityAliasDocument);
  const addErrors = added.data?.addEntityAlias.userErrors ?? [];
  const removeErrors = removed.data?.removeEntityAlias.userErrors ?? [];
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await add({ variables: { input: { id: entity.id, alias } } });
    if (result.data?.addEntityAlias.userErrors.length === 0) setAlias('');
  }
  return (
    <>
      <form onSubmit={submit} aria-label="Add an alias">
        <div className="field">
          <label htmlFor="alias-new">New alias</label>
          <input id="alias-new" value={alias} onChange={(e) => setAlias(e.target.value)} aria-describedby="alias-new-errors" />
          <FieldErrors id="alias-new-errors" errors={addErrors} field="alias" />
        </div>
        <FieldErrors id="alias-add-errors" errors={otherErrors(addErrors, ['alias'])} field={null} />
        {added.error && <p role="alert" className="error">{added.error.message}</p>}
        <button type="submit" disabled={added.loading}>Add alias</button>
      </form>
      <div>
        <h3 id="aliases-heading">Aliases</h3>
        <ul className="alias-list" aria-labelledby="aliases-heading" aria-describedby="alias-remove-errors">
          {entity.aliases.map((a) => (
            <li key={a}>
              {a}{' '}
              <button type="button" className="link-button" disabled={removed.loading || a === entity.name}
                onClick={() => remove({ variables: { input: { id: entity.id, alias: a } } })}>
                Remove<span className="visually-hidden"> alias {a}</span>
              </button>
            </li>
          ))}
        </ul>
        <FieldErrors id="alias-remove-errors" errors={removeErrors.map((e) => ({ ...e, field: null }))} field={null} />
        {removed.error && <p role="alert" className="error">{removed.error.message}</p>}
      </div>
    </>
  );
}

function MergeForm({ entity }: Props) {
  const [source, setSource] = useState<SelectedEntity | null>(null);
  const [merge, { data, loading, error }] = useMutation(MergeEntitiesDocument, { refetchQueries: ['Entity', 'EntityArticles'] });
  const userErrors = data?.mergeEntities.userErrors ?? [];
  const merged = data?.mergeEntities.entity && userErrors.length === 0;
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!source) return;
    const result = await merge({ variables: { sourceId: source.id, targetId: entity.id } });
    if (result.data?.mergeEntities.userErrors.length === 0) setSource(null);
  }
  return (
    <form onSubmit={submit} aria-label="Merge">
      <EntityTypeahead label={`Merge into ${entity.name}`} selected={source} onSelect={setSource} describedBy="merge-source-errors" />
      <FieldErrors id="merge-source-errors" errors={userErrors} field="sourceId" />
      <FieldErrors id="merge-errors" errors={otherErrors(userErrors, ['sourceId'])} field={null} />
      {error && <p role="alert" className="error">{error.message}</p>}
      <p role="status">{merged ? `Merged; ${entity.name} now has ${data.mergeEntities.entity!.aliases.length} names.` : ''}</p>
      <button type="submit" disabled={loading || !source}>Merge</button>
    </form>
  );
}
