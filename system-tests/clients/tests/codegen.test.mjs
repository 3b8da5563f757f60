// GraphQL Code Generator (typescript-operations, which since v6 also emits the enums and inputs it uses) on the committed SDL and the suite's
// operations (codegen/documents), then `tsc --noEmit` over codegen/usage.ts, which uses the types.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { SCHEMA_PATH, SUITE_DIR } from '../lib/env.mjs';

const DIR = resolve(SUITE_DIR, 'codegen');
const OUTPUT = resolve(DIR, '__generated__/graphql.ts');

test('GraphQL Code Generator generates TypeScript from the committed SDL that tsc --noEmit accepts', async () => {
  rmSync(resolve(DIR, '__generated__'), { recursive: true, force: true });
  try {
    await generate({
      schema: SCHEMA_PATH,
      documents: resolve(DIR, 'documents/*.graphql'),
      silent: true,
      errorsOnly: true,
      generates: {
        [OUTPUT]: {
          plugins: ['typescript-operations'],
          config: { strictScalars: true, scalars: { DateTime: 'string' }, enumsAsTypes: true },
        },
      },
    }, true);
  } catch (e) {
    const first = String(e.errors?.[0]?.message ?? e.message).split('\n\n')[0];
    assert.fail(`graphql-codegen failed on ${SCHEMA_PATH}: ${first}`);
  }
  const tsc = spawnSync(process.execPath, [resolve(SUITE_DIR, 'node_modules/typescript/bin/tsc'), '-p', resolve(DIR, 'tsconfig.json')],
    { encoding: 'utf8', timeout: 120_000 });
  assert.equal(tsc.status, 0, `tsc --noEmit rejected the generated types:\n${tsc.stdout}${tsc.stderr}`);
});
