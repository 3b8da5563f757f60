// urql (@urql/core 5). Its default client sends queries as POST (in @urql/core 5.2.0 `preferGetMethod`
// is unset by default; @urql/core 4 defaulted it to 'within-url-limit'), so both are checked: the
// default client, and one with preferGetMethod 'within-url-limit', which sends queries as GET with
// operationName, query and variables in the URL. Mutations go as POST, with the editor token in fetchOptions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, cacheExchange, fetchExchange, gql } from '@urql/core';
import { GRAPHQL_URL, editorToken, unique } from '../lib/env.mjs';

/** A default client whose fetch calls are recorded, so the test knows what urql put on the wire. */
function recordingClient(extra = {}) {
  const calls = [];
  const client = new Client({
    url: GRAPHQL_URL,
    exchanges: [cacheExchange, fetchExchange],
    fetch: (input, init) => {
      calls.push({ url: String(input), method: init?.method ?? 'GET' });
      return fetch(input, init);
    },
    ...extra,
  });
  return { client, calls };
}

function explain(error) {
  if (!error) return 'no error';
  const gqlErrors = (error.graphQLErrors ?? []).map((e) => `[${e.extensions?.code ?? 'no code'}] ${e.message}`);
  return [...gqlErrors, error.networkError ? `network: ${error.networkError.message}` : null].filter(Boolean).join('; ')
    || error.message;
}

const ENTITIES = gql`
  query TopEntities($first: Int!, $type: EntityType) {
    entities(first: $first, filter: { type: $type }) {
      totalCount
      edges { node { id name type articleCount } }
    }
  }
`;

for (const [label, options, method] of [
  ['default client', {}, 'POST'],
  ["preferGetMethod: 'within-url-limit' (the @urql/core 4 default)", { preferGetMethod: 'within-url-limit' }, 'GET'],
]) {
  test(`urql (${label}, query sent as ${method}): named query with variables answers data`, async () => {
    const { client, calls } = recordingClient(options);
    const result = await client.query(ENTITIES, { first: 3, type: 'PERSON' }).toPromise();
    assert.equal(calls[0]?.method, method, `urql was expected to send the query as ${method}, it sent ${JSON.stringify(calls)}`);
    if (method === 'GET') assert.match(calls[0].url, /operationName=TopEntities/, 'urql puts operationName in the URL');
    if (result.error) assert.fail(
      `urql's ${method} ${calls[0].url.slice(0, 160)}${calls[0].url.length > 160 ? '…' : ''} failed: ${explain(result.error)}`);
    const edges = result.data?.entities?.edges ?? [];
    assert.ok(edges.length >= 1, `no PERSON entities came back: ${JSON.stringify(result.data)}`);
    for (const { node } of edges) assert.equal(node.type, 'PERSON', `filter {type: PERSON} answered ${JSON.stringify(node)}`);
  });
}

test('urql: a mutation (POST, token in fetchOptions) works', async () => {
  const token = editorToken();
  const { client, calls } = recordingClient({ fetchOptions: { headers: { authorization: `Bearer ${token}` } } });
  const found = await client.query(ENTITIES, { first: 1 }, { preferGetMethod: false }).toPromise();
  if (found.error) assert.fail(`urql's POST query failed: ${explain(found.error)}`);
  const entity = found.data?.entities?.edges?.[0]?.node;
  assert.ok(entity, `no entity to change: ${JSON.stringify(found.data)}`);

  const alias = `urql alias ${unique()}`;
  const ADD = gql`
    mutation AddAlias($input: AddEntityAliasInput!) {
      addEntityAlias(input: $input) { entity { id aliases } userErrors { field message code } }
    }
  `;
  const added = await client.mutation(ADD, { input: { id: entity.id, alias } }).toPromise();
  assert.equal(calls.at(-1).method, 'POST', 'urql sends mutations as POST');
  if (added.error) assert.fail(`urql mutation addEntityAlias failed: ${explain(added.error)}`);
  const payload = added.data.addEntityAlias;
  assert.deepEqual(payload.userErrors, [], `addEntityAlias refused: ${JSON.stringify(payload.userErrors)}`);
  assert.ok(payload.entity.aliases.includes(alias), `the new alias is missing: ${JSON.stringify(payload.entity)}`);

  const REMOVE = gql`
    mutation RemoveAlias($input: RemoveEntityAliasInput!) {
      removeEntityAlias(input: $input) { entity { id aliases } userErrors { field message code } }
    }
  `;
  const removed = await client.mutation(REMOVE, { input: { id: entity.id, alias } }).toPromise();
  if (removed.error) assert.fail(`urql mutation removeEntityAlias failed: ${explain(removed.error)}`);
  assert.ok(!removed.data.removeEntityAlias.entity.aliases.includes(alias), 'the alias was not removed');
});
