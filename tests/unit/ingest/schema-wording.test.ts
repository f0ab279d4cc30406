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

test('numbers out of range, a short text and a list in brackets are told in plain words too', () => {
  const schema = z.object({ at: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]), alias: z.string().min(2) });
  const result = schema.safeParse({ at: [200, -95], alias: 'J' }, { error: plainWords });
  assert.deepEqual(result.error?.issues.map((issue) => issue.message), [
    'is the number 200; write a number of at most 180',
    'is the number -95; write a number of at least -90',
    'is shorter than 2 characters; write it whole',
  ]);
  assert.equal(schema.safeParse({ at: '106.8, -6.2', alias: 'Jkt' }, { error: plainWords }).error?.issues[0]?.message, 'should be a list in brackets ([a, b]), not the text "106.8, -6.2"');
});
