// Plain HTTP to the gateway (no client library), for the checks that look at the wire itself, and the
// wording of failure messages: what a user of the client would see.
import { GRAPHQL_URL } from './env.mjs';

/** POSTs a GraphQL request as JSON; answers status, headers, raw text and the parsed body (or null). */
export async function post(body, { headers = {}, url = GRAPHQL_URL } = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  return answer(response);
}

/** GETs a GraphQL request with its parameters in the URL (variables and extensions as JSON). */
export async function get(params, { headers = {}, url = GRAPHQL_URL } = {}) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) search.set(name, typeof value === 'string' ? value : JSON.stringify(value));
  }
  const response = await fetch(`${url}?${search}`, {
    headers: { accept: 'application/graphql-response+json, application/json', ...headers },
    signal: AbortSignal.timeout(30_000),
  });
  return answer(response);
}

async function answer(response) {
  const text = await response.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON; the caller shows the text
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** The first characters of a body, for messages. */
export function excerpt(text, max = 600) {
  const s = typeof text === 'string' ? text : JSON.stringify(text);
  return s.length > max ? `${s.slice(0, max)}… (${s.length} chars)` : s;
}

/** "HTTP 415: {...}" */
export function describe(res) {
  return `HTTP ${res.status} ${res.headers?.get?.('content-type') ?? ''}: ${excerpt(res.text)}`;
}

/** The messages and codes of a GraphQL answer's errors, e.g. `[illegal-state] The gateway could not resolve this field (at articles)`. */
export function errorsOf(body) {
  const errors = body?.errors ?? [];
  return errors
    .map((e) => `[${e?.extensions?.code ?? 'no code'}] ${e?.message}${e?.path ? ` (at ${e.path.join('.')})` : ''}`)
    .join('; ');
}

/** Asserts a 200 answer with data and no errors; the message quotes what the gateway said. */
export function assertData(res, what) {
  if (res.status !== 200 || !res.json || res.json.errors || !res.json.data) {
    const why = res.json?.errors ? errorsOf(res.json) : describe(res);
    throw new Error(`${what}: the gateway answered ${res.status} with ${why}`);
  }
  return res.json.data;
}

/** Retries `probe` until it answers a truthy value or the deadline passes (no fixed sleeps). */
export async function until(what, probe, { timeoutMs = 60_000, intervalMs = 250 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`${what}: not within ${timeoutMs / 1000} s${last ? ` (last error: ${last.message})` : ''}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
