import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

test('npm test -- --help prints its usage and runs nothing', () => {
  const run = spawnSync(process.execPath, ['scripts/test.ts', '--help'], { encoding: 'utf8', timeout: 10_000 });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^Usage: npm test \[-- PLAYWRIGHT OPTIONS\]\n/);
  assert.doesNotMatch(run.stdout, /▶/, 'no step started');
});
