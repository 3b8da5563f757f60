// Compiled with `tsc --noEmit` against the generated types: the operations' result and variable
// types are usable as a frontend would use them. A wrong field name or type here fails the check.
import type {
  ArticlePageQuery, ArticlePageQueryVariables, EntityProfileQuery, RenameEntityMutationVariables,
  ArticleAnalyzedSubscription, EntityType,
} from './__generated__/graphql';

export function headlines(page: ArticlePageQuery): string[] {
  return (page.articles?.edges ?? []).flatMap((edge) => (edge.node ? [edge.node.headline] : []));
}

export const firstPage: ArticlePageQueryVariables = { first: 10, filter: { source: 'Reuters', publishedAfter: '2024-01-01T00:00:00Z' } };

export function people(profile: EntityProfileQuery): string[] {
  const type: EntityType | undefined = profile.entity?.type;
  const dates: (string | null | undefined)[] = [profile.entity?.firstSeen];
  return type === 'PERSON' ? [profile.entity!.name, ...dates.filter((d): d is string => !!d)] : [];
}

export const rename: RenameEntityMutationVariables = { input: { id: 'e1', name: 'New name' } };

export function status(event: ArticleAnalyzedSubscription): string {
  return event.articleAnalyzed.analysis?.status ?? 'unknown';
}
