import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { engagementSourceWarnings } from '../../../scripts/ingest/engagement-sources.ts';
import { parseYaml } from '../../../scripts/ingest/yaml.ts';
import { engagementSchema } from '../../../src/schemas/engagement.ts';

const TEXT = `start: '2018-10-29'
kind: summit
place: buenos-aires
partners: [u20]
title: { id: KTT, en: Summit }
summary: { id: Ringkasan., en: Summary. }
sources:
  - type: article
    title: Anies Jadi  Panelis di U20
    publisher: Berita Jakarta
    date: '2018-10-30'
    lang: id
  - type: headline
    title: Anies Bakal Ikuti U20
    publisher: Berita Jakarta
    date: '2018-10-24'
    lang: id
    listedIn: anies-jadi-panelis
  - type: report
    publisher: Tempo
`;

const engagement = (text: string) => ({ id: 'u20-2018', file: 'content/engagements/u20-2018.yaml', text, data: engagementSchema.parse(parseYaml(text)) });

const PANEL = { id: 'anies-jadi-panelis', title: 'anies jadi panelis di u20', engagement: 'u20-2018' };

describe('engagement sources that name no ingested article', () => {
  it('gives no warning when every article source and listedIn names an article, titles matched as the site matches them', () => {
    assert.deepEqual(engagementSourceWarnings([engagement(TEXT)], [PANEL]), []);
  });

  it('warns of an article source no article of the engagement has the title of, at its title', () => {
    assert.deepEqual(engagementSourceWarnings([engagement(TEXT.replace('Anies Jadi  Panelis', 'Anies Menjadi Panelis'))], [PANEL]), [
      'content/engagements/u20-2018.yaml:9: no ingested article has the title of this `type: article` source, so the site lists it as a report — add its text to content/sources/ with `engagement: u20-2018` in its front matter, correct the title, or make it `type: report`',
    ]);
  });

  it('says which article has the title when it belongs to no engagement or another', () => {
    assert.deepEqual(engagementSourceWarnings([engagement(TEXT)], [{ ...PANEL, engagement: undefined }]), [
      'content/engagements/u20-2018.yaml:9: article "anies-jadi-panelis" has the title of this `type: article` source but not `engagement: u20-2018`, so the site lists the source as a report — add `engagement: u20-2018` to the front matter of its source',
    ]);
  });

  it('warns of a listedIn that names no ingested article, at its line', () => {
    assert.deepEqual(engagementSourceWarnings([engagement(TEXT)], [{ ...PANEL, id: 'another-id' }]).at(-1),
      'content/engagements/u20-2018.yaml:18: `listedIn: anies-jadi-panelis` names no ingested article, so the headline links to none — write the id of the article whose related headlines list it, or remove `listedIn`',
    );
  });

  it('names the article a listedIn nearly names', () => {
    assert.match(engagementSourceWarnings([engagement(TEXT)], [{ ...PANEL, id: 'anies-jadi-panelis-' }]).at(-1)!, /names no ingested article \(did you mean "anies-jadi-panelis-"\?\), so/);
  });
});
