import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { loadEngagements } from '../../../scripts/ingest/engagements.ts';
import { assertDataFileError } from './context.ts';

const root = mkdtempSync(join(tmpdir(), 'engagements-'));
after(() => rmSync(root, { recursive: true, force: true }));

const ENTITIES = new Set(['jakarta', 'casablanca', 'c40', 'uclg']);

const engagement = (place: string, partners: string): string => `start: '2018-07-29'
kind: cultural-exchange
place: ${place}
partners:
${partners}
title: { id: Konser, en: Concert }
summary: { id: Ringkasan., en: Summary. }
sources:
  - type: report
    publisher: Example
    url: https://example.org/a
`;

/** A content folder with one engagement file. */
function content(text: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(root, 'content-'));
  mkdirSync(join(dir, 'engagements'));
  writeFileSync(join(dir, 'engagements', 'concert-2018.yaml'), text);
  return { dir, file: relative(process.cwd(), join(dir, 'engagements', 'concert-2018.yaml')) };
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const refused = (dir: string, message: string | RegExp): void => assertDataFileError(() => loadEngagements(dir, ENTITIES), message);

describe('engagements, as the ingest reads them', () => {
  it('gives the ids of valid engagements whose place and partners the gazetteer has', () => {
    const { dir } = content(engagement('jakarta', '  - casablanca\n  - c40'));
    assert.deepEqual(loadEngagements(dir, ENTITIES).map((e) => e.id), ['concert-2018']);
  });

  it('refuses a partner the gazetteer lacks, at the line that names it', () => {
    const { dir, file } = content(engagement('jakarta', '  - casablanca\n  - c4o'));
    const gazetteer = relative(process.cwd(), join(dir, 'gazetteer'));
    refused(dir, `${file}:6: partner "c4o" is not in the gazetteer (did you mean "c40"?); write the id of an entry in ${gazetteer}/cities.yaml or organisations.yaml, or add that entry`);
  });

  it('refuses a place the gazetteer lacks, suggesting an id only when one is a slip away', () => {
    const { dir, file } = content(engagement('rabat', '  - casablanca'));
    refused(dir, new RegExp(`^${escape(file)}:3: place "rabat" is not in the gazetteer; `));
    const slip = content(engagement('jakarte', '  - casablanca'));
    refused(slip.dir, new RegExp(`^${escape(slip.file)}:3: place "jakarte" is not in the gazetteer \\(did you mean "jakarta"\\?\\); `));
  });

  it('tells a start written another way the YYYY-MM-DD to write', () => {
    const { dir, file } = content(engagement('jakarta', '  - casablanca').replace("start: '2018-07-29'", 'start: 2018-7-29'));
    refused(dir, `${file}:1: start: use YYYY-MM-DD (for "2018-7-29", write 2018-07-29) — see the schema in src/schemas/`);
  });

  it('refuses a day the calendar lacks, and an end before the start, at their lines', () => {
    const impossible = content(engagement('jakarta', '  - casablanca').replace("start: '2018-07-29'", "start: '2018-02-30'"));
    refused(impossible.dir, `${impossible.file}:1: start: no such day in the calendar; correct the date — see the schema in src/schemas/`);
    const backwards = content(engagement('jakarta', '  - casablanca').replace("start: '2018-07-29'", "start: '2018-10-30'\nend: '2018-10-29'"));
    refused(
      backwards.dir,
      `${backwards.file}:2: end: the end is before the start; correct one of them, or leave the end out for a one-day event — see the schema in src/schemas/`,
    );
  });

  it('says what a field should be in the words of the YAML, not zod\'s, counting list items from 1', () => {
    const cases: [string, string, string][] = [
      ['partners:\n  - casablanca', 'partners: casablanca', ':4: partners: should be a list (one "- " line per item), not the text "casablanca"'],
      ['partners:\n  - casablanca', 'partners: []', ':4: partners: needs at least 1 item, one "- " line each'],
      ['kind: cultural-exchange', 'kind: concert', ':2: kind: is the text "concert"; write one of "keynote", "cultural-exchange", "summit", '],
      ['  - type: report', '  - type: laporan', ':9: sources #1 › type: is the text "laporan"; write one of "article", "headline", "report"'],
      ['    publisher: Example', '    publisher: 2018', ':10: sources #1 › publisher: should be a text, not the number 2018; put it in quotes'],
      ['summary: { id: Ringkasan., en: Summary. }', 'summary: { id: Ringkasan., en: "" }', ':7: summary › en: is empty; write it'],
      ['title: { id: Konser, en: Concert }', 'title: Konser', ':6: title: should be fields (one "name: value" line each), not the text "Konser"'],
    ];
    for (const [from, to, message] of cases) {
      const { dir, file } = content(engagement('jakarta', '  - casablanca').replace(from, to));
      refused(dir, new RegExp(`^${escape(file + message)}`));
    }
  });

  it('finds the line of a partner written in a flow list', () => {
    const { dir, file } = content(engagement('jakarta', '  - casablanca').replace('partners:\n  - casablanca', 'partners: [casablanca, c4o]'));
    refused(dir, new RegExp(`^${escape(file)}:4: partner "c4o" is not in the gazetteer \\(did you mean "c40"\\?\\); `));
  });

  it('refuses an engagement whose id, its file name, is a gazetteer id', () => {
    const { dir } = content(engagement('jakarta', '  - casablanca'));
    const file = join(dir, 'engagements', 'c40.yaml');
    writeFileSync(file, engagement('jakarta', '  - casablanca'));
    refused(dir, `${relative(process.cwd(), file)}: the engagement's id "c40" (its file name) is also a gazetteer id; the network draws both, so give the file another name`);
  });

  it('refuses an engagement its schema refuses, naming the field and its line', () => {
    const { dir, file } = content(engagement('jakarta', '  - casablanca').replace('kind: cultural-exchange', 'kind: concert'));
    refused(dir, new RegExp(`^${escape(file)}:2: kind: .+ — see the schema in src/schemas/$`));
  });

  it('refuses a source address a reader could not follow as a web page, such as javascript:', () => {
    const { dir, file } = content(engagement('jakarta', '  - casablanca').replace('url: https://example.org/a', 'url: javascript:alert(1)//example.org'));
    refused(dir, new RegExp(`^${escape(file)}:\\d+: sources #1 › url: use a web address that starts with https:// \\(or http://\\)`));
  });

  it('names the line of a field whose value is not a plain one, such as an empty flow list', () => {
    const { dir, file } = content(engagement('jakarta', '  - casablanca').replace(/sources:[\s\S]*$/, 'sources: []\n'));
    refused(dir, new RegExp(`^${escape(file)}:8: sources: .+ — see the schema in src/schemas/$`));
  });

  it('names a source without a field it must have, at the source’s line', () => {
    const { dir, file } = content(engagement('jakarta', '  - casablanca').replace('    publisher: Example\n', ''));
    refused(dir, `${file}:9: sources #1 has no \`publisher\`; add it — see the schema in src/schemas/`);
  });

  it('refuses a .yml engagement file, which the site would not read', () => {
    const { dir } = content(engagement('jakarta', '  - casablanca'));
    const file = join(dir, 'engagements', 'summit-2019.yml');
    writeFileSync(file, engagement('jakarta', '  - casablanca'));
    refused(dir, `${relative(process.cwd(), file)}: an engagement file ends in .yaml, not .yml; rename it to summit-2019.yaml`);
  });

  it('refuses a file name that is not a kebab-case id, saying what to rename it to', () => {
    const { dir } = content(engagement('jakarta', '  - casablanca'));
    const file = join(dir, 'engagements', 'Kunjungan_Wali Kota Seoul 2019.yaml');
    writeFileSync(file, engagement('jakarta', '  - casablanca'));
    refused(
      dir,
      `${relative(process.cwd(), file)}: an engagement's file name is its id, in lowercase ASCII kebab-case; rename Kunjungan_Wali Kota Seoul 2019.yaml to kunjungan-wali-kota-seoul-2019.yaml`,
    );
  });
});
