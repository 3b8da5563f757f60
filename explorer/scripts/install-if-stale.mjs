// `npm ci` only when node_modules is missing or older than package-lock.json (Maven runs this before
// every build; a fresh install costs a minute, a check nothing). Uses the machine's node and npm.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync, utimesSync } from 'node:fs';

const installed = 'node_modules/.package-lock.json';
if (existsSync(installed) && statSync(installed).mtimeMs >= statSync('package-lock.json').mtimeMs) {
  console.log('explorer: node_modules is up to date');
  process.exit(0);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);
const now = new Date();
utimesSync(installed, now, now);
