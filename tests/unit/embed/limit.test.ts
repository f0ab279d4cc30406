import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { settleLimit } from '../../../src/lib/embed-limit.ts';
import { MAX_LIMIT, parseOptions } from '../../../src/lib/embed-options.ts';

/** The field once settled, from what was typed, with the limit the generator's code takes from it. */
const settle = (typed: string | null) => settleLimit(typed, parseOptions((key) => (key === 'limit' ? typed : null)).limit);

describe('the embed generator’s limit field, once the reader leaves it', () => {
  it('keeps a limit the widget takes, and an empty field', () => {
    assert.deepEqual(settle('5'), { value: '5' });
    assert.deepEqual(settle(String(MAX_LIMIT)), { value: String(MAX_LIMIT) });
    assert.deepEqual(settle(''), { value: '' });
  });

  it('says the most a widget shows where more was asked for, and shows it', () => {
    assert.deepEqual(settle('101'), { value: String(MAX_LIMIT), note: 'capped' });
    assert.deepEqual(settle('100000'), { value: String(MAX_LIMIT), note: 'capped' });
  });

  it('is emptied, and says why, when it holds no limit the code can use', () => {
    for (const typed of ['0', '-3', '2.5', null]) assert.deepEqual(settle(typed), { value: '', note: 'cleared' }, String(typed));
  });

  it('writes a usable number the way the code does, without a note', () => {
    assert.deepEqual(settle('07'), { value: '7' });
    assert.deepEqual(settle('1e1'), { value: '10' });
  });
});
