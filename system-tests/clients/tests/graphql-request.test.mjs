// graphql-request 7: POST and GET, a named operation with variables, and an error's extensions.code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ClientError, GraphQLClient, gql } from 'graphql-request';
import { GRAPHQL_URL } from '../lib/env.mjs';
import { errorsOf } from '../lib/http.mjs';

const LATEST = gql`
  query LatestArticles($first: Int!) {
    articles(first: $first) {
      totalCount
      edges { cursor node { id headline source } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

function explain(e) {
  if (e instanceof ClientError) {
    return `HTTP ${e.response.status}: ${errorsOf(e.response) || JSON.stringify(e.response).slice(0, 400)}`;
  }
  return e?.message ?? String(e);
}

for (const method of ['POST', 'GET']) {
  test(`graphql-request (${method}): named query with variables answers data`, async () => {
    const client = new GraphQLClient(GRAPHQL_URL, { method });
    let data;
    try {
      data = await client.request(LATEST, { first: 2 });
    } catch (e) {
      assert.fail(`graphql-request ${method} of query LatestArticles failed: ${explain(e)}`);
    }
    assert.equal(data.articles.edges.length, 2, `expected 2 articles, got ${JSON.stringify(data.articles)}`);
    assert.ok(data.articles.totalCount >= 2, `totalCount ${data.articles.totalCount}`);
    for (const edge of data.articles.edges) {
      assert.ok(edge.node.id && edge.node.headline, `an edge without id or headline: ${JSON.stringify(edge)}`);
    }
  });
}

for (const method of ['POST', 'GET']) {
  test(`graphql-request (${method}): a bad id surfaces extensions.code BAD_USER_INPUT in the ClientError`, async () => {
    const client = new GraphQLClient(GRAPHQL_URL, { method });
    const query = gql`query OneArticle($id: ID!) { article(id: $id) { id headline } }`;
    try {
      const data = await client.request(query, { id: 'not-an-id' });
      assert.fail(`article(id: "not-an-id") answered data without an error: ${JSON.stringify(data)}`);
    } catch (e) {
      if (!(e instanceof ClientError)) throw e;
      const codes = (e.response.errors ?? []).map((x) => x.extensions?.code);
      assert.deepEqual(codes, ['BAD_USER_INPUT'], `expected one BAD_USER_INPUT error, the client saw: ${explain(e)}`);
      assert.deepEqual(e.response.errors[0].path, ['article'], `the error should name its path: ${explain(e)}`);
    }
  });
}
