// The README's screenshots of the explorer, from a running stack with the Wikinews samples
// (`./newsgraph up`): search "Putin", open the summit article, click Vladimir Putin.
//   cd system-tests/clients && GATEWAY_URL=http://127.0.0.1:8080 node explorer/readme-screenshots.mjs
import { resolve } from 'node:path';
import { browser } from '../lib/browser.mjs';
import { GATEWAY_URL, SUITE_DIR } from '../lib/env.mjs';

const IMAGES = resolve(SUITE_DIR, '../../docs/images');
const WAIT = { timeout: 20_000 };

const { context, close } = await browser();
try {
  const page = context.pages()[0] ?? await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${GATEWAY_URL}/`, { waitUntil: 'load' });
  await page.getByLabel('Search', { exact: true }).fill('Putin');
  await page.getByLabel('Search', { exact: true }).press('Enter');
  await page.locator('.article-card .snippet mark').first().waitFor(WAIT);
  await page.screenshot({ path: resolve(IMAGES, 'explorer-search.png') });

  await page.locator('.article-card h3 a', { hasText: /summit/i }).first().click();
  await page.locator('.mention').first().waitFor(WAIT);
  await page.screenshot({ path: resolve(IMAGES, 'explorer-article.png') });

  await page.locator('.mention[data-entity-type="PERSON"]', { hasText: 'Vladimir Putin' }).first().click();
  await page.locator('svg.graph').waitFor(WAIT);
  await page.screenshot({ path: resolve(IMAGES, 'explorer-entity.png') });
  console.log(`screenshots in ${IMAGES}`);
} finally {
  await close();
}
