import { useQuery } from '@apollo/client/react';
import { EntityArticlesDocument, EntityDocument } from '../generated/graphql';
import { QueryState } from '../common/QueryState';
import { ENTITY_TYPE_LABEL } from '../common/entityTypes';
import { formatDate } from '../common/dates';
import { useEditorToken } from '../editor/editorToken';
import { EntityArticles } from './EntityArticles';
import { EntityEditor } from './EntityEditor';
import { MentionTimeline } from './MentionTimeline';
import { NeighbourhoodGraph } from './NeighbourhoodGraph';

/** One entity: what it is called, when it appears (timeline) and who it appears with (graph). */
export function EntityPage({ id }: { id: string }) {
  const { data, loading, error } = useQuery(EntityDocument, { variables: { id } });
  const articles = useQuery(EntityArticlesDocument, { variables: { id } });
  const editing = useEditorToken() !== null;
  const entity = data?.entity;
  if (!entity) {
    return <QueryState loading={loading} error={error} />;
  }
  const connection = articles.data?.entity?.articles;
  const otherNames = entity.aliases.filter((alias) => alias !== entity.name);
  return (
    <div className="entity-page">
      <header className="entity-header">
        <h1>{entity.name}</h1>
        <p className="meta">
          <span className={`chip type-${entity.type}`}>{ENTITY_TYPE_LABEL[entity.type]}</span>
          <span>{entity.articleCount} {entity.articleCount === 1 ? 'article' : 'articles'}</span>
          <span>{entity.mentionCount} mentions</span>
          {entity.firstSeen && entity.lastSeen && (
            <span>from {formatDate(entity.firstSeen)} to {formatDate(entity.lastSeen)}</span>
          )}
        </p>
        {entity.description && <p>{entity.description}</p>}
        <p className="aliases">
          <strong>Also called:</strong> {otherNames.length > 0 ? otherNames.join(', ') : 'no other name'}
        </p>
      </header>
      {editing && <EntityEditor entity={entity} />}
      <div className="entity-panels">
        <MentionTimeline name={entity.name} articles={connection?.edges.map((e) => e.node).filter((a) => a !== null) ?? []} />
        <NeighbourhoodGraph entity={entity} related={entity.related} />
      </div>
      <EntityArticles
        connection={connection}
        loading={articles.loading}
        error={articles.error}
        onMore={() => articles.fetchMore({ variables: { after: connection?.pageInfo.endCursor } })}
      />
    </div>
  );
}
