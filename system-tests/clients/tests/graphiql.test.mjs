// The bundled GraphiQL (/q/graphql-ui) in Debian's chromium, driven by playwright-core (no browser is
// downloaded): the page loads, the documentation explorer lists Query.articles (the schema was
// fetched), a query set in the editor runs and shows data, and every request stays on the gateway.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { browser } from '../lib/browser.mjs';
import { GATEWAY_URL, OUT_DIR } from '../lib/env.mjs';

const QUERY = '{ articles(first: 2) { totalCount edges { node { headline } } } }';

test('GraphiQL at /q/graphql-ui: loads, shows the schema (docs list Query.articles), runs a query, stays on the gateway', async () => {
  const { context, close } = await browser();
  const requests = [];
  const graphqlAnswers = [];
  const consoleErrors = [];
  context.on('request', (request) => requests.push(request.url()));
  context.on('response', async (response) => {
    if (new URL(response.url()).pathname === '/graphql') {
      const body = (await response.text().catch(() => '')).slice(0, 160);
      graphqlAnswers.push(`${response.request().method()} /graphql sent with content-type `
        + `"${response.request().headers()['content-type'] ?? 'none'}" → ${response.status()} ${body}`);
    }
  });
  const page = context.pages()[0] ?? await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  const shot = resolve(OUT_DIR, 'graphiql.png');
  try {
    const response = await page.goto(`${GATEWAY_URL}/q/graphql-ui/?query=${encodeURIComponent(QUERY)}`, { waitUntil: 'load', timeout: 30_000 });
    assert.equal(response?.status(), 200, `GET /q/graphql-ui answered ${response?.status()}`);
    await page.locator('.graphiql-container').waitFor({ timeout: 20_000 })
      .catch(() => assert.fail('GraphiQL did not render (.graphiql-container missing)'));

    // the documentation explorer: it needs the introspected schema
    await page.locator('button[aria-label="Show Documentation Explorer"]').click({ timeout: 10_000 });
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.waitFor({ timeout: 10_000 });
    const queryType = docs.locator('a.graphiql-doc-explorer-type-name', { hasText: /^Query$/ });
    try {
      // whichever comes first: the schema's Query type, or GraphiQL's own "Error fetching schema"
      await queryType.or(docs.getByText('Error fetching schema')).first().waitFor({ timeout: 15_000 });
      await queryType.first().click({ timeout: 1_000 });
      await docs.getByText('articles', { exact: true }).first().waitFor({ timeout: 10_000 });
    } catch {
      await page.screenshot({ path: shot, fullPage: true });
      const text = (await docs.innerText().catch(() => '')).replace(/\s+/g, ' ').slice(0, 300);
      assert.fail(`GraphiQL's documentation explorer does not list Query.articles; it shows "${text}"`
        + ` (GraphQL requests: ${graphqlAnswers.join(', ') || 'none'})`);
    }

    // run the query from the editor and read the result pane
    await page.locator('.graphiql-execute-button').click({ timeout: 10_000 });
    const result = page.locator('.graphiql-response');
    try {
      await result.getByText('"totalCount"').first().waitFor({ timeout: 15_000 });
    } catch {
      await page.screenshot({ path: shot, fullPage: true });
      const text = (await result.innerText().catch(() => '')).replace(/\s+/g, ' ').slice(0, 400);
      assert.fail(`running the query in GraphiQL shows no data; the result pane shows "${text}"`
        + ` (GraphQL requests: ${graphqlAnswers.join(', ') || 'none'})`);
    }
    await page.screenshot({ path: shot, fullPage: true });
    const shown = await result.innerText();
    assert.doesNotMatch(shown, /"errors"/, `the result pane shows errors: ${shown.slice(0, 400)}`);

    const gateway = new URL(GATEWAY_URL).host;
    const foreign = requests.filter((u) => /^(https?|wss?):/.test(u) && new URL(u).host !== gateway);
    assert.deepEqual(foreign, [], `GraphiQL fetched from hosts other than the gateway: ${foreign.join(', ')}`);
  } finally {
    await close();
  }
});
