import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { loadGazetteer } from '../../../scripts/ingest/gazetteer.ts';
import { assertDataFileError } from './context.ts';

const root = mkdtempSync(join(tmpdir(), 'gazetteer-'));
after(() => rmSync(root, { recursive: true, force: true }));

const CITIES = `- id: jakarta
  kind: city
  name: { id: Jakarta, en: Jakarta }
  country: ID
  coordinates: [106.85, -6.2]
`;

const organisation = (id: string, parent?: string): string =>
  `- id: ${id}\n  kind: city-network\n  name: { id: ${id}, en: ${id} }\n  country: ES\n${parent ? `  parent: ${parent}\n` : ''}`;

function gazetteer(organisations: string): { dir: string; cities: string; organisations: string } {
  const dir = mkdtempSync(join(root, 'content-'));
  mkdirSync(join(dir, 'gazetteer'));
  writeFileSync(join(dir, 'gazetteer', 'cities.yaml'), CITIES);
  writeFileSync(join(dir, 'gazetteer', 'organisations.yaml'), organisations);
  const shown = (name: string) => relative(process.cwd(), join(dir, 'gazetteer', name));
  return { dir, cities: shown('cities.yaml'), organisations: shown('organisations.yaml') };
}

const refused = (dir: string, message: string | RegExp): void => assertDataFileError(() => loadGazetteer(dir), message);

describe('gazetteer', () => {
  it('reads both files, a branch after its parent', () => {
    const { dir } = gazetteer(organisation('uclg') + organisation('uclg-aspac', 'uclg'));
    assert.deepEqual(
      loadGazetteer(dir).map((e) => [e.id, e.parent]),
      [
        ['jakarta', undefined],
        ['uclg', undefined],
        ['uclg-aspac', 'uclg'],
      ],
    );
  });

  it('refuses an id used in both files, naming where it comes again and where first', () => {
    const { dir, cities, organisations } = gazetteer(organisation('uclg') + organisation('jakarta'));
    refused(dir, `${organisations}:5: gazetteer id "jakarta" is already used at ${cities}:1; ids name pages and links, so each entry needs its own`);
  });

  it('refuses an id used twice in one file, naming the second', () => {
    const { dir, organisations } = gazetteer(organisation('uclg') + organisation('c40') + organisation('uclg'));
    refused(dir, `${organisations}:9: gazetteer id "uclg" is already used at ${organisations}:1; ids name pages and links, so each entry needs its own`);
  });

  it('refuses a parent that is not in the gazetteer, at the line that names it', () => {
    const { dir, organisations } = gazetteer(organisation('uclg') + organisation('uclg-aspac', 'ucgl'));
    refused(
      dir,
      `${organisations}:9: "uclg-aspac" names parent "ucgl", which is not in the gazetteer (did you mean "uclg"?); write the id of an entry in cities.yaml or organisations.yaml, or add that entry`,
    );
  });

  it('refuses an entry that is its own parent, at its parent line', () => {
    const { dir, organisations } = gazetteer(organisation('uclg') + organisation('c40', 'c40'));
    refused(
      dir,
      `${organisations}:9: "c40" names parent "c40", so its parents go round in a loop (c40 → c40); an entry cannot be part of itself: remove this parent or correct one of the others in the loop`,
    );
  });

  it('refuses parents that lead back round, at the line of the one that closes the loop rather than another naming the same parent', () => {
    const { dir, organisations } = gazetteer(organisation('uclg', 'uclg-aspac') + organisation('c40', 'uclg') + organisation('uclg-aspac', 'uclg'));
    refused(
      dir,
      `${organisations}:15: "uclg-aspac" names parent "uclg", so its parents go round in a loop (uclg-aspac → uclg → uclg-aspac); an entry cannot be part of itself: remove this parent or correct one of the others in the loop`,
    );
  });

  it('refuses a field it does not know, at its line, instead of ignoring a misspelt one', () => {
    const { dir, organisations } = gazetteer(`${organisation('uclg')}  alias: [Cités Unies]\n`);
    refused(dir, `${organisations}:5: entry "uclg" has \`alias\`, which is not one of its fields; correct its name or remove it — see the schema in src/schemas/`);
  });

  it('refuses an entry without a field it must have, at the entry’s line, naming it by its id', () => {
    const { dir, organisations } = gazetteer(organisation('c40') + organisation('uclg').replace(/  name: .*\n/, ''));
    refused(dir, `${organisations}:5: entry "uclg" has no \`name\`; add it — see the schema in src/schemas/`);
  });

  it('refuses an empty value in a field written on one line, at the line of its entry that writes it', () => {
    const { dir, organisations } = gazetteer(organisation('c40') + organisation('uclg').replace('name: { id: uclg,', 'name: { id: "",'));
    refused(dir, `${organisations}:7: entry "uclg", name › id: is empty; write it — see the schema in src/schemas/`);
  });

  it('refuses a name that is another entry’s alias, naming both entries by id with their lines', () => {
    const aliased = `- id: unicef\n  kind: un-agency\n  name: { id: UNICEF Indonesia, en: UNICEF Indonesia }\n  aliases: [Dana Anak, "Children's Fund"]\n`;
    const { dir, organisations } = gazetteer(organisation('uclg') + aliased.replace('UNICEF Indonesia, en: UNICEF Indonesia', 'UNICEF, en: UNICEF') + aliased.replace(/id: unicef/, 'id: unicef-id').replace('Dana Anak', 'dana anak'));
    refused(
      dir,
      `${organisations}:12: "dana anak" (an alias of "unicef-id") already names "unicef" at ${organisations}:8; the ingest could link it to one entry only, so keep it in one of them`,
    );
  });

  it('refuses an alias that folds to a city’s name, in any case and without its accents', () => {
    const { dir, organisations, cities } = gazetteer(`${organisation('uclg')}  aliases: [jakartá]\n`);
    refused(dir, `${organisations}:5: "jakartá" (an alias of "uclg") already names "jakarta" at ${cities}:3; the ingest could link it to one entry only, so keep it in one of them`);
  });

  it('takes a name an entry gives in both languages, and the same acronym as its name', () => {
    const { dir } = gazetteer(organisation('uclg').replace('name: { id: uclg, en: uclg }', 'name: { id: UCLG, en: UCLG }\n  acronyms: [UCLG]'));
    assert.deepEqual(loadGazetteer(dir).map((e) => e.id), ['jakarta', 'uclg']);
  });

  it('refuses a country code that ISO 3166-1 does not have, at its line, saying what to write', () => {
    const { dir, organisations } = gazetteer(organisation('uclg') + organisation('c40').replace('country: ES', 'country: XE'));
    refused(
      dir,
      `${organisations}:8: entry "c40", country: "XE" is not an ISO 3166-1 alpha-2 country code; write the country’s two-letter code, e.g. "AR" for Argentina — see the schema in src/schemas/`,
    );
  });

  it('refuses an old or informal country code, naming the one to write', () => {
    const { dir, cities } = gazetteer(organisation('uclg'));
    writeFileSync(join(dir, 'gazetteer', 'cities.yaml'), CITIES.replace('country: ID', 'country: UK'));
    refused(dir, `${cities}:4: entry "jakarta", country: "UK" is not the ISO 3166-1 code of United Kingdom; write "GB" — see the schema in src/schemas/`);
  });
});
