// relay-compiler (the npm package's own binary) on the committed SDL and a small Relay source folder
// (relay/src): connections on Query.articles and Entity.articles in both directions (first/after,
// last/before) with the full PageInfo, and a @refetchable fragment on Article, which needs the Node
// interface and Query.node(id: ID!). Success is the compiler's exit code 0 and the generated artifacts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { SUITE_DIR } from '../lib/env.mjs';

const DIR = resolve(SUITE_DIR, 'relay');

test('relay-compiler compiles connections (first/after, last/before) and a @refetchable Article fragment against the committed SDL', () => {
  rmSync(resolve(DIR, '__generated__'), { recursive: true, force: true });
  mkdirSync(resolve(DIR, '__generated__'));
  const run = spawnSync(process.execPath, [resolve(SUITE_DIR, 'node_modules/relay-compiler/cli.js'), resolve(DIR, 'relay.config.json')],
    { cwd: DIR, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.replace(/\u001b\[[0-9;]*m/g, '').trim();
  assert.equal(run.error, undefined, `relay-compiler could not run: ${run.error?.message}`);
  assert.equal(run.status, 0, `relay-compiler failed (exit ${run.status}) on gateway/schema.graphql:\n${output.slice(0, 3000)}`);
  for (const artifact of ['ArticleListPaginationQuery.graphql.ts', 'ArticleCardRefetchQuery.graphql.ts',
    'EntityArticlesQuery.graphql.ts', 'EntityArticles_entity.graphql.ts']) {
    assert.ok(existsSync(resolve(DIR, '__generated__', artifact)), `relay-compiler did not generate ${artifact}:\n${output.slice(0, 1000)}`);
  }
});
