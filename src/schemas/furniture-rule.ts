import { z } from 'zod';
import { backtrackingRisks } from '../lib/regex-backtracking.ts';
import { kebabId } from './kebab-id.ts';

const ruleId = kebabId();

/** A pattern written as a JavaScript literal, `/iklan/i`: its slashes and flags would be text to match. */
const SLASHED = /^\/(.+)\/[a-z]*$/su;

/**
 * What is wrong with a furniture pattern, as one clause with how to mend it. The cleaner matches
 * every pattern against every line of every source, so besides compiling, a pattern must not
 * backtrack catastrophically: one line that almost matches would stall the whole ingest.
 */
function patternProblem(source: string): string | undefined {
  const slashed = SLASHED.exec(source);
  if (slashed) return `written between slashes, which would be matched as text, so it never matches; write only what is between them, '${slashed[1]}': every pattern ignores case and matches whole lines`;
  try {
    new RegExp(source, 'iu');
  } catch (error) {
    const reason = (error as SyntaxError).message.replace(/^.*: /, '');
    return `not a valid regular expression with the flags i and u (${reason}); correct it, escaping with a backslash any of ( ) [ ] { } | that stand for themselves`;
  }
  const [risk] = backtrackingRisks(source);
  return risk && `the repeat \`${risk.repeat}\` ${risk.problem}, so a line that almost matches takes exponential time; ${risk.rewrite}`;
}

const pattern = z.string().superRefine((source, context) => {
  const problem = patternProblem(source);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

/** One kind of page furniture the cleaner removes. */
export const furnitureRuleSchema = z.strictObject({
  /** Names the rule in the ingest report, next to every line it removed. */
  id: ruleId,
  /** What a reader would call the thing removed. */
  removes: z.string().min(1),
  /** Regular expression matched case-insensitively against the whole trimmed line. */
  match: pattern,
  /** Only when the next non-blank line is removed by this rule (a caption above its credit). */
  before: ruleId.optional(),
  /** The line starts a block that runs until a line another rule matches, or a line of prose (clean.ts). */
  block: z.boolean().default(false),
  /** What to keep from the block instead of dropping it. */
  keep: z.enum(['related']).optional(),
}).superRefine((rule, context) => {
  // Only a block has lines to keep: without `block: true` the rule would drop its one line and keep nothing.
  if (rule.keep && !rule.block) context.addIssue({ code: 'custom', path: ['keep'], message: `\`keep: ${rule.keep}\` keeps lines of a block; add \`block: true\`, or remove \`keep\`` });
});

/** A host name as an address carries it, "beritajakarta.id". */
const HOST = /^(?:[a-z\d-]+\.)+[a-z]{2,}$/iu;

/**
 * A domain is compared with the host of a source's `url`: written as an address, with "https://" or
 * a path, it equals no host, and the publisher's rules would never be chosen by it.
 */
const domain = z.string().superRefine((value, context) => {
  if (HOST.test(value)) return;
  const host = URL.parse(/^[a-z]+:\/\//iu.test(value) ? value : `https://${value}`)?.hostname.replace(/^www\./u, '');
  const write = host && HOST.test(host) ? `"${host}"` : 'a host name, like "beritajakarta.id"';
  context.addIssue({ code: 'custom', message: `write ${write} alone, without "https://" or a path: an address on it or on any of its subdomains belongs to this publisher` });
});

export const publisherSchema = z.strictObject({
  id: ruleId,
  /** As the site shows it. */
  name: z.string().min(1),
  /** Hosts of its URLs; a source whose `url` is on one of them belongs to it. */
  domains: z.array(domain).min(1),
  /** Lines only its pages carry (patterns), to recognise a source with no `publisher` or `url`. */
  detect: z.array(pattern).default([]),
  rules: z.array(furnitureRuleSchema).default([]),
});

export type FurnitureRule = z.infer<typeof furnitureRuleSchema>;
export type Publisher = z.infer<typeof publisherSchema>;
