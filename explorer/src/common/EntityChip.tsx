import type { EntityType } from '../generated/graphql';
import { entityHref } from '../routing';
import { ENTITY_TYPE_LABEL } from './entityTypes';

interface Props {
  entity: { id: string; name: string; type: EntityType };
}

/** An entity as a small coloured link to its page; the type is spelled out for screen readers. */
export function EntityChip({ entity }: Props) {
  return (
    <a className={`chip type-${entity.type}`} href={entityHref(entity.id)} data-entity-id={entity.id} data-entity-type={entity.type}>
      {entity.name}
      <span className="visually-hidden"> ({ENTITY_TYPE_LABEL[entity.type]})</span>
    </a>
  );
}
