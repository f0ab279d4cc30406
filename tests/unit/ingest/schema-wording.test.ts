import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { fieldPath, plainWords } from '../../../scripts/ingest/schema-wording.ts';

test('a field is named by its path, with list items counted from 1', () => {
  assert.equal(fieldPath(['sources', 0, 'citedFor', 'en']), 'sources #1 › citedFor › en');
  assert.equal(fieldPath([2, 'name']), 'item #3 › name');
  assert.equal(fieldPath([]), '');
});

test('a schema\'s own message wins over the plain words', () => {
  const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'use YYYY-MM-DD' });
  const result = z.object({ start: date }).safeParse({ start: 'soon' }, { error: plainWords });
  assert.equal(result.error?.issues[0]?.message, 'use YYYY-MM-DD');
});

test('a value too long or a list too long says by how much it may run', () => {
  const result = z.object({ short: z.string().max(3), few: z.array(z.string()).max(1) }).safeParse({ short: 'Jakarta', few: ['a', 'b'] }, { error: plainWords });
  assert.deepEqual(result.error?.issues.map((issue) => issue.message), ['is longer than 3 characters; shorten it', 'has more than 1 item; leave some out']);
});
