import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ingestSource } from '../../../scripts/ingest/pipeline.ts';
import { proseRemovedWarning } from '../../../scripts/ingest/prose-removed.ts';
import { bytes, contentDir, loadContext } from './context.ts';

const SOURCES = join(contentDir, 'sources');

const PROSE =
  'Gubernur DKI Jakarta Anies Baswedan menjadi salah satu panelis dalam sesi Social Integration and Inclusion pada pertemuan Urban 20 Mayors Summit di Buenos Aires, Argentina.';

describe('prose removed by a furniture rule', () => {
  it('is named, with its line, its rule and the count, when a rule of the data files took it', () => {
    const context = loadContext();
    const tooWide = { id: 'too-wide', removes: 'anything about Jakarta', match: '.*jakarta.*', block: false, regex: /^(?:.*jakarta.*)$/iu };
    const withRule = { ...context, furniture: { ...context.furniture, generic: [...context.furniture.generic, tooWide] } };
    const { warnings } = ingestSource('a.txt', bytes(`Judul Berita\nSelasa, 30 Oktober 2018\n${PROSE}\n\n${PROSE.replace('Argentina', 'Amerika Selatan')}\nIa pulang.`), withRule);
    assert.ok(
      warnings.includes(
        `line 3: furniture rule \`too-wide\` removed a line of prose, "${PROSE.slice(0, 60)}…" (2 such lines in all); if it is the article's, narrow that rule's \`match\`, in rules/generic.yaml or in its publisher's file`,
      ),
      warnings.join('\n'),
    );
  });

  it('is not remarked on for short furniture, or for the cleaner’s own rules', () => {
    assert.equal(proseRemovedWarning([{ text: 'Baca juga: Anies Bahas Konsep City 4.0 di Argentina.', rule: 'baca-juga', line: 4 }]), undefined);
    assert.equal(proseRemovedWarning([{ text: PROSE, rule: 'repeated-paragraph', line: 9 }]), undefined);
  });

  it('is not remarked on in the seed sources, whose furniture the rules take', () => {
    const context = loadContext();
    for (const file of readdirSync(SOURCES)) {
      const { removed, warnings } = ingestSource(file, readFileSync(join(SOURCES, file)), context);
      assert.ok(removed.length > 0, file);
      assert.deepEqual(warnings.filter((w) => w.includes('removed a line of prose')), [], file);
    }
  });
});
