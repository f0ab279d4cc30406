import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright';
import { drawGraph, type Drawing } from '../../src/lib/graph/drawing.ts';
import { layoutGraph } from '../../src/lib/graph/layout-graph.ts';
import { buildGraph } from '../../src/lib/graph/model.ts';
import { chromiumArgs, findBrowser } from '../browser.ts';
import { syntheticGraphInput } from './synthetic-graph.ts';

/**
 * How the network view scales: build-time layout and labelling of synthetic graphs, then the
 * browser's cost of the same SVG with the page's own script — load, a highlight, zoom frames.
 * `node scripts/bench/graph-scale.ts [sizes…]`, default 100 500 2000.
 */

export interface GraphScaleRun {
  nodes: number;
  edges: number;
  layoutSeconds: number;
  labelSeconds: number;
  svgKB: number;
  loadMs: number;
  highlightMs: number;
  zoomFrameMs: number;
}

const seconds = (start: number) => (performance.now() - start) / 1000;

/** The markup NetworkGraph.astro writes, reduced to what the script reads. */
function svgMarkup({ viewBox, nodes, edges }: Drawing): string {
  const lines = edges.map((e) => `<line class="edge rel-${e.relation}" x1="${e.x1}" y1="${e.y1}" x2="${e.x2}" y2="${e.y2}" data-source="${e.source}" data-target="${e.target}"/>`);
  const marks = nodes.map(
    (n) =>
      `<a href="#${n.node.id}" class="node type-${n.node.type}${n.label.zoom === 1 ? ' labelled' : ''}" data-id="${n.node.id}" data-type="${n.node.type}" data-years="${n.node.years.join(' ')}" data-x="${n.x}" data-y="${n.y}"><circle class="mark" cx="${n.x}" cy="${n.y}" r="${n.r}"/><text class="label" x="${n.label.x}" y="${n.label.y}" dx="${n.label.dx}" dy="${n.label.dy}">${n.text}</text></a>`,
  );
  return `<svg data-graph viewBox="${viewBox.join(' ')}" style="width:100%;height:80vh"><g class="viewport"><g class="edges">${lines.join('')}</g><g class="nodes">${marks.join('')}</g></g></svg>`;
}

const page = (svg: string) => `<!doctype html><meta charset="utf-8"><style>.edge{stroke:#ccc}.label{display:none}.labelled .label{display:inline}.is-hidden{display:none}.is-highlighting .node:not(.is-near){opacity:.2}</style>
<div data-network data-texts='{"shown":"{n}/{total}","found":"{name}","notFound":"{q}"}'><form data-network-controls><select name="year"><option value=""></option></select><input name="q"></form>${svg}<p data-status></p></div><script src="network.js"></script>`;

async function measureGraphScale(sizes: readonly number[]): Promise<GraphScaleRun[]> {
  const dir = mkdtempSync(join(tmpdir(), 'graph-scale-'));
  const runs: GraphScaleRun[] = [];
  let browser: Browser | undefined;
  try {
    await build({ entryPoints: ['src/browser/network.ts'], bundle: true, minify: true, format: 'iife', outfile: join(dir, 'network.js'), logLevel: 'error' });
    browser = await chromium.launch({ executablePath: findBrowser(), args: chromiumArgs() });
    for (const size of sizes) {
      const graph = buildGraph(syntheticGraphInput(size));
      let start = performance.now();
      const layout = layoutGraph(graph);
      const layoutSeconds = seconds(start);
      start = performance.now();
      const drawing = drawGraph(graph, 'en', { layout });
      const labelSeconds = seconds(start);
      const svg = svgMarkup(drawing);
      writeFileSync(join(dir, `${size}.html`), page(svg));

      const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      start = performance.now();
      await tab.goto(`file://${join(dir, `${size}.html`)}`);
      await tab.waitForSelector('[data-network][data-enhanced]', { state: 'attached' });
      const loadMs = performance.now() - start;
      const highlightMs = await tab.evaluate(() => {
        const node = document.querySelector<SVGAElement>('.node');
        const t0 = performance.now();
        node?.focus();
        document.body.getBoundingClientRect();
        return performance.now() - t0;
      });
      const box = (await tab.locator('svg[data-graph]').boundingBox())!;
      await tab.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const zoomFrameMs = await tab.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const frames: number[] = [];
            let last = performance.now();
            const svg = document.querySelector('svg[data-graph]')!;
            const step = (i: number) => {
              svg.dispatchEvent(new WheelEvent('wheel', { deltaY: i % 2 ? 40 : -40, clientX: 640, clientY: 400, bubbles: true, cancelable: true }));
              requestAnimationFrame(() => {
                const now = performance.now();
                frames.push(now - last);
                last = now;
                if (i < 30) step(i + 1);
                else resolve(frames.slice(1).reduce((a, b) => a + b, 0) / (frames.length - 1));
              });
            };
            step(0);
          }),
      );
      await tab.close();
      runs.push({ nodes: graph.nodes.length, edges: graph.edges.length, layoutSeconds, labelSeconds, svgKB: Buffer.byteLength(svg) / 1024, loadMs, highlightMs, zoomFrameMs });
    }
  } finally {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return runs;
}

if (import.meta.main) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const runs = await measureGraphScale(sizes.length ? sizes : [100, 500, 2000]);
  console.table(
    runs.map((r) => ({
      nodes: r.nodes,
      edges: r.edges,
      'layout s': r.layoutSeconds.toFixed(2),
      'labels s': r.labelSeconds.toFixed(2),
      'SVG KB': r.svgKB.toFixed(0),
      'load ms': r.loadMs.toFixed(0),
      'highlight ms': r.highlightMs.toFixed(1),
      'zoom frame ms': r.zoomFrameMs.toFixed(1),
    })),
  );
}
