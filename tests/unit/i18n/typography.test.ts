import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import matter from 'gray-matter';
import { loadGazetteer } from '../../../scripts/ingest/gazetteer.ts';
import { parseYaml } from '../../../scripts/ingest/yaml.ts';
import { aboutText } from '../../../src/i18n/about.ts';
import { en } from '../../../src/i18n/en.ts';
import { id } from '../../../src/i18n/id.ts';
import { engagementSchema } from '../../../src/schemas/engagement.ts';
import { contentDir } from '../ingest/context.ts';

/*
 * What the project writes itself is set with typographic quotes (’ “ ”), as its interface is. What it
 * quotes is not checked: sources' headlines and articles stay as published (SmartyPants is off for
 * them), and gazetteer names and aliases are what the ingest matches in the sources.
 */

interface Prose {
  where: string;
  text: string;
}

const bilingual = (where: string, text: { id: string; en: string } | undefined): Prose[] =>
  text ? [{ where: `${where}.id`, text: text.id }, { where: `${where}.en`, text: text.en }] : [];

function engagementProse(): Prose[] {
  const dir = join(contentDir, 'engagements');
  return readdirSync(dir).flatMap((file) => {
    const data = engagementSchema.parse(parseYaml(readFileSync(join(dir, file), 'utf8')));
    const at = `engagements/${file}`;
    return [
      ...bilingual(`${at} title`, data.title),
      ...bilingual(`${at} short`, data.short),
      ...bilingual(`${at} summary`, data.summary),
      ...bilingual(`${at} dateNote`, data.dateNote),
      ...data.sources.flatMap((source, i) => (source.type === 'article' ? [] : bilingual(`${at} sources[${i}].citedFor`, source.citedFor))),
    ];
  });
}

function translationProse(): Prose[] {
  const dir = join(contentDir, 'translations', 'en');
  return readdirSync(dir).flatMap((file) => {
    const { data, content } = matter(readFileSync(join(dir, file), 'utf8'));
    return [
      { where: `translations/en/${file} title`, text: String(data['title']) },
      { where: `translations/en/${file} text`, text: content },
    ];
  });
}

const gazetteerProse = (): Prose[] => loadGazetteer(contentDir).flatMap((entry) => bilingual(`gazetteer ${entry.id} description`, entry.description));

const interfaceProse = (): Prose[] => [
  ...Object.entries({ id, en }).flatMap(([lang, strings]) => Object.entries(strings).map(([key, text]) => ({ where: `src/i18n/${lang}.ts ${key}`, text }))),
  ...Object.entries(aboutText).flatMap(([lang, { intro, how }]) =>
    [...intro, ...how].map((text, i) => ({ where: `src/i18n/about.ts ${lang} #${i + 1}`, text })),
  ),
];

/** Each straight quote with a little of the text around it, to find it by. */
const straightQuotes = (prose: Prose[]): string[] =>
  prose.flatMap(({ where, text }) => [...text.matchAll(/['"]/g)].map((m) => `${where}: …${text.slice(Math.max(0, m.index - 20), m.index + 20)}…`));

describe('typographic quotes in what the project writes', () => {
  for (const [what, prose] of [
    ['engagements', engagementProse],
    ['translations', translationProse],
    ['gazetteer descriptions', gazetteerProse],
    ['interface strings and the about page', interfaceProse],
  ] as const) {
    it(`${what}: ’ for apostrophes, “ ” for quotations`, () => {
      const texts = prose();
      assert.ok(texts.length > 0, `no ${what} found`);
      assert.deepEqual(straightQuotes(texts), []);
    });
  }

  it('finds every straight quote, and says where', () => {
    const found = straightQuotes([{ where: 'engagements/x.yaml summary.en', text: 'Jakarta\'s "sister city" tie' }]);
    assert.equal(found.length, 3);
    assert.equal(found[0], 'engagements/x.yaml summary.en: …Jakarta\'s "sister city" tie…');
  });
});
