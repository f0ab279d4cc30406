import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineOfPath, parseYaml, YamlError, yamlMend } from '../../../scripts/ingest/yaml.ts';

const CITIES = `# Cities the site knows.

- id: jakarta
  kind: city
  name: { id: "Jakarta", en: "Jakarta" }
  aliases: ["DKI Jakarta", 'Kota, Jakarta', "Ibu \\"Kota\\""]
  description:
    id: >-
      Kota terbesar: ibu kota.
    en: Largest city.

-   id: casablanca
    name:
      id: Casablanca
      en: Casablanca
    aliases:
    - Kasablanka
    - Kota Casablanca
`;

describe('lineOfPath', () => {
  it('finds list items and the fields they write, in block style', () => {
    assert.equal(lineOfPath(CITIES, []), 3);
    assert.equal(lineOfPath(CITIES, [0]), 3);
    assert.equal(lineOfPath(CITIES, [0, 'id']), 3);
    assert.equal(lineOfPath(CITIES, [0, 'kind']), 4);
    assert.equal(lineOfPath(CITIES, [0, 'description', 'en']), 10);
    assert.equal(lineOfPath(CITIES, [1]), 12);
    assert.equal(lineOfPath(CITIES, [1, 'name', 'en']), 15);
    assert.equal(lineOfPath(CITIES, [1, 'aliases', 1]), 18);
  });

  it('finds fields and items of flow collections, past quotes that hold commas, brackets and escaped quotes', () => {
    assert.equal(lineOfPath(CITIES, [0, 'name', 'en']), 5);
    assert.equal(lineOfPath(CITIES, [0, 'aliases', 2]), 6);
    const detect = "detect: ['a, b', '[x]{2,3}', 'it''s']\nrules: [\n  'one',\n  \"t]w{o\",\n  three\n]\n";
    assert.equal(lineOfPath(detect, ['detect', 2]), 1);
    assert.equal(lineOfPath(detect, ['rules', 0]), 3);
    assert.equal(lineOfPath(detect, ['rules', 1]), 4);
    assert.equal(lineOfPath(detect, ['rules', 2]), 5);
    assert.equal(lineOfPath(detect, ['rules', 3]), undefined);
  });

  it('does not take the lines of a quoted or folded value for fields', () => {
    const text = "a: 'one\n  b: two'\nc: |\n  d: x\ne: 1\n";
    assert.equal(lineOfPath(text, ['b']), undefined);
    assert.equal(lineOfPath(text, ['d']), undefined);
    assert.equal(lineOfPath(text, ['e']), 5);
  });

  it('reads a list under a key at the key’s own indentation, and quoted keys', () => {
    const text = 'partners:\n- c40\n- uclg\n"title": x\n';
    assert.equal(lineOfPath(text, ['partners', 1]), 3);
    assert.equal(lineOfPath(text, ['title']), 4);
  });

  it('gives no line for a path the text does not have', () => {
    assert.equal(lineOfPath(CITIES, [2]), undefined);
    assert.equal(lineOfPath(CITIES, [0, 'country']), undefined);
    assert.equal(lineOfPath(CITIES, [0, 'id', 'x']), undefined);
    assert.equal(lineOfPath('', []), undefined);
  });
});

/** The mend given for the YAML error `text` has. */
function mendOf(text: string): string {
  try {
    parseYaml(text);
  } catch (error) {
    assert.ok(error instanceof YamlError);
    return yamlMend(error.reason, error.lineText);
  }
  assert.fail(`no error in ${JSON.stringify(text)}`);
}

describe('yamlMend', () => {
  it('gives the text of the line at fault with the error', () => {
    assert.throws(() => parseYaml('a: 1\ntitle: Foo: bar\n'), (error: YamlError) => error.line === 2 && error.lineText === 'title: Foo: bar');
  });

  it('quotes a value holding ": " for its own key', () => {
    assert.equal(mendOf('- id: casablanca: morocco\n'), 'quote the value, as it holds ": ": id: "casablanca: morocco"');
  });

  it('doubles a quote inside a single-quoted value', () => {
    assert.equal(mendOf("title: 'it's'\n"), "write a ' inside a single-quoted value twice (''), or quote the value with \" instead");
  });

  it('quotes a value that starts with a character YAML reserves', () => {
    assert.equal(mendOf('title: `code`\n'), 'quote the value: YAML reserves "`" at its start');
    assert.equal(mendOf('title: *star\n'), 'quote the value: YAML reserves "*" at its start');
  });

  it('lines a field up with the others of its mapping', () => {
    assert.equal(mendOf('a: 1\n a2: 2\n'), 'indent `a2:` as far as the other fields of its mapping');
  });

  it('names the key given twice, and says what else usually mends a line', () => {
    assert.equal(mendOf('id: a\nid: b\n'), 'give `id:` once: this mapping has it already');
    assert.equal(mendOf('a:\n\t- x\n'), 'indent with spaces, not tabs');
    assert.equal(mendOf('a: [1, 2\nb: 3\n'), 'close the "[" or "{" opened above this line, or put a comma between its items');
    assert.equal(mendOf('a: "open\nb: 2\n'), 'close the quote opened above: the value runs on to the end of the file');
    assert.equal(mendOf('- a\nb: 1\n'), 'start this line as the others at its indentation start: all "- " items, or all "key:" fields');
  });
});
