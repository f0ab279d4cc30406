/** A value the articles' front matter holds: text, a list of texts or mappings, or a mapping. */
export type YamlValue = string | readonly (string | YamlMapping)[] | YamlMapping;

/** A mapping; a key whose value is undefined is left out, as an optional field not given. */
export type YamlMapping = { readonly [key: string]: YamlValue | undefined };

/**
 * A mapping key YAML reads back as the same text when written bare: a word, but not one the core
 * schema reads as a boolean or null in another case ("True" would come back as "true").
 */
const BARE_KEY = /^(?!(?:true|false|null)$)[A-Za-z_][\w-]*$/i;

/**
 * A YAML mapping in block style, every string in double quotes. A double-quoted YAML string takes
 * JSON's escapes and, like JSON, refuses only bare control characters, which JSON escapes: so
 * JSON writes it. Quoted, a headline such as `0o17`, `null` or `2018-10-30` stays text; escaped,
 * no line end leaves a value on more than one line. js-yaml's `dump`, which works out the plainest
 * style each string reads back the same in, was a tenth of the ingest's time.
 */
export function yamlMapping(data: YamlMapping): string {
  return mapping(data, '');
}

function mapping(data: YamlMapping, indent: string): string {
  let yaml = '';
  for (const [key, value] of Object.entries(data)) {
    if (value !== undefined) yaml += `${indent}${BARE_KEY.test(key) ? key : JSON.stringify(key)}:${nested(value, indent)}`;
  }
  return yaml;
}

/** A mapping's value: on its key's line when it is text or empty, else on the lines below it. */
function nested(value: YamlValue, indent: string): string {
  if (typeof value === 'string') return ` ${JSON.stringify(value)}\n`;
  if (isList(value)) return value.length === 0 ? ' []\n' : `\n${list(value, `${indent}  `)}`;
  const fields = mapping(value, `${indent}  `);
  return fields === '' ? ' {}\n' : `\n${fields}`;
}

function list(items: readonly (string | YamlMapping)[], indent: string): string {
  let yaml = '';
  for (const item of items) {
    if (typeof item === 'string') yaml += `${indent}- ${JSON.stringify(item)}\n`;
    else {
      // The item's first key goes on its dash's line; the others line up with it.
      const fields = mapping(item, `${indent}  `);
      yaml += `${indent}- ${fields === '' ? '{}\n' : fields.slice(indent.length + 2)}`;
    }
  }
  return yaml;
}

const isList = (value: YamlValue): value is readonly (string | YamlMapping)[] => Array.isArray(value);
