// Apollo Client 4 (core API, no React): relay-style pagination in InMemoryCache, a fragment with
// aliases and variables, __typename added by Apollo, fetchMore merging pages, one normalised cache
// entry per entity updated everywhere by a mutation, and node(id:) refetch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { firstValueFrom, filter } from 'rxjs';
import { GRAPHQL_URL, editorToken, unique } from '../lib/env.mjs';

function client({ token } = {}) {
  const auth = new ApolloLink((operation, forward) => {
    if (token) {
      operation.setContext(({ headers = {} }) => ({ headers: { ...headers, authorization: `Bearer ${token}` } }));
    }
    return forward(operation);
  });
  return new ApolloClient({
    link: ApolloLink.from([auth, new HttpLink({ uri: GRAPHQL_URL })]),
    cache: new InMemoryCache({ typePolicies: { Query: { fields: { articles: relayStylePagination(['filter']) } } } }),
  });
}

/** What Apollo's error says, e.g. `[illegal-state] The gateway could not resolve this field (at articles)`. */
function explain(error) {
  const errors = error?.errors ?? error?.graphQLErrors;
  if (Array.isArray(errors) && errors.length) {
    return errors.map((e) => `[${e.extensions?.code ?? 'no code'}] ${e.message}${e.path ? ` (at ${e.path.join('.')})` : ''}`).join('; ');
  }
  return error?.message ?? String(error);
}

async function query(apollo, options, what) {
  try {
    const result = await apollo.query({ fetchPolicy: 'network-only', ...options });
    if (result.error) assert.fail(`${what}: Apollo Client got ${explain(result.error)}`);
    return result.data;
  } catch (e) {
    if (e instanceof assert.AssertionError) throw e;
    assert.fail(`${what}: Apollo Client got ${explain(e)}`);
  }
}

const ARTICLE_CARD = gql`
  fragment ArticleCard on Article {
    id
    title: headline
    published: publishedAt
    source
    topEntities: entities(first: $entities) { salience entity { id name type } }
  }
`;

const ARTICLE_PAGE = gql`
  query ArticlePage($first: Int!, $after: String, $entities: Int = 3) {
    articles(first: $first, after: $after) {
      totalCount
      edges { cursor node { ...ArticleCard } }
      pageInfo { hasNextPage endCursor }
    }
  }
  ${ARTICLE_CARD}
`;

test('Apollo Client: query with a fragment, aliases and variables (Apollo adds __typename) answers data without errors', async () => {
  const data = await query(client(), { query: ARTICLE_PAGE, variables: { first: 2 } }, 'query ArticlePage');
  const edges = data.articles.edges;
  assert.equal(edges.length, 2, `expected 2 articles on the first page, got ${JSON.stringify(data.articles).slice(0, 300)}`);
  for (const { node } of edges) {
    assert.equal(node.__typename, 'Article', `an edge's node has __typename ${node.__typename}`);
    assert.ok(node.title, `the aliased headline is missing: ${JSON.stringify(node)}`);
    assert.ok(node.topEntities.length <= 3, 'entities(first: $entities) took the variable\'s default');
  }
  assert.equal(data.articles.pageInfo.hasNextPage, true, 'the suite ingested more than 2 articles, so hasNextPage must be true');
});

test('Apollo Client: fetchMore({after: endCursor}) merges the next page into the cache (relayStylePagination)', async () => {
  const apollo = client();
  const watched = apollo.watchQuery({ query: ARTICLE_PAGE, variables: { first: 2 } });
  const first = await firstValueFrom(watched.pipe(filter((r) => !r.loading || r.error)), { defaultValue: null })
    .catch((e) => assert.fail(`watchQuery ArticlePage: Apollo Client got ${explain(e)}`));
  if (first?.error) assert.fail(`watchQuery ArticlePage: Apollo Client got ${explain(first.error)}`);
  assert.ok(first?.data?.articles, `no first page: ${JSON.stringify(first).slice(0, 300)}`);
  const firstIds = first.data.articles.edges.map((e) => e.node.id);
  const endCursor = first.data.articles.pageInfo.endCursor;
  assert.ok(endCursor, 'the first page has no pageInfo.endCursor');

  try {
    const more = await watched.fetchMore({ variables: { after: endCursor } });
    if (more.error) assert.fail(`fetchMore: Apollo Client got ${explain(more.error)}`);
  } catch (e) {
    if (e instanceof assert.AssertionError) throw e;
    assert.fail(`fetchMore({after: endCursor}): Apollo Client got ${explain(e)}`);
  }
  const merged = apollo.readQuery({ query: ARTICLE_PAGE, variables: { first: 2 } });
  const ids = merged.articles.edges.map((e) => e.node.id);
  assert.equal(ids.length, 4, `after fetchMore the cached list should hold 4 articles, it holds ${JSON.stringify(ids)}`);
  assert.deepEqual(ids.slice(0, 2), firstIds, 'the first page stays first');
  assert.equal(new Set(ids).size, ids.length, `the merged list has duplicates: ${JSON.stringify(ids)}`);
});

test('Apollo Client: one cache entry per entity, reached through two paths, updated everywhere by renameEntity', async () => {
  const apollo = client({ token: editorToken() });
  const ARTICLE_ENTITIES = gql`
    query ArticleEntities { articles(first: 10) { edges { node { id entities(first: 10) { entity { id name } } } } } }
  `;
  const ENTITY_LIST = gql`
    query EntityList { entities(first: 100) { edges { node { id name type } } } }
  `;
  const viaArticles = await query(apollo, { query: ARTICLE_ENTITIES }, 'query ArticleEntities');
  const viaList = await query(apollo, { query: ENTITY_LIST }, 'query EntityList');
  const listed = new Map(viaList.entities.edges.map((e) => [e.node.id, e.node]));
  const shared = viaArticles.articles.edges.flatMap((e) => e.node.entities ?? []).map((ae) => ae.entity)
    .find((entity) => listed.has(entity.id));
  assert.ok(shared, 'no entity appears both in `entities` and in some `article.entities.entity`');

  const key = apollo.cache.identify({ __typename: 'Entity', id: shared.id });
  assert.equal(key, `Entity:${shared.id}`, 'cache.identify gives the normalised key');
  const entries = Object.keys(apollo.cache.extract()).filter((k) => k.includes(shared.id));
  assert.deepEqual(entries, [key], `the entity should be one normalised cache entry, found ${JSON.stringify(entries)}`);

  const RENAME = gql`
    mutation Rename($input: RenameEntityInput!) {
      renameEntity(input: $input) { entity { id name } userErrors { field message code } }
    }
  `;
  const newName = `${shared.name} ${unique()}`;
  let renamed;
  try {
    renamed = await apollo.mutate({ mutation: RENAME, variables: { input: { id: shared.id, name: newName } } });
  } catch (e) {
    assert.fail(`mutation renameEntity with the editor token: Apollo Client got ${explain(e)}`);
  }
  try {
    if (renamed.error) assert.fail(`mutation renameEntity: Apollo Client got ${explain(renamed.error)}`);
    assert.deepEqual(renamed.data.renameEntity.userErrors, [], 'renameEntity refused');
    const afterList = apollo.readQuery({ query: ENTITY_LIST });
    const afterArticles = apollo.readQuery({ query: ARTICLE_ENTITIES });
    assert.equal(afterList.entities.edges.find((e) => e.node.id === shared.id).node.name, newName,
      'the `entities` list in the cache still shows the old name');
    const inArticles = afterArticles.articles.edges.flatMap((e) => e.node.entities ?? []).map((ae) => ae.entity)
      .filter((entity) => entity.id === shared.id);
    assert.ok(inArticles.length >= 1);
    for (const entity of inArticles) assert.equal(entity.name, newName, 'an article\'s entity in the cache still shows the old name');
  } finally {
    await apollo.mutate({ mutation: RENAME, variables: { input: { id: shared.id, name: shared.name } } }).catch(() => {});
  }
});

test('Apollo Client: node(id:) refetches an Article by its id', async () => {
  const apollo = client();
  const page = await query(apollo, { query: ARTICLE_PAGE, variables: { first: 1 } }, 'query ArticlePage');
  const article = page.articles.edges[0].node;
  const NODE = gql`
    query Refetch($id: ID!, $entities: Int = 3) { node(id: $id) { id ...ArticleCard } }
    ${ARTICLE_CARD}
  `;
  const data = await query(apollo, { query: NODE, variables: { id: article.id } }, 'query Refetch { node(id:) }');
  assert.ok(data.node, `node(id: "${article.id}") answered null`);
  assert.equal(data.node.__typename, 'Article');
  assert.equal(data.node.id, article.id);
  assert.equal(data.node.title, article.title);
});
