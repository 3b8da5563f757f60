// graphql-js (the reference implementation) against the gateway: both introspection queries answer,
// the answer builds a client schema, the committed SDL builds too, and both are the same schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  buildClientSchema, buildSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema,
} from 'graphql';
import { GATEWAY_URL, SCHEMA_PATH } from '../lib/env.mjs';
import { describe, errorsOf, post } from '../lib/http.mjs';

const FULL = { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true };

async function introspect(options) {
  const res = await post({ query: getIntrospectionQuery(options), operationName: 'IntrospectionQuery' });
  const which = options ? JSON.stringify(options) : '(default options)';
  if (res.status !== 200 || !res.json) assert.fail(`introspection ${which} answered ${describe(res)}`);
  if (res.json.errors) assert.fail(`introspection ${which} answered errors: ${errorsOf(res.json)}`);
  try {
    return buildClientSchema(res.json.data);
  } catch (e) {
    assert.fail(`buildClientSchema failed on the gateway's introspection answer: ${e.message}`);
  }
}

function sorted(schema) {
  return printSchema(lexicographicSortSchema(schema));
}

async function committed() {
  const sdl = await readFile(SCHEMA_PATH, 'utf8');
  try {
    return buildSchema(sdl);
  } catch (e) {
    assert.fail(`graphql-js buildSchema rejects the committed ${SCHEMA_PATH}: ${e.message}`);
  }
}

test('graphql-js: getIntrospectionQuery() (default options) answers without errors and builds a client schema', async () => {
  const schema = await introspect(undefined);
  assert.ok(schema.getQueryType()?.getFields().articles, 'the introspected Query type has no `articles` field');
});

test('graphql-js: getIntrospectionQuery({descriptions, specifiedByUrl, directiveIsRepeatable, inputValueDeprecation}) answers without errors', async () => {
  const schema = await introspect(FULL);
  assert.ok(schema.getQueryType()?.description !== undefined);
});

test('graphql-js: buildSchema() accepts the committed gateway/schema.graphql', async () => {
  const schema = await committed();
  assert.ok(schema.getQueryType(), 'the committed SDL has no Query type');
});

test('graphql-js: the served schema (introspection) is exactly the committed SDL', async () => {
  const served = sorted(await introspect(FULL));
  const file = sorted(await committed());
  if (served !== file) {
    const a = new Set(served.split('\n'));
    const b = new Set(file.split('\n'));
    const onlyServed = [...a].filter((l) => !b.has(l)).slice(0, 15);
    const onlyFile = [...b].filter((l) => !a.has(l)).slice(0, 15);
    assert.fail(`the schema the gateway serves differs from gateway/schema.graphql.\n`
      + `only served:\n  ${onlyServed.join('\n  ')}\nonly in the file:\n  ${onlyFile.join('\n  ')}`);
  }
});

test('GET /graphql/schema.graphql is the committed SDL (modulo whitespace)', async () => {
  const res = await fetch(`${GATEWAY_URL}/graphql/schema.graphql`, { signal: AbortSignal.timeout(30_000) });
  const text = await res.text();
  assert.equal(res.status, 200, `GET /graphql/schema.graphql answered ${res.status}: ${text.slice(0, 300)}`);
  const norm = (s) => s.replace(/\s+/g, ' ').trim();
  const file = await readFile(SCHEMA_PATH, 'utf8');
  if (norm(text) !== norm(file)) {
    const a = new Set(text.split('\n').map((l) => l.trim()).filter(Boolean));
    const b = new Set(file.split('\n').map((l) => l.trim()).filter(Boolean));
    assert.fail(`GET /graphql/schema.graphql differs from the committed file.\nonly served: ${[...a].filter((l) => !b.has(l)).slice(0, 10).join(' | ')}`
      + `\nonly in the file: ${[...b].filter((l) => !a.has(l)).slice(0, 10).join(' | ')}`);
  }
});
