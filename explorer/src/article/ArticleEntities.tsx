import type { EntityType } from '../generated/graphql';
import { EntityChip } from '../common/EntityChip';

interface Props {
  entities: ReadonlyArray<{ salience: number; mentionCount: number; entity: { id: string; name: string; type: EntityType } }> | null;
}

/** The article's entities, most salient first, with how often each is mentioned. */
export function ArticleEntities({ entities }: Props) {
  return (
    <section aria-labelledby="entities-heading">
      <h2 id="entities-heading">Entities</h2>
      {entities === null ? (
        <p>Entities are unavailable just now.</p>
      ) : entities.length === 0 ? (
        <p>No entities found.</p>
      ) : (
        <ol className="salience-list">
          {entities.map(({ entity, salience, mentionCount }) => (
            <li key={entity.id}>
              <EntityChip entity={entity} />
              <span className="salience">
                <span className="salience-bar" style={{ width: `${Math.round(salience * 100)}%` }} aria-hidden="true" />
                salience {salience.toFixed(2)}, {mentionCount} {mentionCount === 1 ? 'mention' : 'mentions'}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
