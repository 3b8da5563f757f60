// graphql-http's auditServer: the GraphQL-over-HTTP spec's audits, every one must be `ok` (no error,
// warn or notice). Each audit is its own subtest, named as graphql-http names it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { auditServer } from 'graphql-http';
import { GRAPHQL_URL } from '../lib/env.mjs';
import { excerpt } from '../lib/http.mjs';

async function responseOf(result) {
  const response = result.response;
  if (!response) return '';
  let body = '';
  try { body = await response.clone().text(); } catch { /* already read */ }
  return `; the gateway answered HTTP ${response.status} ${response.headers.get('content-type') ?? ''}: ${excerpt(body, 300)}`;
}

test('graphql-http auditServer: every audit ok (GraphQL over HTTP)', async (t) => {
  const results = await auditServer({ url: GRAPHQL_URL });
  assert.ok(results.length > 20, `auditServer ran only ${results.length} audits`);
  const notOk = [];
  for (const result of results) {
    const detail = result.status === 'ok' ? '' : `${result.status.toUpperCase()} ${result.id} ${result.name}: ${result.reason}${await responseOf(result)}`;
    if (detail) notOk.push(detail);
    await t.test(`${result.id} ${result.name}`, () => {
      if (detail) assert.fail(detail);
    });
  }
  if (notOk.length) {
    const count = (status) => notOk.filter((d) => d.startsWith(status)).length;
    assert.fail(`${notOk.length} of ${results.length} graphql-http audits are not ok (${count('ERROR')} error, ${count('WARN')} warn, `
      + `${count('NOTICE')} notice):\n${notOk.join('\n')}`);
  }
});
