import { join } from 'node:path';
import { z } from 'zod';
import { furnitureRuleSchema, publisherSchema, type FurnitureRule, type Publisher } from '../../src/schemas/furniture-rule.ts';
import { byCodeUnits } from '../../src/lib/code-unit-order.ts';
import { STRUCTURAL_RULES } from './clean.ts';
import { dataFolderFiles } from './data-folder.ts';
import { DataFileError, placeAt, readDataFile, requireUnique, shownPath } from './data-file.ts';

export interface CompiledRule extends FurnitureRule {
  regex: RegExp;
}

export interface Furniture {
  generic: CompiledRule[];
  publishers: (Publisher & { compiled: CompiledRule[]; detectors: RegExp[] })[];
}

/** The rules for every publisher, in content/rules/. */
export const GENERIC_RULES = 'generic.yaml';

const whole = (source: string): RegExp => new RegExp(`^(?:${source})$`, 'iu');

const compileRules = (rules: FurnitureRule[]): CompiledRule[] => rules.map((rule) => ({ ...rule, regex: whole(rule.match) }));

/** Reads `rules/generic.yaml` and `publishers/*.yaml` under the content folder, validated. */
export function loadFurniture(contentDir: string): Furniture {
  const genericFile = join(contentDir, 'rules', GENERIC_RULES);
  const generic = readDataFile(genericFile, z.array(furnitureRuleSchema));
  const dir = join(contentDir, 'publishers');
  const publishers = dataFolderFiles(dir, 'a publisher')
    .map((f) => ({ file: join(dir, f), publisher: readDataFile(join(dir, f), publisherSchema) }));
  requireUnique(
    publishers.map(({ file, publisher }) => ({ file, path: ['id'], value: publisher.id })),
    (id, owner) => `publisher id "${id}" is already ${owner}; front matter names a publisher by its id, so give each publisher file an id of its own`,
  );
  checkRules({ file: genericFile, at: [], rules: generic }, publishers.map(({ file, publisher }) => ({ file, at: ['rules'], rules: publisher.rules })));
  return {
    generic: compileRules(generic),
    publishers: publishers.map(({ publisher: p }) => ({ ...p, compiled: compileRules(p.rules), detectors: p.detect.map(whole) })),
  };
}

interface RuleFile {
  file: string;
  /** Where the file's list of rules is: the whole file, or a publisher's `rules`. */
  at: readonly PropertyKey[];
  rules: readonly FurnitureRule[];
}

/**
 * The report names every removed line's rule by its id, so an id names one rule in all the files
 * and the cleaner's own. A `before` that names no rule the source is cleaned with would never fire.
 */
function checkRules(generic: RuleFile, publishers: readonly RuleFile[]): void {
  const files = [generic, ...publishers];
  const own = new Map(Object.keys(STRUCTURAL_RULES).map((id) => [id, "one of the cleaner's own rules (STRUCTURAL_RULES in scripts/ingest/clean.ts)"]));
  requireUnique(
    files.flatMap(({ file, at, rules }) => rules.map((rule, index) => ({ file, path: [...at, index, 'id'], value: rule.id }))),
    (id, owner) => `rule id "${id}" is already ${owner}; the ingest report names each removed line's rule by its id, so give this rule an id of its own`,
    own,
  );
  for (const { file, at, rules } of files) {
    const usable = new Set([...generic.rules, ...rules].map((r) => r.id));
    for (const [index, rule] of rules.entries()) {
      if (rule.before === rule.id) {
        throw new DataFileError(
          `${placeAt(file, [...at, index, 'before'])}: rule "${rule.id}" has \`before: ${rule.before}\`, its own id, so it waits for a line after it that it removes itself; write the id of the rule that removes the line after the one "${rule.id}" removes, or remove \`before\``,
        );
      }
      if (rule.before && !usable.has(rule.before)) {
        throw new DataFileError(
          `${placeAt(file, [...at, index, 'before'])}: rule "${rule.id}" has \`before: ${rule.before}\`, which names no rule in this file${file === generic.file ? '' : ` or in ${shownPath(generic.file)}`}; write the id of the rule that removes the line after the one "${rule.id}" removes`,
        );
      }
    }
  }
}

/** What each rule removes, by id, in the report beside the removed lines that name them. */
export function ruleCatalogue(furniture: Furniture): Record<string, string> {
  const data = [...furniture.generic, ...furniture.publishers.flatMap((p) => p.compiled)].map((r): [string, string] => [r.id, r.removes]);
  return Object.fromEntries([...Object.entries(STRUCTURAL_RULES), ...data].sort(([a], [b]) => byCodeUnits(a, b)));
}
