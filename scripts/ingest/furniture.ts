import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readDataFile } from './data-file.ts';
import { furnitureRuleSchema, publisherSchema, type FurnitureRule, type Publisher } from '../../src/schemas/furniture-rule.ts';

export interface CompiledRule extends FurnitureRule {
  regex: RegExp;
}

export interface Furniture {
  generic: CompiledRule[];
  publishers: (Publisher & { compiled: CompiledRule[]; detectors: RegExp[] })[];
}

const whole = (source: string): RegExp => new RegExp(`^(?:${source})$`, 'iu');

export const compileRules = (rules: FurnitureRule[]): CompiledRule[] => rules.map((rule) => ({ ...rule, regex: whole(rule.match) }));

/** Reads `rules/generic.yaml` and `publishers/*.yaml` under the content folder, validated. */
export function loadFurniture(contentDir: string): Furniture {
  const generic = readDataFile(join(contentDir, 'rules', 'generic.yaml'), z.array(furnitureRuleSchema));
  const dir = join(contentDir, 'publishers');
  const publishers = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => readDataFile(join(dir, f), publisherSchema))
    .map((p) => ({ ...p, compiled: compileRules(p.rules), detectors: p.detect.map(whole) }));
  return { generic: compileRules(generic), publishers };
}
