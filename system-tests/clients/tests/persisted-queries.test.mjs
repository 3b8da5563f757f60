// Apollo automatic persisted queries (APQ): a hash the gateway does not know answers
// PERSISTED_QUERY_NOT_FOUND, the same hash with its query answers data and registers it, and the hash
// alone then answers data, over POST and GET; Apollo Client's createPersistedQueryLink does all that.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { print } from 'graphql';
import { GRAPHQL_URL, unique } from '../lib/env.mjs';
import { describe, errorsOf, get, post } from '../lib/http.mjs';

const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A query nobody sent before (its alias is new each run), so its hash is unknown to the gateway. */
function freshQuery() {
  return `query Fresh { count_${unique()}: articles(first: 1) { totalCount } }`;
}

function codes(res) {
  return (res.json?.errors ?? []).map((e) => e.extensions?.code);
}

for (const [method, send] of [['POST', (body) => post(body)], ['GET', (body) => get(body)]]) {
  test(`APQ over ${method}: unknown hash → PERSISTED_QUERY_NOT_FOUND, hash + query → data, hash alone → data`, async () => {
    const query = freshQuery();
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };

    const unknown = await send({ extensions, operationName: 'Fresh' });
    assert.ok(codes(unknown).includes('PERSISTED_QUERY_NOT_FOUND'),
      `the hash alone (not yet registered) must answer an error with extensions.code PERSISTED_QUERY_NOT_FOUND, `
      + `which makes Apollo's link resend with the query; the gateway answered ${describe(unknown)}`);

    const registered = await send({ query, extensions, operationName: 'Fresh' });
    assert.ok(registered.status === 200 && registered.json?.data && !registered.json.errors,
      `hash + query must answer data; the gateway answered ${registered.json?.errors ? errorsOf(registered.json) : describe(registered)}`);

    const again = await send({ extensions, operationName: 'Fresh' });
    assert.ok(again.status === 200 && again.json?.data && !again.json.errors,
      `the hash alone, once registered, must answer data; the gateway answered ${again.json?.errors ? errorsOf(again.json) : describe(again)}`);
    assert.deepEqual(again.json.data, registered.json.data);
  });
}

test('APQ: a hash that does not match its query is refused', async () => {
  const query = freshQuery();
  const res = await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256('something else') } } });
  assert.ok((res.json?.errors ?? []).length >= 1 && !res.json?.data,
    `a mismatching sha256Hash must be refused (else anyone could register any query under any hash); the gateway answered ${describe(res)}`);
});

test("Apollo Client's createPersistedQueryLink (hashed GETs): first request hash-only, then retried with the query, then hash-only answers", async () => {
  const calls = [];
  const recordingFetch = async (input, init) => {
    const url = String(input);
    const body = init?.body ? JSON.parse(init.body) : null;
    const params = new URL(url).searchParams;
    calls.push({ method: init?.method ?? 'GET', hasQuery: Boolean(body?.query ?? params.get('query')) });
    return fetch(input, init);
  };
  const newClient = () => new ApolloClient({
    link: ApolloLink.from([
      createPersistedQueryLink({ sha256, useGETForHashedQueries: true }),
      new HttpLink({ uri: GRAPHQL_URL, fetch: recordingFetch }),
    ]),
    cache: new InMemoryCache(),
  });
  const document = gql(freshQuery());
  const explain = (e) => (e?.errors ?? []).map((x) => `[${x.extensions?.code ?? 'no code'}] ${x.message}`).join('; ') || e?.message;

  let result;
  try {
    result = await newClient().query({ query: document, fetchPolicy: 'network-only' });
  } catch (e) {
    assert.fail(`Apollo Client with createPersistedQueryLink got ${explain(e)} (requests: ${JSON.stringify(calls)})`);
  }
  if (result.error) assert.fail(`Apollo Client with createPersistedQueryLink got ${explain(result.error)}`);
  assert.deepEqual(calls.map((c) => c.hasQuery), [false, true],
    `expected a hash-only request answered PERSISTED_QUERY_NOT_FOUND, then one with the query; requests: ${JSON.stringify(calls)}`);

  calls.length = 0;
  const second = await newClient().query({ query: document, fetchPolicy: 'network-only' })
    .catch((e) => assert.fail(`a second client sending the registered hash got ${explain(e)}`));
  assert.ok(second.data, 'no data for the registered hash');
  assert.deepEqual(calls, [{ method: 'GET', hasQuery: false }], `the registered hash alone (GET) should be enough: ${JSON.stringify(calls)}`);
  assert.equal(print(document).includes('Fresh'), true);
});
