import { toHtml } from 'hast-util-to-html';
import { mdxToHast, type Features, type HastNode } from 'satteri';

/** Where in an article's body something was found, 1-based as editors count. */
export interface BodyPoint {
  line: number;
  column: number;
}

/** An article body that is not text: MDX the parser refuses, or MDX that would run as code. */
export class NotTextError extends Error {
  readonly point: BodyPoint | undefined;

  constructor(problem: string, point: BodyPoint | undefined) {
    super(problem);
    this.name = 'NotTextError';
    this.point = point;
  }
}

/** The MDX nodes that are code, not text, in the words an error gives them. */
const CODE: Readonly<Record<string, string>> = {
  mdxjsEsm: 'an import or export statement',
  mdxJsxFlowElement: 'a JSX element',
  mdxJsxTextElement: 'a JSX element',
  mdxFlowExpression: 'a {…} expression',
  mdxTextExpression: 'a {…} expression',
};

const childrenOf = (node: HastNode): readonly HastNode[] => ('children' in node ? node.children : []);

function findCode(node: HastNode): HastNode | undefined {
  if (node.type in CODE) return node;
  for (const child of childrenOf(node)) {
    const code = findCode(child);
    if (code) return code;
  }
  return undefined;
}

function parse(body: string, features: Features): HastNode {
  try {
    return mdxToHast(body, { features, position: true });
  } catch (error) {
    // satteri leads its parse errors with the place: "3:14: Unexpected …".
    const message = error instanceof Error ? error.message : String(error);
    const [, line, column, problem] = /^(\d+):(\d+): ([\s\S]*)$/.exec(message) ?? [];
    const point = line && column ? { line: Number(line), column: Number(column) } : undefined;
    throw new NotTextError(`it is not valid MDX: ${problem ?? message}`, point);
  }
}

/**
 * An article body, as the ingest writes it (text serialised as MDX), turned into HTML by the same
 * parser @astrojs/mdx compiles with. The HTML is made from the syntax tree and nothing is evaluated,
 * so a body that would import, render a component or compute an expression is refused, not run.
 */
export function renderTextOnlyMdx(body: string, features: Features): string {
  const tree = parse(body, features);
  const code = findCode(tree);
  if (code) {
    const start = code.position?.start;
    const excerpt = start && code.position?.end ? body.slice(start.offset ?? 0, code.position.end.offset).split('\n')[0] : undefined;
    throw new NotTextError(`it holds ${CODE[code.type]}${excerpt ? ` (${excerpt})` : ''}, which MDX would run as code`, start);
  }
  return toHtml(tree);
}
