// What every check of the suite needs: where the gateway is, an editor token, the committed SDL and
// where to put what it produces. ClientConformanceIT sets all of them; by hand only GATEWAY_URL and
// EDITOR_TOKEN matter (see system-tests/README.md).
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';

const here = dirname(fileURLToPath(import.meta.url));

export const SUITE_DIR = resolve(here, '..');
export const GATEWAY_URL = (process.env.GATEWAY_URL ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');
export const GRAPHQL_URL = `${GATEWAY_URL}/graphql`;
export const WS_URL = GRAPHQL_URL.replace(/^http/, 'ws');
export const SCHEMA_PATH = resolve(process.env.SCHEMA_PATH ?? resolve(SUITE_DIR, '../../gateway/schema.graphql'));
export const OUT_DIR = resolve(process.env.CLIENTS_OUT_DIR ?? resolve(SUITE_DIR, '../target/clients'));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
mkdirSync(OUT_DIR, { recursive: true });

/** The editor's bearer token; a check that writes fails with this explanation when it is missing. */
export function editorToken() {
  const token = process.env.EDITOR_TOKEN;
  if (!token) {
    throw new Error('EDITOR_TOKEN is not set: export EDITOR_TOKEN=$(./newsgraph token) (ClientConformanceIT sets it)');
  }
  return token;
}

/** A short random suffix so that each run's documents and texts are new to the gateway. */
export function unique() {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}
