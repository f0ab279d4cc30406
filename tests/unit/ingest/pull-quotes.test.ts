import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findPullQuotes, KEY_WORDS, MAX_PULL_QUOTE, normalise, sentenceStarts } from '../../../scripts/ingest/pull-quotes.ts';

const opening = (text: string): string => text.split(' ', KEY_WORDS).join(' ');

/**
 * The search as its definition reads: every short paragraph against every sentence of every paragraph
 * at least twice its length, which it must open (its first words whole). Quadratic, which is why
 * findPullQuotes indexes; this is the yardstick its index must agree with.
 */
function byDefinition(paragraphs: readonly string[]): Set<number> {
  const texts = paragraphs.map(normalise);
  const found = new Set<number>();
  paragraphs.forEach((paragraph, index) => {
    const quote = texts[index]!;
    if (paragraph.length > MAX_PULL_QUOTE || quote.split(' ').length < KEY_WORDS || /[.!?:]$/.test(quote)) return;
    for (const text of texts) {
      if (text.length < 2 * quote.length) continue;
      for (const start of sentenceStarts(text)) {
        const rest = text.slice(start);
        if (rest.startsWith(quote) && opening(rest) === opening(quote)) found.add(index);
      }
    }
  });
  return found;
}

// Few words, so that paragraphs share openings and repeat each other's sentences often.
const word = fc.constantFrom('Itulah', 'itulah', 'pendekatan', 'City', '4.0', 'kota', 'kota,', '"Kota', 'Jakarta', 'warga', 'warga.', 'baru!', 'kata', 'dia:');
const phrase = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
/** Short paragraphs, and long ones built from sentences that may open with them. */
const article = fc
  .array(phrase, { minLength: 1, maxLength: 6 })
  .chain((shorts) =>
    fc
      .array(fc.array(fc.oneof(fc.constantFrom(...shorts), phrase), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 })
      .map((longs) => [...shorts, ...longs.map((sentences) => `${sentences.join(' lalu seterusnya. ')} dan seterusnya.`)]),
  )
  .chain((paragraphs) => fc.shuffledSubarray(paragraphs, { minLength: paragraphs.length, maxLength: paragraphs.length }));

// The yardstick below shares these two helpers with findPullQuotes, so they are pinned on their own.
describe('the helpers both searches share', () => {
  it('normalise: lower case, no quotation marks of any kind, single spaces', () => {
    assert.equal(normalise('  “Itulah  pendekatan” City 4.0\n kata ‘dia’ "ya" '), 'itulah pendekatan city 4.0 kata dia ya');
  });

  it('sentenceStarts: the text’s start and every place after a full stop, ! or ? and a space, not inside "4.0"', () => {
    const text = 'itulah kota. warga baru! kata dia: ya? dan 4.0 tetap';
    assert.deepEqual([...sentenceStarts(text)].map((i) => text.slice(i, i + 5)), ['itula', 'warga', 'kata ', 'dan 4']);
  });
});

describe('findPullQuotes', () => {
  it('finds exactly what the definition finds, for any paragraphs', () => {
    let withQuotes = 0;
    fc.assert(
      fc.property(article, (paragraphs) => {
        const expected = [...byDefinition(paragraphs)].sort((a, b) => a - b);
        if (expected.length > 0) withQuotes++;
        assert.deepEqual([...findPullQuotes(paragraphs)].sort((a, b) => a - b), expected);
      }),
      { numRuns: 500 },
    );
    // The property says nothing unless many of the articles have pull quotes to find.
    assert.ok(withQuotes > 100, `only ${withQuotes} of 500 articles had a pull quote`);
  });
});
