import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { hostileSource } from '../../../scripts/bench/hostile-source.ts';
import { BUILT_PATTERNS } from '../../../scripts/ingest/dateline.ts';
import { renderArticle } from '../../../scripts/ingest/write.ts';
import { backtrackingRisks } from '../../../src/lib/regex-backtracking.ts';
import { contentDir, ingestCorpus, loadContext, repoRoot } from './context.ts';

const context = loadContext();
const ingestDir = join(repoRoot, 'scripts', 'ingest');

/** Regex literals and `new RegExp(…)` calls in the ingest's code, found with the TypeScript parser. */
function regexesInCode(): { literals: { where: string; source: string }[]; constructed: string[] } {
  const literals: { where: string; source: string }[] = [];
  const constructed: string[] = [];
  for (const file of readdirSync(ingestDir).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(ingestDir, file), 'utf8');
    const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      const line = tree.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      if (ts.isRegularExpressionLiteral(node)) literals.push({ where: `${file}:${line}`, source: node.text.slice(1, node.text.lastIndexOf('/')) });
      if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp') constructed.push(file);
      ts.forEachChild(node, visit);
    };
    visit(tree);
  }
  return { literals, constructed };
}

// Whether the ingest's time grows linearly with a source is timed by `npm run bench` (one hostile
// source of 1, 2, 4 and 8 MB), not here: a pass/fail test cannot time it without being flaky.
describe('the ingest has no regex that backtracks catastrophically, and gets through a hostile source', () => {
  const { literals, constructed } = regexesInCode();

  it('finds the regexes it audits', () => assert.ok(literals.length >= 10, `only ${literals.length} regex literals found`));

  it('builds regexes at run time only where this audit sees them: furniture rules and datelines', () => {
    // A new `new RegExp` elsewhere must be added to the audit below.
    assert.deepEqual([...new Set(constructed)].sort(), ['dateline.ts', 'furniture.ts']);
  });

  const patterns = [
    ...literals,
    ...BUILT_PATTERNS.map((r, i) => ({ where: `dateline.ts pattern ${i + 1}`, source: r.source })),
    ...context.furniture.generic.map((r) => ({ where: `content/rules/generic.yaml ${r.id}`, source: r.regex.source })),
    ...context.furniture.publishers.flatMap((p) => [
      ...p.compiled.map((r) => ({ where: `content/publishers/${p.id}.yaml ${r.id}`, source: r.regex.source })),
      ...p.detectors.map((r) => ({ where: `content/publishers/${p.id}.yaml detect`, source: r.source })),
    ]),
  ];
  for (const { where, source } of patterns) {
    it(`${where}: no nested or ambiguous repeats in /${source.length > 60 ? `${source.slice(0, 60)}…` : source}/`, () => {
      assert.deepEqual(backtrackingRisks(source), [], `/${source}/ (${where})`);
    });
  }

  it('the audit does catch the shapes it looks for, naming the repeat at fault as written', () => {
    const caught = (pattern: string) => backtrackingRisks(pattern).map((risk) => [risk.repeat, risk.problem]);
    assert.deepEqual(caught('x(a+)+y'), [['(a+)+', 'holds another unbounded repeat that can run on into its next round']]);
    assert.deepEqual(caught('(a|ab)*'), [['(a|ab)*', 'repeats alternatives that can start with the same character']]);
    assert.deepEqual(caught('(?:x*)*'), [
      ['(?:x*)*', 'repeats a body that can match nothing'],
      ['(?:x*)*', 'holds another unbounded repeat that can run on into its next round'],
    ]);
    assert.deepEqual(caught('a\\s*\\s*$'), [['\\s*', 'runs straight into `\\s*`, another unbounded repeat over the same characters']]);
    assert.deepEqual(caught('(\\w+\\s?)+$'), [['(\\w+\\s?)+', 'holds another unbounded repeat that can run on into its next round']]);
  });

  it('ingests and writes a 5 MB hostile source', () => {
    const seed = readFileSync(join(contentDir, 'sources', '2018-10-30-beritajakarta-anies-panelis-u20-mayors-summit.txt'), 'utf8');
    const source = hostileSource(seed, 5e6);
    const { reports, articles } = ingestCorpus([{ file: 'huge.txt', bytes: new TextEncoder().encode(source) }], context);
    assert.equal(reports[0]!.status, 'ok', JSON.stringify(reports[0]!.errors));
    assert.ok(renderArticle(articles[0]!).length > 4e6);
  });
});
