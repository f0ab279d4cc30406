import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ingestSource } from '../../../scripts/ingest/pipeline.ts';
import { bytes, loadContext } from './context.ts';

const context = loadContext();
const source = (engagement: string) =>
  bytes(`---\nengagement: ${engagement}\npublisher: sindonews\nlang: id\n---\nJudul Berita\nSenin, 21 November 2022 - 09:46 WIB\nGubernur bertemu mitra di Jakarta dan membahas kerja sama.`);

describe('an article joining an engagement', () => {
  it('keeps the engagement it names when the project has it', () => {
    const { article, warnings } = ingestSource('a.txt', source('u20-mayors-summit-2018'), context);
    assert.equal(article.engagement, 'u20-mayors-summit-2018');
    assert.deepEqual(warnings, []);
  });

  it('warns, naming the known ones, when the engagement does not exist', () => {
    const { warnings } = ingestSource('a.txt', source('u20-summit-2019'), context);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /engagement: u20-summit-2019` names no engagement file, <id>\.yaml \(known: /);
    assert.match(warnings[0]!, /known: .*u20-mayors-summit-2018/);
    assert.match(warnings[0]!, /entry of its own/);
  });

  it('warns, naming the one it nearly names, when the engagement is a slip away from one', () => {
    const { warnings } = ingestSource('a.txt', source('u20-mayors-summit-2019'), context);
    assert.deepEqual(warnings, [
      'front matter `engagement: u20-mayors-summit-2019` names no engagement file, <id>.yaml (did you mean "u20-mayors-summit-2018"?); the article appears on the timeline as an entry of its own',
    ]);
  });

  it('says there is none yet when the project has written no engagement', () => {
    const { warnings } = ingestSource('a.txt', source('u20-mayors-summit-2018'), { ...context, engagements: new Set() });
    assert.match(warnings[0]!, /names no engagement file, <id>\.yaml \(none is written yet\)/);
  });
});
