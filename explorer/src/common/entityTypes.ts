import type { EntityType } from '../generated/graphql';

/** How each entity type is named on screen; its colour is the CSS class `type-<TYPE>`. */
export const ENTITY_TYPE_LABEL: Record<EntityType, string> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organisation',
  LOCATION: 'Place',
  MISC: 'Other',
};
