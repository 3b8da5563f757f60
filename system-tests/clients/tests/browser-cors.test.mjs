// A web frontend on another origin: chromium runs a page served from a local port (CORS_PAGE_PORT;
// 3000 by default, the origin `./newsgraph up` allows) that POSTs to the gateway with the headers
// Apollo Client, OpenTelemetry and Sentry add; the preflight must pass and be cacheable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request } from 'node:http';
import { GRAPHQL_URL } from '../lib/env.mjs';
import { browser } from '../lib/browser.mjs';

const PORT = Number(process.env.CORS_PAGE_PORT ?? 3000);
const ORIGIN = `http://localhost:${PORT}`;
const HEADERS = {
  'content-type': 'application/json',
  'apollographql-client-name': 'newsgraph-web',
  'apollographql-client-version': '1.2.3',
  traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  baggage: 'userId=alice',
  'sentry-trace': '4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-1',
};

function raw(method, headers, body) {
  return new Promise((resolve, reject) => {
    const req = request(GRAPHQL_URL, { method, headers, timeout: 30_000 }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.end(body);
  });
}

test(`CORS preflight from ${ORIGIN} for Apollo/tracing headers passes and carries Access-Control-Max-Age`, async () => {
  const res = await raw('OPTIONS', {
    origin: ORIGIN, 'access-control-request-method': 'POST',
    'access-control-request-headers': Object.keys(HEADERS).join(','),
  });
  const shown = JSON.stringify(Object.fromEntries(Object.entries(res.headers).filter(([k]) => k.startsWith('access-control'))));
  assert.ok(res.status >= 200 && res.status < 300, `the preflight answered ${res.status} ${shown}`);
  assert.equal(res.headers['access-control-allow-origin'], ORIGIN, `the preflight does not allow ${ORIGIN}: ${shown}`);
  const allowed = String(res.headers['access-control-allow-headers'] ?? '').toLowerCase().split(/\s*,\s*/);
  const missing = Object.keys(HEADERS).filter((h) => !allowed.includes(h) && !allowed.includes('*'));
  assert.deepEqual(missing, [], `the preflight does not allow the request headers ${missing.join(', ')} (allowed: ${allowed.join(', ')}); a browser refuses the request`);
  assert.match(String(res.headers['access-control-max-age'] ?? ''), /^[1-9][0-9]*$/,
    `the preflight carries no Access-Control-Max-Age, so browsers repeat it before every request: ${shown}`);
});

test(`chromium: fetch POST from a page on ${ORIGIN} with Apollo/tracing headers succeeds`, async () => {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>frontend</title><p>Newsgraph frontend</p>');
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(PORT, 'localhost', resolve));
  const { context, close } = await browser();
  try {
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/`);
    const outcome = await page.evaluate(async ({ url, headers }) => {
      try {
        const response = await fetch(url, {
          method: 'POST', headers,
          body: JSON.stringify({ query: 'query Count { articles(first: 1) { totalCount } }', operationName: 'Count' }),
        });
        return { status: response.status, body: await response.text() };
      } catch (e) {
        return { failed: String(e) };
      }
    }, { url: GRAPHQL_URL, headers: HEADERS });
    assert.equal(outcome.failed, undefined,
      `the browser refused the cross-origin request (${outcome.failed}): the CORS preflight from ${ORIGIN} did not allow it`);
    assert.equal(outcome.status, 200, `the gateway answered ${outcome.status}: ${outcome.body?.slice(0, 300)}`);
    assert.ok(JSON.parse(outcome.body).data?.articles?.totalCount >= 1, `no data: ${outcome.body.slice(0, 300)}`);
  } finally {
    await close();
    await new Promise((resolve) => server.close(resolve));
  }
});

test('a large answer is compressed for a client sending Accept-Encoding: gzip', async () => {
  const body = JSON.stringify({ query: '{ articles(first: 20) { edges { node { id headline text } } } }' });
  const res = await raw('POST', { 'content-type': 'application/json', 'accept-encoding': 'gzip', 'content-length': Buffer.byteLength(body) }, body);
  assert.equal(res.status, 200, `the gateway answered ${res.status}`);
  assert.equal(res.headers['content-encoding'], 'gzip',
    `a ${res.body.length}-byte answer came uncompressed (content-encoding: ${res.headers['content-encoding'] ?? 'none'}) although the client accepts gzip`);
  const { gunzipSync } = await import('node:zlib');
  const json = JSON.parse(gunzipSync(res.body).toString('utf8'));
  assert.ok(json.data.articles.edges.length >= 1);
});
