// The explorer web app (served by the gateway at /) in Debian's chromium, driven by playwright-core:
// feed, search, article page, entity page with its graph, a live update, an editor merge, the entity
// filter's type-ahead, axe-core on every page, a phone-sized feed, every request on the gateway and every
// operation in the app's persisted-query manifest. Expected values come from the gateway's API, never from this file.
// Run by ExplorerIT with GATEWAY_URL, EDITOR_TOKEN, SUMMIT_ARTICLE_ID and EXPLORER_OUT_DIR.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { browser } from '../lib/browser.mjs';
import { editorToken, GATEWAY_URL, unique } from '../lib/env.mjs';
import { post } from '../lib/http.mjs';

const OUT = resolve(process.env.EXPLORER_OUT_DIR ?? 'target/explorer');
const SUMMIT = process.env.SUMMIT_ARTICLE_ID;
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WAIT = { timeout: 20_000 };
mkdirSync(OUT, { recursive: true });

let session;
let page;
const requests = [];
const graphqlQueries = [];

before(async () => {
  assert.ok(SUMMIT, 'SUMMIT_ARTICLE_ID is not set (ExplorerIT sets it to the seed article)');
  session = await browser();
  session.context.on('request', (request) => {
    requests.push(request.url());
    if (new URL(request.url()).pathname === '/graphql' && request.method() === 'POST') {
      graphqlQueries.push(JSON.parse(request.postData()).query);
    }
  });
  page = session.context.pages()[0] ?? await session.context.newPage();
  page.on('websocket', (ws) => requests.push(ws.url()));
});

after(async () => {
  await session?.close();
});

async function gql(query, variables, token) {
  const { json, text } = await post({ query, variables }, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  assert.ok(json?.data && !json.errors, `the gateway answered ${text.slice(0, 300)}`);
  return json.data;
}

/** axe-core injected into the page (no network request): no serious or critical violation. */
async function assertAccessible(name) {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`));
  assert.deepEqual(violations, [], `axe-core on the ${name} page`);
}

/** Picks the option starting with `name` in a combobox, by keyboard as its users do. */
async function chooseOption(combobox, typed, name) {
  await combobox.fill(typed);
  await page.locator('[role="option"]', { hasText: name }).first().waitFor(WAIT);
  const options = await page.locator('[role="option"]').allInnerTexts();
  const index = options.findIndex((o) => o.startsWith(name));
  assert.ok(index >= 0, `no option for ${name} among ${options}`);
  await combobox.press('ArrowDown');
  for (let i = 0; i < index; i++) await combobox.press('ArrowDown');
  await combobox.press('Enter');
}

test('feed: the newest articles, as the API lists them, with their entity chips', async () => {
  const { articles } = await gql('{ articles(first: 3) { edges { node { id headline } } } }');
  await page.goto(`${GATEWAY_URL}/`, { waitUntil: 'load' });
  const cards = page.locator('.article-card');
  await cards.first().waitFor(WAIT);
  assert.equal(await cards.first().getAttribute('data-article-id'), articles.edges[0].node.id);
  assert.equal((await cards.first().locator('h3').innerText()).trim(), articles.edges[0].node.headline);
  assert.ok(await page.locator('.article-card .chip[data-entity-id]').count() > 0, 'no entity chip in the feed');
  await page.screenshot({ path: resolve(OUT, 'feed.png'), fullPage: false });
  await assertAccessible('feed');
});

test('search "Putin": the summit article with its snippet highlighted', async () => {
  await page.getByLabel('Search', { exact: true }).fill('Putin');
  await page.getByLabel('Search', { exact: true }).press('Enter');
  const card = page.locator(`.article-card[data-article-id="${SUMMIT}"]`);
  await card.waitFor(WAIT);
  const marks = await card.locator('.snippet mark').allInnerTexts();
  assert.ok(marks.length > 0, 'the summit article has no highlighted snippet');
  assert.ok(marks.every((m) => /putin/i.test(m)), `highlighted: ${marks}`);
  assert.equal(await card.locator('.snippet').evaluate((p) => p.querySelectorAll('*:not(mark)').length), 0,
    'the snippet holds elements other than <mark>');
});

test('article page: every mention highlighted with its entity id and type', async () => {
  const { article } = await gql('query($id: ID!) { article(id: $id) { headline entities { entity { id name type } mentions { start end } } } }', { id: SUMMIT });
  await page.locator(`.article-card[data-article-id="${SUMMIT}"] h3 a`).click();
  await page.locator('h1', { hasText: article.headline }).waitFor(WAIT);
  const mentions = page.locator('.mention[data-entity-id][data-entity-type]');
  await mentions.first().waitFor(WAIT);
  const shown = await mentions.evaluateAll((els) => els.map((e) => `${e.dataset.entityId}|${e.dataset.entityType}`));
  const expected = article.entities.flatMap(({ entity, mentions: m }) => m.map(() => `${entity.id}|${entity.type}`));
  assert.deepEqual([...shown].sort(), [...expected].sort(), 'the highlighted mentions are not the article\'s mentions');
  assert.ok(await page.locator('.salience-list li').count() === article.entities.length, 'side list of entities');
  await page.locator('.analysis').waitFor(WAIT);
  await page.screenshot({ path: resolve(OUT, 'article.png'), fullPage: false });
  await assertAccessible('article');
});

test('entity page: Vladimir Putin with his articles and his neighbourhood graph; a node leads to its entity', async () => {
  const { article } = await gql('query($id: ID!) { article(id: $id) { entities(type: PERSON) { entity { id name } } } }', { id: SUMMIT });
  const putin = article.entities.map((e) => e.entity).find((e) => /putin/i.test(e.name));
  assert.ok(putin, 'the summit article has no Putin entity');
  const { entity } = await gql('query($id: ID!) { entity(id: $id) { name related(first: 16) { entity { id name } } } }', { id: putin.id });
  await page.locator(`.mention[data-entity-id="${putin.id}"]`).first().click();
  await page.locator('h1', { hasText: entity.name }).waitFor(WAIT);
  const nodes = page.locator('svg.graph [data-node-id]');
  await nodes.first().waitFor(WAIT);
  assert.equal(await nodes.count(), 1 + entity.related.length, 'graph nodes: the entity and its related entities');
  await page.locator('svg.timeline rect.bar').first().waitFor(WAIT);
  await page.screenshot({ path: resolve(OUT, 'entity.png'), fullPage: false });
  await assertAccessible('entity');
  if (entity.related.length > 0) {
    const neighbour = entity.related[0].entity;
    await page.locator(`svg.graph a[data-node-id="${neighbour.id}"] circle`).click();
    await page.locator('h1', { hasText: neighbour.name }).waitFor(WAIT);
  }
});

let liveArticle;

test('live: an article ingested while the feed is open appears in it, announced', async () => {
  await page.goto('about:blank');
  // the feed's articleAnalyzed subscription, sent over graphql-ws, before anything is ingested
  const subscribed = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the feed sent no subscription within 20 s')), WAIT.timeout);
    page.on('websocket', (ws) => ws.on('framesent', (frame) => {
      if (String(frame.payload).includes('"subscribe"')) {
        clearTimeout(timer);
        resolve();
      }
    }));
  });
  await page.goto(`${GATEWAY_URL}/#/`, { waitUntil: 'load' });
  await page.locator('.article-card').first().waitFor(WAIT);
  await subscribed;
  const headline = `Explorer live check ${unique()}`;
  const text = `${headline}\n\nGerman Foreign Minister Annalena Baerbock met Australian Foreign Minister Penny Wong in Canberra on Monday. `
    + 'Baerbock and Wong discussed trade between Germany and Australia.';
  const { ingestText } = await gql('mutation($text: String!) { ingestText(text: $text) { article { id } userErrors { message } } }',
    { text }, editorToken());
  assert.deepEqual(ingestText.userErrors, []);
  liveArticle = ingestText.article.id;
  await page.locator(`.article-card[data-article-id="${liveArticle}"]`).waitFor({ timeout: 90_000 });
  assert.match(await page.locator('.live-region').innerText(), new RegExp(headline));
});

test('editor: with a pasted token, merge one entity of the live article into another', async () => {
  const { article } = await gql('query($id: ID!) { article(id: $id) { entities { entity { id name type } } } }', { id: liveArticle });
  const people = article.entities.map((e) => e.entity).filter((e) => e.type === 'PERSON');
  const [target, source] = people.length >= 2 ? people : article.entities.map((e) => e.entity);
  assert.ok(target && source, `the live article has fewer than two entities: ${JSON.stringify(article.entities)}`);

  await page.goto(`${GATEWAY_URL}/#/editor`, { waitUntil: 'load' });
  await page.getByLabel('Bearer token (editor role)').fill(editorToken());
  await page.getByRole('button', { name: 'Use token' }).click();
  await page.getByText('Editor mode is on').waitFor(WAIT);

  await page.goto(`${GATEWAY_URL}/#/entity/${encodeURIComponent(target.id)}`);
  await page.locator('h1', { hasText: target.name }).waitFor(WAIT);
  await chooseOption(page.getByRole('combobox', { name: `Merge into ${target.name}` }), source.name, source.name);
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  await page.getByText(/^Merged;/).waitFor(WAIT);
  await page.locator('.aliases', { hasText: source.name }).waitFor(WAIT);

  const { entity } = await gql('query($id: ID!) { entity(id: $id) { id aliases mergedIds } }', { id: source.id });
  assert.equal(entity.id, target.id, 'the merged entity\'s id does not find the target');
  assert.ok(entity.mergedIds.includes(source.id));
});

test('feed filtered by an entity picked in the type-ahead: the articles mentioning it, as the API lists them', async () => {
  const { article } = await gql('query($id: ID!) { article(id: $id) { entities(type: PERSON) { entity { id name } } } }', { id: SUMMIT });
  const putin = article.entities.map((e) => e.entity).find((e) => /putin/i.test(e.name));
  const { articles } = await gql('query($id: ID!) { articles(first: 20, filter: { mentions: [$id] }) { edges { node { id } } } }', { id: putin.id });
  await page.goto(`${GATEWAY_URL}/#/`, { waitUntil: 'load' });
  await page.locator('.article-card').first().waitFor(WAIT);
  await chooseOption(page.getByRole('combobox', { name: 'Mentions entity' }), putin.name, putin.name);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.waitForURL(/entity=/, WAIT);
  const cards = page.locator('.article-card');
  await cards.first().waitFor(WAIT);
  await page.waitForFunction((n) => document.querySelectorAll('.article-card').length === n, articles.edges.length, WAIT);
  assert.deepEqual(await cards.evaluateAll((els) => els.map((e) => e.dataset.articleId)), articles.edges.map((e) => e.node.id));
});

test('phone-sized viewport: the feed fits the width', async () => {
  const phone = await session.context.newPage();
  phone.on('websocket', (ws) => requests.push(ws.url()));
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.goto(`${GATEWAY_URL}/`, { waitUntil: 'load' });
  await phone.locator('.article-card').first().waitFor(WAIT);
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the feed is ${overflow} px wider than the phone`);
  await phone.screenshot({ path: resolve(OUT, 'feed-phone.png') });
  await phone.close();
});

test('every request went to the gateway, and every operation is in the persisted-query manifest', async () => {
  const gateway = new URL(GATEWAY_URL).host;
  const foreign = requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).host !== gateway);
  assert.deepEqual(foreign, [], 'requests to hosts other than the gateway');
  const manifest = await (await fetch(`${GATEWAY_URL}/persisted-query-manifest.json`)).json();
  assert.equal(manifest.format, 'apollo-persisted-query-manifest');
  const ids = new Set(manifest.operations.map((o) => o.id));
  const unknown = [...new Set(graphqlQueries)].filter((q) => !ids.has(createHash('sha256').update(q).digest('hex')));
  assert.ok(graphqlQueries.length > 0, 'the app sent no GraphQL request over HTTP');
  assert.deepEqual(unknown, [], 'operations the manifest does not hold (they would fail with trusted documents on)');
});
