// graphql-ws 6 (protocol graphql-transport-ws) with the `ws` package: an articleAnalyzed event arrives
// for an article ingested through the gateway; and a subscription POSTed over plain HTTP is answered
// honestly (a coded error or an event stream), never with a made-up object.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { GRAPHQL_URL, WS_URL, editorToken, unique } from '../lib/env.mjs';
import { assertData, describe, errorsOf, post } from '../lib/http.mjs';

const ANALYSIS_DEADLINE_MS = 90_000;

test('graphql-ws: articleAnalyzed delivers the event for an article ingested through the gateway', async () => {
  const token = editorToken();
  let connected;
  const connectedOnce = new Promise((resolve) => { connected = resolve; });
  const client = createClient({
    url: WS_URL,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    on: { connected: () => connected() },
  });
  const events = [];
  let waiting = null;
  let failed = null;
  const unsubscribe = client.subscribe(
    { query: 'subscription Analyzed { articleAnalyzed { id headline analysis { status } } }', operationName: 'Analyzed' },
    {
      next: (message) => { events.push(message); waiting?.(); },
      error: (e) => { failed = e; waiting?.(); },
      complete: () => { waiting?.(); },
    },
  );
  try {
    let timer;
    await Promise.race([
      connectedOnce,
      new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(
        `no connection_ack from ${WS_URL} (graphql-transport-ws) within 10 s${failed ? `: ${failed.message ?? failed}` : ''}`)), 10_000); }),
    ]).finally(() => clearTimeout(timer));
    const marker = unique();
    const res = await post({
      query: 'mutation Ingest($text: String!) { ingestText(text: $text, meta: {source: "graphql-ws check"}) { duplicate article { id } userErrors { code message } } }',
      variables: { text: `Subscription check ${marker}\n\nAngela Merkel met Emmanuel Macron in Strasbourg to talk about the European Union (${marker}).` },
    }, { headers: { authorization: `Bearer ${token}` } });
    const ingested = assertData(res, 'ingestText through the gateway').ingestText;
    assert.deepEqual(ingested.userErrors, [], 'ingestText refused the article');
    const id = ingested.article.id;

    const deadline = Date.now() + ANALYSIS_DEADLINE_MS;
    for (;;) {
      const mine = events.find((m) => m.data?.articleAnalyzed?.id === id);
      if (mine) {
        assert.equal(mine.errors, undefined, `the event carries errors: ${errorsOf(mine)}`);
        assert.equal(mine.data.articleAnalyzed.analysis?.status, 'DONE');
        break;
      }
      if (failed) assert.fail(`the subscription failed: ${JSON.stringify(failed?.message ?? failed)}`);
      const bad = events.find((m) => m.errors);
      if (bad) assert.fail(`the subscription sent errors: ${errorsOf(bad)}`);
      if (Date.now() > deadline) {
        assert.fail(`no articleAnalyzed event for article ${id} within ${ANALYSIS_DEADLINE_MS / 1000} s (events seen: ${JSON.stringify(events).slice(0, 400)})`);
      }
      await new Promise((resolve) => { const t = setTimeout(resolve, 500); waiting = () => { clearTimeout(t); resolve(); }; });
    }
  } finally {
    unsubscribe();
    await client.dispose();
  }
});

test('a subscription POSTed over plain HTTP is answered honestly: a coded error or an event stream', async () => {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 15_000);
  try {
    const response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: 'subscription Analyzed { articleAnalyzed { id } }', operationName: 'Analyzed' }),
      signal: controller.signal,
    });
    const type = response.headers.get('content-type') ?? '';
    if (type.startsWith('text/event-stream')) {
      assert.equal(response.status, 200, 'an event stream must be served with 200');
      return; // a served stream is an honest answer
    }
    const text = await response.text();
    const res = { status: response.status, headers: response.headers, text };
    let body;
    try { body = JSON.parse(text); } catch { assert.fail(`the answer is neither JSON nor an event stream: ${describe(res)}`); }
    const errors = body.errors ?? [];
    assert.ok(errors.length >= 1 && errors.every((e) => typeof e.extensions?.code === 'string' && e.extensions.code),
      `a subscription over plain HTTP must be refused with a coded error; the gateway answered ${describe(res)}`);
    assert.ok(body.data == null || Object.keys(body.data).every((k) => k === 'articleAnalyzed' && body.data[k] === null),
      `the refusal must not carry made-up data: ${describe(res)}`);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
});
