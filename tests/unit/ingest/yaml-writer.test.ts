import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { type YamlMapping, yamlMapping } from '../../../scripts/ingest/yaml-writer.ts';

/** Read as Astro reads front matter: js-yaml's `load`, with its default schema; nothing at all is no fields. */
const readBack = (yaml: string): unknown => load(yaml) ?? {};

const text = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('0o17', '1e3', '.inf', 'null', '~', 'true', 'no', '2018-10-30', '12:30', '-0', '\u3000', 'a\n---\nb', '<<', '- x', '# y', '\x7F\x85\x9F\uFFFE\uFFFF', '\uD800', '"\\'),
);
const key = fc.oneof(fc.constantFrom('title', 'date', 'related', '__proto__', '<<', 'a b', '1', 'true', 'True', 'NULL', 'FALSE'), fc.string({ unit: 'binary', minLength: 1 }));
const dictionary = <T>(value: fc.Arbitrary<T>) => fc.dictionary(key, value, { noNullPrototype: true, maxKeys: 4 });
const mapping = dictionary(fc.oneof(text, fc.constant(undefined)));
const frontMatter: fc.Arbitrary<YamlMapping> = dictionary(fc.oneof(text, fc.array(fc.oneof(text, mapping), { maxLength: 4 }), mapping));

/** The mapping without its undefined values, which the writer leaves out. */
const given = (value: unknown): unknown =>
  typeof value !== 'object' || value === null
    ? value
    : Array.isArray(value)
      ? value.map(given)
      : Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, given(v)]));

describe('yamlMapping', () => {
  it('writes any text, list and mapping so that js-yaml reads back the same', () => {
    fc.assert(fc.property(frontMatter, (data) => assert.deepEqual(readBack(yamlMapping(data)), given(data))), { numRuns: 500 });
  });

  it('writes no value over more than one line, so no line of a value can close the front matter', () => {
    fc.assert(
      fc.property(frontMatter, (data) => {
        // Astro's front matter ends at a line that opens with either fence.
        for (const line of yamlMapping(data).split('\n')) assert.doesNotMatch(line, /^(?:---|\+\+\+)/);
      }),
    );
  });

  it('writes an article’s fields in block style, one per line, in their order', () => {
    const yaml = yamlMapping({
      id: '2018-10-30-u20',
      title: 'Anies: "Jakarta" 0o17',
      byline: { reporter: 'Budhi', editor: undefined },
      cities: ['buenos-aires', 'jakarta'],
      organisations: [],
      related: [{ title: 'Satu', date: '2018-10-28' }, { title: 'Dua' }, {}],
      empty: {},
    });
    assert.equal(
      yaml,
      [
        'id: "2018-10-30-u20"',
        'title: "Anies: \\"Jakarta\\" 0o17"',
        'byline:',
        '  reporter: "Budhi"',
        'cities:',
        '  - "buenos-aires"',
        '  - "jakarta"',
        'organisations: []',
        'related:',
        '  - title: "Satu"',
        '    date: "2018-10-28"',
        '  - title: "Dua"',
        '  - {}',
        'empty: {}',
        '',
      ].join('\n'),
    );
  });
});
