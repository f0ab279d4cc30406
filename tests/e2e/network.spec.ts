import type { BrowserContext, Locator, Page } from '@playwright/test';
import sharp from 'sharp';
import { useTranslations } from '../../src/i18n/index.ts';
import { squash } from './content.ts';
import { expect, expectAccessible, test } from './fixtures.ts';
import { readPdf } from './pdf.ts';

interface GraphData {
  nodes: { id: string; type: string; years: number[]; events: string[]; name: { id: string; en: string } }[];
  edges: { source: string; target: string; relation: string }[];
}

const SUMMIT = 'u20-mayors-summit-2018';
const node = (page: Page, id: string) => page.locator(`svg[data-graph] .node[data-id="${id}"]`);
/** Types `query` into the network's find field and submits it with Enter. */
const find = async (page: Page, query: string, label = 'Find in the graph') => {
  await page.getByLabel(label).fill(query);
  await page.getByLabel(label).press('Enter');
};
/** How far Jakarta's mark lies from the middle of the picture's box, across, in pixels. */
const jakartaOffMiddle = (page: Page) =>
  page.locator('svg[data-graph]').evaluate((svg) => {
    const box = svg.parentElement!;
    const mark = svg.querySelector('.node.centre .mark')!.getBoundingClientRect();
    return mark.left + mark.width / 2 - (box.getBoundingClientRect().left + box.clientLeft + box.clientWidth / 2);
  });
/** The marks of the nodes shown, and the labels on show, that lie outside the picture's box as it is scrolled, by node and part. */
const outsideBox = (page: Page) =>
  page.locator('svg[data-graph]').evaluate((svg) => {
    const box = svg.parentElement!.getBoundingClientRect();
    const parts = [...svg.querySelectorAll<SVGElement>('.node:not(.is-hidden) :is(.mark, .label)')].filter((el) => getComputedStyle(el).display !== 'none');
    // A pixel's leeway: at 375 px the whole drawing, zoomed all the way out, fits with less than one to spare.
    const outside = (r: DOMRect) => r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1;
    return parts.filter((el) => outside(el.getBoundingClientRect())).map((el) => `${el.closest<SVGElement>('.node')?.dataset['id']} ${el.getAttribute('class')}`);
  });
const zoomScale = (page: Page) => page.locator('svg[data-graph] .viewport').evaluate((g: SVGGElement) => g.transform.baseVal.consolidate()?.matrix.a ?? 1);
const scrolledBy = (page: Page) => page.locator('svg[data-graph]').evaluate((svg) => svg.parentElement!.scrollLeft);
/** A partner city's link on the map, found by the first line of its card. */
const mapCity = (page: Page, name: string) => page.locator('svg.world a.city:not(.centre)').filter({ has: page.locator(`text=${name}`) });
/** The middle of an element's box on screen. */
const middle = async (locator: Locator) => {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};
const visibleIds = (page: Page) => page.locator('svg[data-graph] .node:not(.is-hidden)').evaluateAll((els) => els.map((e) => (e as SVGElement).dataset['id']).sort());

let graph: GraphData;
test.beforeAll(async ({ request, baseURL }) => {
  graph = (await (await request.get(`${baseURL}data/graph.json`)).json()) as GraphData;
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the graph, its labels, its table and the map are already drawn', async ({ page }) => {
    await page.goto('en/network/');
    await expect(page.locator('svg[data-graph] .node')).toHaveCount(graph.nodes.length);
    await expect(page.locator('svg[data-graph] .edge')).toHaveCount(graph.edges.length);
    await expect(page.locator('svg[data-graph] .labelled .label').filter({ hasText: 'U20 Mayors Summit 2018' })).toBeVisible();
    await expect(page.locator('table.edges-table tbody tr')).toHaveCount(graph.edges.length);
    // Named by the sentence above it, in a region a keyboard can scroll where a phone is too narrow.
    const caption = 'Every line in the graph: who is linked to what, and how.';
    // Several screens long on a phone, it opens on request, with no script needed; print shows it whole.
    await expect(page.getByRole('table', { name: caption })).toBeHidden();
    const show = page.getByText(`Show the ${graph.edges.length} links as a table`);
    await show.click();
    await expect(page.getByRole('table', { name: caption })).toBeVisible();
    await expect(page.getByRole('region', { name: caption })).toHaveAttribute('tabindex', '0');
    await show.click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('table', { name: caption })).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('svg.world .city')).toHaveCount(graph.nodes.filter((n) => n.type === 'city').length);
    // The land comes from the shared base-layer file: once loaded, it spans nearly the whole map's width.
    const land = page.locator('svg.world use.land');
    await expect.poll(() => land.evaluate((use) => (use as SVGGraphicsElement).getBBox().width)).toBeGreaterThan(900);
    await expect(page.locator('form[data-network-controls]')).toBeHidden();
    // Its help tells how to drag, zoom and use the keys, which all need the script.
    await expect(page.locator('.help')).toBeHidden();
    // A graph node with focusable links must not sit inside role=img (axe: nested-interactive).
    await expect(page.locator('svg[data-graph]')).not.toHaveAttribute('role', 'img');
  });

  test('on a phone, the picture opens on Jakarta in the middle of its box', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('en/network/');
    expect(await scrolledBy(page)).toBeGreaterThan(0);
    expect(Math.abs(await jakartaOffMiddle(page))).toBeLessThan(2);
  });

  test('every node is a link to its page, also in the list of nodes', async ({ page }) => {
    await page.goto('id/network/');
    await expect(node(page, 'c40')).toHaveAttribute('href', /\/id\/organisations\/c40\/$/);
    await expect(node(page, SUMMIT)).toHaveAttribute('href', new RegExp(`/id/engagements/${SUMMIT}/$`));
    await expect(page.locator('#nodes ~ .groups a, section:has(#nodes) a')).toHaveCount(graph.nodes.length);
  });
});

test.describe('with JavaScript', () => {
  test('keyboard focus highlights a node and its neighbours', async ({ page }) => {
    await page.goto('en/network/');
    await node(page, 'c40').focus();
    await expect(page.locator('svg[data-graph]')).toHaveClass(/is-highlighting/);
    const near = await page.locator('svg[data-graph] .node.is-near').evaluateAll((els) => els.map((e) => (e as SVGElement).dataset['id']).sort());
    const expected = new Set(['c40']);
    for (const e of graph.edges) {
      if (e.source === 'c40') expected.add(e.target);
      if (e.target === 'c40') expected.add(e.source);
    }
    expect(near).toEqual([...expected].sort());
    await expect(node(page, 'c40').locator('.label')).toBeVisible();
    // The names that recede stay readable: opaque, in a colour that keeps 4.5:1 on the page.
    const receding = await page.locator('svg[data-graph] .node:not(.is-near) .label').evaluateAll((labels) =>
      labels
        .filter((label) => getComputedStyle(label).display !== 'none')
        .map((label) => {
          let opacity = 1;
          for (let e: Element | null = label; e && e.tagName !== 'svg'; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
          return { name: label.textContent, opacity, fill: getComputedStyle(label).fill, page: getComputedStyle(document.body).backgroundColor };
        }),
    );
    expect(receding.length).toBeGreaterThan(0);
    for (const label of receding) {
      expect(label.opacity, `${label.name}'s opacity`).toBe(1);
      expect(contrast(label.fill, label.page), `${label.name}'s contrast`).toBeGreaterThanOrEqual(4.5);
    }
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('svg[data-graph] .node:focus')).toHaveCount(1);
    await expect(node(page, 'c40')).not.toHaveClass(/is-near/);
  });

  test('the graph’s figure keeps its short name when the caption’s status speaks', async ({ page }) => {
    await page.goto('en/network/?type=city');
    await expect(page.locator('[data-status]')).not.toBeEmpty();
    await expect(page.getByRole('figure', { name: 'Network graph: engagements, cities and organisations', exact: true })).toBeVisible();
  });

  test('the zoom buttons come before the nodes in the tab order, as they sit above the picture', async ({ page }) => {
    await page.goto('en/network/');
    await page.getByRole('button', { name: 'Find', exact: true }).focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip the graph' })).toBeFocused();
    for (const name of ['Zoom in', 'Zoom out', 'Reset view']) {
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name, exact: true })).toBeFocused();
    }
    // The nodes are one stop, entered at Jakarta, whom the picture is drawn around.
    await page.keyboard.press('Tab');
    await expect(node(page, 'jakarta')).toBeFocused();
  });

  test.describe('the keyboard in the picture', () => {
    type Placed = { id: string; x: number; y: number };
    const placed = (page: Page) =>
      page.locator('svg[data-graph] .node:not(.is-hidden)').evaluateAll((els) => els.map((e) => ({ id: (e as SVGElement).dataset['id'] ?? '', x: Number((e as SVGElement).dataset['x']), y: Number((e as SVGElement).dataset['y']) })));
    const focusedId = (page: Page) => page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset?.['id']);
    /** The nearest node within 45° of an arrow's way, as a reader looking that way sees it. */
    const nearestToward = (from: Placed, nodes: Placed[], [dx, dy]: [number, number]) =>
      nodes
        .map((n) => ({ n, along: (n.x - from.x) * dx + (n.y - from.y) * dy, across: Math.abs((n.x - from.x) * dy - (n.y - from.y) * dx) }))
        .filter(({ along, across }) => along > 0 && across <= along)
        .sort((a, b) => Math.hypot(a.along, a.across) - Math.hypot(b.along, b.across))[0]?.n.id;

    test('the arrow keys move the focus to the nearest node that way, Home and End to the corners', async ({ page }) => {
      await page.goto('en/network/');
      const nodes = await placed(page);
      const jakarta = nodes.find((n) => n.id === 'jakarta')!;
      const arrows = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] } as const;
      for (const [key, way] of Object.entries(arrows)) {
        await node(page, 'jakarta').focus();
        const expected = nearestToward(jakarta, nodes, [...way]);
        expect(expected, `a node lies ${key} of Jakarta`).toBeDefined();
        await page.keyboard.press(key);
        await expect(node(page, expected!), key).toBeFocused();
        // Its neighbours light up, as for a node reached with Tab.
        await expect(node(page, expected!)).toHaveClass(/is-near/);
      }
      const corner = (sign: number) => [...nodes].sort((a, b) => sign * (a.x + a.y - (b.x + b.y)))[0]!.id;
      await page.keyboard.press('Home');
      await expect(node(page, corner(1))).toBeFocused();
      await page.keyboard.press('End');
      await expect(node(page, corner(-1))).toBeFocused();
      // Enter still follows the node's link.
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${corner(-1)}/$`));
    });

    test('the nodes are one Tab stop, which remembers the node last in focus', async ({ page }) => {
      await page.goto('en/network/');
      await expect(page.locator('svg[data-graph] [tabindex="0"]')).toHaveCount(1);
      await page.getByRole('button', { name: 'Reset view' }).focus();
      await page.keyboard.press('Tab');
      await expect(node(page, 'jakarta')).toBeFocused();
      await page.keyboard.press('ArrowRight');
      const moved = await focusedId(page);
      expect(moved).not.toBe('jakarta');
      await page.keyboard.press('Tab');
      // Out of the picture after one stop, on to what follows it.
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('svg[data-graph]')))).toBe(false);
      await page.keyboard.press('Shift+Tab');
      await expect(node(page, moved!)).toBeFocused();
      await page.keyboard.press('Shift+Tab');
      await expect(page.getByRole('button', { name: 'Reset view' })).toBeFocused();
      // Still a link that says its name.
      await expect(node(page, moved!)).toHaveAccessibleName(/ — /);
    });

    test('a filter keeps one Tab stop among the nodes it shows, and the keys skip the hidden ones', async ({ page }) => {
      await page.goto('en/network/');
      await page.getByLabel('Node type', { exact: true }).selectOption('organisation');
      await expect(node(page, 'jakarta')).toBeHidden();
      await expect(page.locator('svg[data-graph] .node[tabindex="0"]')).toHaveCount(1);
      await expect(page.locator('svg[data-graph] .node:not(.is-hidden)[tabindex="0"]')).toHaveCount(1);
      await page.getByRole('button', { name: 'Reset view' }).focus();
      await page.keyboard.press('Tab');
      await expect(page.locator('svg[data-graph] .node:focus:not(.is-hidden)')).toHaveCount(1);
      const shown = new Set((await placed(page)).map((n) => n.id));
      for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowLeft', 'ArrowUp', 'Home', 'End']) {
        await page.keyboard.press(key);
        expect(shown.has((await focusedId(page)) ?? ''), `${key} stays on the nodes shown`).toBe(true);
      }
    });

    test('Escape lets go of the highlights and leaves the nodes for the picture', async ({ page }) => {
      await page.goto('en/network/');
      await find(page, 'Casablanca');
      await expect(node(page, 'casablanca')).toBeFocused();
      await expect(node(page, 'casablanca')).toHaveClass(/is-active/);
      const svg = page.locator('svg[data-graph]');
      await expect(svg).toHaveClass(/is-highlighting/);
      await page.keyboard.press('Escape');
      await expect(svg).toBeFocused();
      await expect(svg).not.toHaveClass(/is-highlighting/);
      await expect(page.locator('svg[data-graph] :is(.is-near, .is-active)')).toHaveCount(0);
      // An arrow goes back to the node it left; Tab leaves the picture, as out of any widget, and
      // Shift+Tab comes back to that node.
      await page.keyboard.press('ArrowUp');
      await expect(node(page, 'casablanca')).toBeFocused();
      await page.keyboard.press('Escape');
      await page.keyboard.press('Tab');
      await expect(svg).not.toBeFocused();
      expect(await page.evaluate(() => document.activeElement?.closest('svg[data-graph]') ?? null)).toBeNull();
      await page.keyboard.press('Shift+Tab');
      await expect(node(page, 'casablanca')).toBeFocused();
    });

    test('a click on the background leaves the arrow keys to the page', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 1000 });
      await page.goto('en/network/');
      const svg = page.locator('svg[data-graph]');
      // Focusable once the script has made it so, which is when a click could hand it the keys.
      await expect(svg).toHaveAttribute('tabindex', '-1');
      await page.evaluate(() => scrollTo(0, 150));
      const box = await svg.boundingBox();
      if (!box) throw new Error('the picture has no box');
      // The picture's bottom right corner, where nothing is drawn. Clicked through the locator, which
      // waits for the picture to stand still: a box measured first went stale once, under load.
      await svg.click({ position: { x: box.width - 20, y: box.height - 20 } });
      await expect(svg).toBeFocused();
      const before = await page.evaluate(() => scrollY);
      await page.keyboard.press('ArrowDown');
      await expect(svg).toBeFocused();
      await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before);
    });

    for (const scheme of ['light', 'dark'] as const) {
      test(`a node in focus is ringed apart from its own colour, ${scheme} theme`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto('en/network/');
        for (const id of ['smart-city-expo-casablanca', 'casablanca', 'u20-mayors-summit-2018']) {
          await node(page, id).focus();
          await page.keyboard.press('Shift');
          const { stroke, fill } = await node(page, id).locator('.mark').evaluate((mark) => ({ stroke: getComputedStyle(mark).stroke, fill: getComputedStyle(mark).fill }));
          // WCAG's 3:1 for parts of a graphic: the ring must be seen against the mark it rings.
          expect(contrast(stroke, fill), `${id}: ${stroke} around ${fill}`).toBeGreaterThanOrEqual(3);
        }
      });
    }

    test('Tab brings a node the zoom left off screen back into the picture', async ({ page }) => {
      await page.goto('en/network/');
      await page.locator('svg[data-graph]').scrollIntoViewIfNeeded();
      for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.getByRole('button', { name: 'Reset view' }).focus();
      await page.keyboard.press('Tab');
      await expect(node(page, 'jakarta')).toBeFocused();
      const inside = async () => {
        const [mark, frame] = await Promise.all([node(page, 'jakarta').locator('.mark').boundingBox(), page.locator('.stage').boundingBox()]);
        return Boolean(mark && frame && mark.x >= frame.x && mark.x + mark.width <= frame.x + frame.width && mark.y >= frame.y && mark.y + mark.height <= frame.y + frame.height);
      };
      await expect.poll(inside).toBe(true);
    });
  });

  test('the zoom buttons are unavailable at the zoom limits, however the zoom got there', async ({ page }) => {
    await page.goto('en/network/');
    const [zoomIn, zoomOut] = [page.getByRole('button', { name: 'Zoom in' }), page.getByRole('button', { name: 'Zoom out' })];
    const scale = async () => Number(/scale\(([\d.]+)\)/.exec((await page.locator('svg[data-graph] .viewport').getAttribute('transform')) ?? '')?.[1]);
    await expect(zoomIn).toBeEnabled();
    await zoomOut.click();
    await zoomOut.click();
    await expect.poll(scale).toBe(0.5);
    await expect(zoomOut).toHaveAttribute('aria-disabled', 'true');
    await expect(zoomIn).not.toHaveAttribute('aria-disabled', 'true');
    // By keyboard to the other limit: the button keeps focus once it is unavailable.
    await zoomIn.focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('Enter');
    await expect.poll(scale).toBe(8);
    await expect(zoomIn).toHaveAttribute('aria-disabled', 'true');
    await expect(zoomIn).toBeFocused();
    await expect(zoomOut).toHaveAttribute('aria-disabled', 'false');
    await page.getByRole('button', { name: 'Reset view' }).click();
    await expect(zoomIn).toHaveAttribute('aria-disabled', 'false');
    // The wheel reaches the limits too.
    const box = (await page.locator('svg[data-graph]').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // One notch at a time: at the limit d3 leaves the wheel to scroll the page, which would move the picture away.
    for (let i = 0; i < 12 && (await zoomOut.getAttribute('aria-disabled')) !== 'true'; i++) await page.mouse.wheel(0, 300);
    await expect(zoomOut).toHaveAttribute('aria-disabled', 'true');
    await page.mouse.wheel(0, -100);
    await expect(zoomOut).toHaveAttribute('aria-disabled', 'false');
  });

  for (const [lang, skipGraph, skipMap] of [['en', 'Skip the graph', 'Skip the map'], ['id', 'Lewati grafik', 'Lewati peta']] as const) {
    test(`skip links take the keyboard past the graph's nodes and the map's cities (${lang})`, async ({ page }) => {
      await page.goto(`${lang}/network/`);
      const graphSkip = page.getByRole('link', { name: skipGraph });
      await graphSkip.focus();
      // Out of sight until it has focus, then inside the picture's frame.
      const [link, stage] = await Promise.all([graphSkip.boundingBox(), page.locator('.stage').boundingBox()]);
      expect(link!.width).toBeGreaterThan(40);
      expect(link!.y).toBeGreaterThanOrEqual(stage!.y);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', { name: skipMap })).toBeFocused();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await expect(page.locator('section:has(#nodes) a').first()).toBeFocused();
    });
  }

  test('find focuses a node by either language name, accents optional', async ({ page }) => {
    await page.goto('id/network/');
    await page.getByLabel('Cari di grafik').fill('sao paulo');
    await page.getByRole('button', { name: 'Temukan' }).click();
    await expect(node(page, 'sao-paulo')).toBeFocused();
    await expect(node(page, 'sao-paulo')).toHaveClass(/is-active/);
    await find(page, 'World Bank', 'Cari di grafik');
    await expect(node(page, 'world-bank')).toBeFocused();
    await find(page, 'Atlantis', 'Cari di grafik');
    await expect(page.locator('[data-status]')).toHaveText('Tidak ada yang bernama “Atlantis” di grafik. Cari “Atlantis” di seluruh situs');
  });

  test('a find that misses links a site search for what was typed', async ({ page }) => {
    await page.goto('en/network/');
    await find(page, ' Atlantis & Troy ');
    const search = page.locator('[data-status]').getByRole('link', { name: 'Search the site for “Atlantis & Troy”' });
    await expect(search).toHaveAttribute('href', /\/en\/search\/\?q=Atlantis%20%26%20Troy$/);
    await search.click();
    await expect(page.locator('#q')).toHaveValue('Atlantis & Troy');
  });

  test('the engagement menu lists the engagements flat when no stand-alone article is drawn', async ({ page }) => {
    await page.goto('en/network/');
    const menu = page.getByLabel('Engagement', { exact: true });
    await expect(menu.locator('optgroup')).toHaveCount(0);
    await expect(menu.locator('option')).toHaveCount(1 + graph.nodes.filter((n) => n.type === 'engagement').length);
  });

  test('a find of a node a filter hides clears the filters, and keeps what was typed', async ({ page }) => {
    await page.goto('en/network/');
    await page.getByLabel('Year', { exact: true }).selectOption('2022');
    await expect(node(page, 'casablanca')).toBeHidden();
    await find(page, 'Casablanca');
    await expect(node(page, 'casablanca')).toBeFocused();
    await expect(page.getByLabel('Year', { exact: true })).toHaveValue('');
    await expect(page.getByLabel('Find in the graph')).toHaveValue('Casablanca');
    // The focus says what was found; the status, that the filters went.
    await expect(page.locator('[data-status]')).toHaveText(`${graph.nodes.length} of ${graph.nodes.length} nodes shown.`);
  });

  test('a find prefers an exact name on a hidden node to part of a name on a shown one', async ({ page }) => {
    await page.goto('en/network/');
    await page.getByLabel('Node type', { exact: true }).selectOption('organisation');
    await expect(node(page, 'jakarta')).toBeHidden();
    await find(page, 'Jakarta');
    await expect(node(page, 'jakarta')).toBeFocused();
    await expect(page.getByLabel('Node type', { exact: true })).toHaveValue('');
  });

  test('an empty find lets go of the found node without a complaint', async ({ page }) => {
    await page.goto('en/network/?q=Casablanca');
    await expect(node(page, 'casablanca')).toHaveClass(/is-active/);
    await find(page, '');
    await expect(page.locator('svg[data-graph] .node.is-active')).toHaveCount(0);
    await expect(page.locator('[data-status]')).toBeEmpty();
    await expect(page).toHaveURL(/\/en\/network\/$/);
  });

  test('back on the page, the filters the menus show are the ones applied', async ({ page }) => {
    await page.goto('en/network/');
    await page.getByLabel('Year', { exact: true }).selectOption('2022');
    await page.goto('en/organisations/c40/');
    await page.goBack();
    await expect(page.getByLabel('Year', { exact: true })).toHaveValue('2022');
    await expect.poll(() => visibleIds(page)).toEqual(graph.nodes.filter((n) => n.years.includes(2022)).map((n) => n.id).sort());
    await expect(page.locator('[data-status]')).toContainText(`of ${graph.nodes.length} nodes shown`);
  });

  test('keeps a find in the address, and opens on the node an address names', async ({ page }) => {
    await page.goto('id/network/');
    await find(page, 'World Bank', 'Cari di grafik');
    await expect(page).toHaveURL(/\/id\/network\/\?q=World\+Bank$/);
    await page.reload();
    await expect(page.getByLabel('Cari di grafik')).toHaveValue('World Bank');
    await expect(node(page, 'world-bank')).toBeFocused();
    await expect(node(page, 'world-bank')).toHaveClass(/is-active/);
    await page.getByRole('button', { name: 'Tampilan awal' }).click();
    await expect(page).toHaveURL(/\/id\/network\/$/);
  });

  test('keeps the filters in the address, drops what was emptied, and a reload or the other language restores them', async ({ page }) => {
    await page.goto('en/network/');
    await find(page, 'xyz');
    await page.getByLabel('Find in the graph').fill('');
    await page.getByLabel('Year', { exact: true }).selectOption('2022');
    await page.getByLabel('Node type', { exact: true }).selectOption('organisation');
    await expect(page).toHaveURL(/\/en\/network\/\?year=2022&type=organisation$/);
    const expected = graph.nodes.filter((n) => n.years.includes(2022) && (n.type === 'organisation' || ['engagement', 'article'].includes(n.type))).map((n) => n.id).sort();
    await expect.poll(() => visibleIds(page)).toEqual(expected);
    await expect(page.locator('[data-lang-switch]')).toHaveAttribute('href', /\/id\/network\/\?year=2022&type=organisation$/);
    await page.reload();
    await expect(page.getByLabel('Year', { exact: true })).toHaveValue('2022');
    await expect(page.getByLabel('Node type', { exact: true })).toHaveValue('organisation');
    await expect.poll(() => visibleIds(page)).toEqual(expected);
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(/\/id\/network\/\?year=2022&type=organisation$/);
    await expect(page.getByLabel('Tahun', { exact: true })).toHaveValue('2022');
    await expect.poll(() => visibleIds(page)).toEqual(expected);
  });

  test('a neighbourhood drawing opens the network on its node', async ({ page }) => {
    await page.goto(`en/engagements/${SUMMIT}/`);
    await page.locator('.neighbourhood figcaption').getByRole('link', { name: 'Show it in the network' }).click();
    await expect(page).toHaveURL(/\/en\/network\/\?q=U20%20Mayors%20Summit%202018$/);
    await expect(node(page, SUMMIT)).toBeFocused();
    const links = graph.edges.filter((e) => e.source === SUMMIT || e.target === SUMMIT).length;
    await expect(node(page, SUMMIT)).toHaveAccessibleName(new RegExp(`^U20 Mayors Summit 2018 .* — Engagement, ${links} links$`));
    // Focus on the node says it all: the status saying it again was read out twice.
    await expect(page.locator('[data-status]')).toBeEmpty();
  });

  test('on a phone, a found node is brought into view in the sideways-scrolling picture', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`en/network/?q=${encodeURIComponent('Casablanca')}`);
    await expect(node(page, 'casablanca')).toBeFocused();
    const mark = node(page, 'casablanca').locator('.mark');
    await expect
      .poll(async () => {
        const [box, stage] = await Promise.all([mark.boundingBox(), page.locator('.stage').boundingBox()]);
        return Boolean(box && stage && box.x >= stage.x && box.x + box.width <= stage.x + stage.width && box.y >= 0 && box.y + box.height <= 844);
      })
      .toBe(true);
  });

  test.describe('on a phone, the zoom and its box', () => {
    test.use({ viewport: { width: 375, height: 800 } });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`a shade marks each side where more of the picture lies, and goes at that end (${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto('en/network/');
        await expect(page.locator('[data-network]')).toHaveAttribute('data-enhanced', '');
        const scroller = page.locator('.scroller');
        await scroller.locator('svg').evaluate((svg: SVGSVGElement) => (svg.style.visibility = 'hidden'));
        // The box's background alone: how far its first and last columns of pixels are from its middle's.
        const edges = async () => {
          const { data, info } = await sharp(await scroller.screenshot()).raw().toBuffer({ resolveWithObject: true });
          const pixel = (x: number) => data.subarray((Math.floor(info.height / 2) * info.width + x) * info.channels).subarray(0, 3);
          const middle = pixel(Math.floor(info.width / 2));
          const off = (x: number) => pixel(x).reduce((sum, v, i) => sum + Math.abs(v - middle[i]!), 0);
          return { left: off(0), right: off(info.width - 1) };
        };
        const opened = await edges();
        expect(opened.left > 20 && opened.right > 20, `both sides shaded on opening at Jakarta: ${JSON.stringify(opened)}`).toBe(true);
        await scroller.evaluate((el) => (el.scrollLeft = 0));
        const start = await edges();
        expect(start.left < 4 && start.right > 20, `only the right side at the start: ${JSON.stringify(start)}`).toBe(true);
        await scroller.evaluate((el) => (el.scrollLeft = el.scrollWidth));
        const end = await edges();
        expect(end.left > 20 && end.right < 4, `only the left side at the end: ${JSON.stringify(end)}`).toBe(true);
      });
    }

    test('open on Jakarta in the middle of the box, and Reset comes back to just that view', async ({ page }) => {
      await page.goto('en/network/');
      await expect(page.locator('[data-network]')).toHaveAttribute('data-enhanced', '');
      const first = await scrolledBy(page);
      expect(first).toBeGreaterThan(0);
      expect(Math.abs(await jakartaOffMiddle(page))).toBeLessThan(2);
      // Away from it every way a reader can: zoom, scroll the box, find a node, filter.
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.locator('.scroller').evaluate((el) => (el.scrollLeft = el.scrollWidth));
      await find(page, 'Casablanca');
      await page.getByLabel('Year', { exact: true }).selectOption('2022');
      await page.getByRole('button', { name: 'Reset view' }).click();
      await expect(page.locator('svg[data-graph] .viewport')).toHaveAttribute('transform', 'translate(0,0) scale(1)');
      expect(await scrolledBy(page)).toBe(first);
      expect(Math.abs(await jakartaOffMiddle(page))).toBeLessThan(2);
    });

    test('+ zooms in about the middle of what is on screen, where Jakarta stays', async ({ page }) => {
      await page.goto('en/network/');
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await expect.poll(() => zoomScale(page)).toBe(1.5);
      expect(Math.abs(await jakartaOffMiddle(page))).toBeLessThan(2);
    });

    for (const edge of ['left', 'right'] as const) {
      test(`− zooms out without leaving the drawing off screen, the box scrolled to its ${edge} edge`, async ({ page }) => {
        await page.goto('en/network/');
        await page.locator('svg[data-graph]').scrollIntoViewIfNeeded();
        await page.locator('.scroller').evaluate((el, left) => (el.scrollLeft = left ? 0 : el.scrollWidth), edge === 'left');
        const scrolled = await scrolledBy(page);
        await page.getByRole('button', { name: 'Zoom out' }).click();
        await page.getByRole('button', { name: 'Zoom out' }).click();
        await expect.poll(() => zoomScale(page)).toBe(0.5);
        await expect.poll(() => outsideBox(page)).toEqual([]);
        // The drawing came to the reader; the box stayed where they had scrolled it.
        expect(await scrolledBy(page)).toBe(scrolled);
      });
    }

    test('the wheel zooms out about the pointer, and still not off screen', async ({ page }) => {
      await page.goto('en/network/');
      await page.locator('.scroller').evaluate((el) => (el.scrollLeft = 0));
      await page.locator('svg[data-graph]').scrollIntoViewIfNeeded();
      const box = (await page.locator('.scroller').boundingBox())!;
      await page.mouse.move(box.x + 10, box.y + box.height / 2);
      const zoomOut = page.getByRole('button', { name: 'Zoom out' });
      // One notch at a time: at the limit d3 leaves the wheel to scroll the page, which would move the picture away.
      for (let i = 0; i < 12 && (await zoomOut.getAttribute('aria-disabled')) !== 'true'; i++) await page.mouse.wheel(0, 300);
      await expect(zoomOut).toHaveAttribute('aria-disabled', 'true');
      await expect.poll(() => outsideBox(page)).toEqual([]);
    });
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

    /** A one-finger swipe up from (x, y), as a touch screen sends it. */
    const swipeUp = async (page: Page, context: BrowserContext, x: number, y: number) => {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      for (let i = 1; i <= 10; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - 20 * i }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };

    test('one finger on the picture scrolls the page', async ({ page, context }) => {
      await page.goto('en/network/');
      await page.locator('svg[data-graph]').scrollIntoViewIfNeeded();
      const box = (await page.locator('svg[data-graph]').boundingBox())!;
      const before = await page.evaluate(() => scrollY);
      await swipeUp(page, context, Math.round(box.x + 40), Math.round(Math.min(box.y + box.height / 2, 700)));
      await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before + 100);
      await expect(page.locator('svg[data-graph] .viewport')).not.toHaveAttribute('transform', /translate\(0,-/);
    });

    test('one finger on a node scrolls the page too, and leaves the node where it was', async ({ page, context }) => {
      await page.goto('en/network/');
      const seoul = node(page, 'seoul');
      await seoul.scrollIntoViewIfNeeded();
      const mark = (await seoul.locator('circle, rect, path').first().boundingBox())!;
      const before = await page.evaluate(() => scrollY);
      await swipeUp(page, context, Math.round(mark.x + mark.width / 2), Math.round(mark.y + mark.height / 2));
      await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before + 100);
      expect(await seoul.getAttribute('transform')).toBeNull();
    });
  });

  test('counts links in the singular for one, in English', async ({ page }) => {
    await page.goto('en/network/');
    const neighbours = (id: string) => new Set(graph.edges.flatMap((e) => (e.source === id ? [e.target] : e.target === id ? [e.source] : []))).size;
    const cities = graph.nodes.filter((n) => n.type === 'city');
    const [one, more] = [cities.find((n) => neighbours(n.id) === 1)!, cities.find((n) => neighbours(n.id) > 1)!];
    for (const [n, expected] of [[one, /, 1 link$/], [more, new RegExp(`, ${neighbours(more.id)} links$`)]] as const) {
      await find(page, n.name.en);
      await expect(node(page, n.id)).toBeFocused();
      await expect(node(page, n.id)).toHaveAccessibleName(expected);
    }
    await expect(page.locator('section:has(#nodes) li').filter({ has: page.getByRole('link', { name: one.name.en, exact: true }) }).locator('small')).toHaveText('1 link');
  });

  test('filters by year, type and engagement hide and show the right nodes', async ({ page }) => {
    await page.goto('en/network/');
    await page.getByLabel('Year', { exact: true }).selectOption('2022');
    expect(await visibleIds(page)).toEqual(graph.nodes.filter((n) => n.years.includes(2022)).map((n) => n.id).sort());
    await expect(node(page, 'paris')).toBeHidden();
    await expect(node(page, 'c40')).toBeVisible();

    await page.getByLabel('Year', { exact: true }).selectOption('');
    await page.getByLabel('Engagement', { exact: true }).selectOption(SUMMIT);
    expect(await visibleIds(page)).toEqual(graph.nodes.filter((n) => n.events.includes(SUMMIT)).map((n) => n.id).sort());
    await expect(node(page, 'casablanca')).toBeHidden();

    await page.getByLabel('Engagement', { exact: true }).selectOption('');
    await page.getByLabel('Node type', { exact: true }).selectOption('city');
    await expect(node(page, 'c40')).toBeHidden();
    await expect(node(page, 'paris')).toBeVisible();
    await expect(node(page, SUMMIT)).toBeVisible();
    await expect(page.locator('svg[data-graph] .edge.is-hidden').first()).toBeAttached();
    await expect(page.locator('[data-status]')).toContainText(`of ${graph.nodes.length} nodes shown`);
  });

  test('zoom, pan and drag move the picture; a click opens the node page', async ({ page }) => {
    await page.goto('en/network/');
    const viewport = page.locator('svg[data-graph] .viewport');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(viewport).toHaveAttribute('transform', /scale\(1\.5\)/);
    await page.getByRole('button', { name: 'Reset view' }).click();
    await expect(viewport).toHaveAttribute('transform', /scale\(1\)/);

    const drag = async (x: number, y: number, dx: number, dy: number) => {
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + dx, y + dy, { steps: 5 });
      await page.mouse.up();
    };
    const mark = node(page, 'casablanca').locator('.mark');
    await page.locator('svg[data-graph]').scrollIntoViewIfNeeded();
    const before = (await mark.boundingBox())!;
    await drag(before.x + before.width / 2, before.y + before.height / 2, 60, 40);
    await expect.poll(async () => (await mark.boundingBox())!.x - before.x, 'the node follows the drag').toBeCloseTo(60, -1);

    // The background pans the whole picture; by then a drag taken for a click would have navigated.
    const svg = (await page.locator('svg[data-graph]').boundingBox())!;
    await drag(svg.x + 8, svg.y + svg.height - 8, 80, -30);
    // Right and up, in the picture's units (the picture is drawn scaled to fit).
    await expect(viewport).toHaveAttribute('transform', /^translate\([1-9]\d*(\.\d+)?,\s?-[1-9]\d*(\.\d+)?\) scale\(1\)$/);
    await expect(page).toHaveURL(/\/en\/network\/$/);

    await node(page, 'c40').locator('.mark').click();
    await expect(page).toHaveURL(/\/en\/organisations\/c40\/$/);
  });

  test('zooming in keeps the labels their size and shows those the build had no room for', async ({ page }) => {
    await page.goto('en/network/');
    const label = (id: string) => node(page, id).locator('.label');
    const height = async (id: string) => (await label(id).boundingBox())!.height;
    await expect(label('buenos-aires')).toBeHidden();
    const atOne = await height('jakarta');
    const from = Number(await node(page, 'buenos-aires').getAttribute('data-label-zoom'));
    expect(from).toBeGreaterThan(1);
    // Each click zooms in by 1.5, over a quarter of a second; a click during a zoom goes on from where that one is heading.
    let clicked = 1;
    for (; clicked < from; clicked *= 1.5) await page.getByRole('button', { name: 'Zoom in' }).click();
    const scale = async () => Number(/scale\(([\d.]+)\)/.exec((await page.locator('svg[data-graph] .viewport').getAttribute('transform')) ?? '')?.[1]);
    await expect.poll(scale).toBeCloseTo(clicked, 3);
    await expect(label('buenos-aires')).toBeVisible();
    await expect.poll(() => height('buenos-aires')).toBeCloseTo(atOne, 0);
    await expect.poll(() => height('jakarta')).toBeCloseTo(atOne, 0);
    // Back to the build's view, the label the build hid is hidden again.
    await page.getByRole('button', { name: 'Reset view' }).click();
    await expect(label('buenos-aires')).toBeHidden();
    await expect(label('jakarta')).not.toHaveAttribute('transform');
  });

  for (const [menu, value] of [['Engagement', 'smart-city-keynote-casablanca-2018'], ['Year', '2022']] as const) {
    test(`a filter (${menu} ${value}) zooms to fit the nodes it leaves, and Reset goes back to the build's view`, async ({ page }) => {
      await page.goto('en/network/');
      await page.locator('svg[data-graph]').scrollIntoViewIfNeeded();
      await page.getByLabel(menu, { exact: true }).selectOption(value);
      const fitted = async () => {
        const svg = (await page.locator('svg[data-graph]').boundingBox())!;
        const marks = await page.locator('svg[data-graph] .node:not(.is-hidden) .mark').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
        const [x0, y0] = [Math.min(...marks.map((m) => m.left)), Math.min(...marks.map((m) => m.top))];
        const [x1, y1] = [Math.max(...marks.map((m) => m.right)), Math.max(...marks.map((m) => m.bottom))];
        const inside = x0 >= svg.x && y0 >= svg.y && x1 <= svg.x + svg.width && y1 <= svg.y + svg.height;
        // The nodes reach across most of the picture's width or height, where they sat in a corner.
        return inside && Math.max((x1 - x0) / svg.width, (y1 - y0) / svg.height) > 0.6;
      };
      await expect.poll(fitted).toBe(true);
      await page.getByRole('button', { name: 'Reset view' }).click();
      await expect(page.locator('svg[data-graph] .viewport')).toHaveAttribute('transform', 'translate(0,0) scale(1)');
    });
  }

  test('on a phone, a filter fits the nodes it leaves into the part of the picture on screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 740 });
    await page.goto('en/network/');
    await page.locator('svg[data-graph]').scrollIntoViewIfNeeded();
    await page.getByLabel('Engagement', { exact: true }).selectOption('smart-city-keynote-casablanca-2018');
    // Marks and labels alike, at no smaller a size than the build drew them.
    const onScreen = async () => {
      const scroller = (await page.locator('svg[data-graph]').evaluate((svg) => svg.parentElement!.getBoundingClientRect().toJSON())) as DOMRect;
      const parts = await page.locator('svg[data-graph] .node:not(.is-hidden) :is(.mark, .label:visible)').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
      return parts.length >= 6 && parts.every((m) => m.left >= scroller.left && m.right <= scroller.right && m.top >= scroller.top && m.bottom <= scroller.bottom);
    };
    await expect.poll(onScreen).toBe(true);
    // Where the zoom ends: on its way there d3's smooth zoom may pass a little below 1.
    const scale = () => page.locator('svg[data-graph] .viewport').evaluate((g: SVGGElement) => g.transform.baseVal.consolidate()?.matrix.a ?? 1);
    await expect.poll(scale).toBeGreaterThanOrEqual(1);
  });

  for (const lang of ['en', 'id'] as const) {
    for (const width of [1280, 360]) {
      test(`no label covers a node's mark, and Jakarta and the engagements are named (${lang}, ${width} px)`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${lang}/network/`);
        const svg = page.locator('svg[data-graph]');
        const covered = await svg.evaluate((graph) => {
          const labels = [...graph.querySelectorAll<SVGTextElement>('.node .label')].filter((l) => getComputedStyle(l).display !== 'none');
          const marks = [...graph.querySelectorAll<SVGGraphicsElement>('.node .mark')];
          const meet = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          return labels.flatMap((label) => {
            const own = label.closest('.node');
            return marks.filter((m) => m.closest('.node') !== own && meet(label.getBoundingClientRect(), m.getBoundingClientRect())).map((m) => `${label.textContent} / ${m.closest<SVGElement>('.node')?.dataset['id']}`);
          });
        });
        expect(covered).toEqual([]);
        for (const id of ['jakarta', SUMMIT, 'partner-organisations-meeting-2022']) await expect(node(page, id)).toHaveClass(/\blabelled\b/);
      });
    }
  }

  for (const lang of ['en', 'id'] as const) {
    test(`on a phone, a filter whose nodes' labels run wider than the box brings every node into it, and Reset goes back (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`${lang}/network/`);
      await page.locator('svg[data-graph]').scrollIntoViewIfNeeded();
      const start = await jakartaOffMiddle(page);
      await page.getByLabel(useTranslations(lang)('network.year'), { exact: true }).selectOption('2022');
      // The marks of the nodes shown that lie outside the box as it is scrolled: Jakarta and C40 were.
      const marksOutside = () =>
        page.locator('svg[data-graph]').evaluate((svg) => {
          const box = svg.parentElement!.getBoundingClientRect();
          return [...svg.querySelectorAll<SVGElement>('.node:not(.is-hidden)')].flatMap((n) => {
            const m = n.querySelector('.mark')!.getBoundingClientRect();
            return m.left < box.left || m.right > box.right || m.top < box.top || m.bottom > box.bottom ? [n.dataset['id']] : [];
          });
        });
      await expect.poll(marksOutside).toEqual([]);
      expect(await page.locator('svg[data-graph] .node:not(.is-hidden)').count()).toBeGreaterThan(10);
      await expect.poll(() => zoomScale(page)).toBeGreaterThanOrEqual(1);
      await page.getByRole('button', { name: useTranslations(lang)('network.reset') }).click();
      await expect(page.locator('svg[data-graph] .viewport')).toHaveAttribute('transform', 'translate(0,0) scale(1)');
      expect(Math.abs((await jakartaOffMiddle(page)) - start)).toBeLessThan(2);
    });
  }

  test('on a phone, the zoom buttons cover no label', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 740 });
    await page.goto('en/network/');
    const buttons = (await page.locator('[data-zoom-controls]').boundingBox())!;
    const covered = await page.locator('svg[data-graph] .node .label').evaluateAll(
      (labels, b) =>
        labels.flatMap((label) => {
          const r = label.getBoundingClientRect();
          const shown = getComputedStyle(label).display !== 'none';
          return shown && r.left < b.x + b.width && b.x < r.right && r.top < b.y + b.height && b.y < r.bottom ? [label.textContent] : [];
        }),
      buttons,
    );
    expect(covered).toEqual([]);
  });

  test('the map shows a city card on focus', async ({ page }) => {
    await page.goto('en/network/');
    const city = page.locator('svg.world a.city:not(.centre)').filter({ has: page.locator('text=Casablanca, Morocco') });
    await city.focus();
    await expect(city.locator('.card')).toBeVisible();
    await expect(city.locator('.card')).toContainText('Smart City Expo 2018 keynote');
  });

  test('a city card holds the pointer that moves onto it, and Escape puts it away (WCAG 1.4.13)', async ({ page }) => {
    await page.goto('en/network/');
    await page.locator('svg.world').scrollIntoViewIfNeeded();
    const city = mapCity(page, 'Casablanca, Morocco');
    const card = city.locator('.card');
    const dot = await middle(city.locator('.hit'));
    await page.mouse.move(dot.x, dot.y);
    await expect(card).toBeVisible();
    const face = await middle(card.locator('.face'));
    await page.mouse.move(face.x, face.y, { steps: 20 });
    await expect(card, 'the pointer crossed to the card and reads it').toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await page.mouse.move(0, 0);
    await page.mouse.move(dot.x, dot.y);
    await expect(card, 'back once the pointer left and returned').toBeVisible();
    await page.mouse.move(0, 0);
    await city.focus();
    await expect(card).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await expect(city, 'Escape leaves focus where it was').toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page, 'Enter follows the link').toHaveURL(/\/en\/cities\/casablanca\/$/);
  });

  test('on a narrow screen the mouse crosses the map to a card in its corner, over other dots, and a click there opens the city', async ({ page }) => {
    await page.setViewportSize({ width: 700, height: 800 });
    await page.goto('en/network/');
    await page.locator('svg.world').scrollIntoViewIfNeeded();
    const city = mapCity(page, 'Casablanca, Morocco');
    const dot = await middle(city.locator('.hit'));
    await page.mouse.move(dot.x, dot.y);
    const face = await middle(city.locator('.face'));
    // Down to the corner past Brazil's and Argentina's partners, which lie between the dot and the card.
    await page.mouse.move(face.x, face.y, { steps: 20 });
    await page.waitForTimeout(500);
    await expect(city.locator('.card')).toBeVisible();
    await page.mouse.click(face.x, face.y);
    await expect(page).toHaveURL(/\/en\/cities\/casablanca\/$/);
  });

  test.describe('the map on a touch screen', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
    const tap = async (page: Page, at: { x: number; y: number }) => page.touchscreen.tap(at.x, at.y);

    test("a first tap on a city shows its card and stays on the page; a tap on the card opens the city's page", async ({ page }) => {
      await page.goto('en/network/');
      await page.locator('svg.world').scrollIntoViewIfNeeded();
      const city = mapCity(page, 'Casablanca, Morocco');
      await tap(page, await middle(city.locator('.hit')));
      await expect(city.locator('.card')).toBeVisible();
      await expect(page).toHaveURL(/\/en\/network\/$/);
      await tap(page, await middle(city.locator('.hit')));
      await expect(page, 'a second tap on the dot keeps its card: the card is the link').toHaveURL(/\/en\/network\/$/);
      await tap(page, await middle(city.locator('.face')));
      await expect(page).toHaveURL(/\/en\/cities\/casablanca\/$/);
    });

    test('a finger takes the nearest dot, from beside it or of two a few pixels apart', async ({ page }) => {
      await page.goto('en/network/');
      await page.locator('svg.world').scrollIntoViewIfNeeded();
      const [barcelona, madrid] = [mapCity(page, 'Barcelona, Spain'), mapCity(page, 'Madrid, Spain')];
      const [b, m] = [await middle(barcelona.locator('.hit')), await middle(madrid.locator('.hit'))];
      expect(Math.hypot(b.x - m.x, b.y - m.y), 'the two dots lie under 24 px apart').toBeLessThan(24);
      // A third of the way from Madrid to Barcelona, then from Barcelona to Madrid.
      await tap(page, { x: m.x + (b.x - m.x) / 3, y: m.y + (b.y - m.y) / 3 });
      await expect(madrid.locator('.card')).toBeVisible();
      await expect(barcelona.locator('.card')).toBeHidden();
      await tap(page, { x: b.x + (m.x - b.x) / 3, y: b.y + (m.y - b.y) / 3 });
      await expect(barcelona.locator('.card')).toBeVisible();
      await expect(madrid.locator('.card')).toBeHidden();
      // 16 px below Sydney, alone in its corner of the map.
      const sydney = mapCity(page, 'Sydney, Australia');
      const s = await middle(sydney.locator('.hit'));
      await tap(page, { x: s.x, y: s.y + 16 });
      await expect(sydney.locator('.card')).toBeVisible();
      await expect(page).toHaveURL(/\/en\/network\/$/);
    });

    test('a tap away from every dot, or Escape, puts the card away', async ({ page }) => {
      await page.goto('en/network/');
      const map = page.locator('svg.world');
      await map.scrollIntoViewIfNeeded();
      const card = mapCity(page, 'Casablanca, Morocco').locator('.card');
      const dot = await middle(mapCity(page, 'Casablanca, Morocco').locator('.hit'));
      await tap(page, dot);
      await expect(card).toBeVisible();
      // The Arctic above the Pacific: no partner within a finger's reach.
      const box = (await map.boundingBox())!;
      await tap(page, { x: box.x + box.width * 0.15, y: box.y + box.height * 0.12 });
      await expect(card).toBeHidden();
      await expect(page).toHaveURL(/\/en\/network\/$/);
      await tap(page, dot);
      await expect(card).toBeVisible();
      await tap(page, await middle(page.getByRole('heading', { name: 'Map of partner cities' })));
      await expect(card).toBeHidden();
      await tap(page, dot);
      await expect(card).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(card).toBeHidden();
    });
  });

  for (const width of [320, 390, 700]) {
    test(`on a ${width} px screen the map's text stays legible and a card leaves its city in sight`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('en/network/');
      const height = (selector: string) => page.locator(selector).first().evaluate((t) => t.getBoundingClientRect().height);
      expect(await height('svg.world .city.centre text'), "Jakarta's name").toBeGreaterThanOrEqual(12);
      for (const name of ['Casablanca, Morocco', 'Buenos Aires, Argentina']) {
        const city = page.locator('svg.world a.city:not(.centre)').filter({ has: page.locator(`text=${name}`) });
        await city.focus();
        const map = (await page.locator('svg.world').boundingBox())!;
        const face = (await city.locator('.face').boundingBox())!;
        const dot = (await city.locator('.hit').boundingBox())!;
        const [x, y] = [dot.x + dot.width / 2, dot.y + dot.height / 2];
        expect(face.x >= map.x && face.y >= map.y && face.x + face.width <= map.x + map.width && face.y + face.height <= map.y + map.height, `${name}'s card inside the map`).toBe(true);
        expect(x > face.x && x < face.x + face.width && y > face.y && y < face.y + face.height, `${name}'s card over its city`).toBe(false);
        expect(await height(`svg.world a.city:focus .card .name`), `${name}'s card's text`).toBeGreaterThanOrEqual(12);
      }
    });
  }

  for (const lang of ['id', 'en'] as const) {
    test(`every city card holds its text and lies over every dot (${lang})`, async ({ page }) => {
      await page.goto(`${lang}/network/`);
      // Painted in document order: the dots must all come before the links that hold the cards.
      const dotsFirst = await page.locator('svg.world').evaluate((svg) => {
        const dots = svg.querySelector('.dots');
        return Boolean(dots) && [...svg.querySelectorAll('a.city')].every((a) => dots!.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(dotsFirst).toBe(true);
      const overflowing = await page.locator('svg.world .card').evaluateAll((cards) =>
        cards.flatMap((card) => {
          card.style.display = 'inline';
          const text = (card.querySelector('text') as SVGTextElement).getBBox();
          const box = (card.querySelector('rect.face') as SVGRectElement).getBBox();
          card.style.display = '';
          return text.x + text.width > box.x + box.width - 4 ? [card.textContent] : [];
        }),
      );
      expect(overflowing).toEqual([]);
    });
  }

  test('prints without the controls', async ({ page }) => {
    await page.goto('en/network/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('form[data-network-controls]')).toBeHidden();
    await expect(page.locator('[data-zoom-controls]')).toBeHidden();
    await expect(page.locator('svg[data-graph]')).toBeVisible();
  });

  for (const lang of ['id', 'en'] as const) {
    test(`prints on six sheets, the map under its heading (${lang})`, async ({ page }, testInfo) => {
      const t = useTranslations(lang);
      await page.goto(`${lang}/network/`);
      const file = testInfo.outputPath('network.pdf');
      await page.pdf({ path: file, preferCSSPageSize: true });
      const pdf = await readPdf(file);
      // Eight while every node in the list printed its page's address after its name.
      expect(pdf.pages).toBeLessThanOrEqual(6);
      expect(pdf.text).not.toContain('/cities/');
      // The map cannot break: printed on the page of the heading that follows it, it is on its own heading's.
      const pageOf = (heading: string) => pdf.pageTexts.findIndex((text) => text.includes(squash(heading)));
      expect(pageOf(t('network.map'))).toBeGreaterThanOrEqual(0);
      expect(pageOf(t('network.map'))).toBe(pageOf(t('network.nodes')));
    });
  }

  test('axe-core finds nothing with a node in focus and a filter set', async ({ page }) => {
    await page.goto('id/network/');
    await page.getByLabel('Tahun', { exact: true }).selectOption('2018');
    await node(page, SUMMIT).focus();
    await expectAccessible(page);
  });
});

test.describe('data exports', () => {
  test('are linked from the network and about pages, and parse', async ({ page, request, baseURL }) => {
    for (const path of ['en/network/', 'en/about/']) {
      await page.goto(path);
      for (const file of ['graph.json', 'nodes.csv', 'edges.csv', 'graph.graphml']) await expect(page.locator(`a[href$="data/${file}"]`).first()).toBeAttached();
    }
    const graphml = await (await request.get(`${baseURL}data/graph.graphml`)).text();
    await page.goto('en/network/');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, nodes: doc.getElementsByTagName('node').length, edges: doc.getElementsByTagName('edge').length };
    }, graphml);
    expect(parsed).toEqual({ error: null, nodes: graph.nodes.length, edges: graph.edges.length });
    const csv = await (await request.get(`${baseURL}data/edges.csv`)).text();
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(graph.edges.length + 1);
  });
});

test.describe('the neighbourhood drawing of an entity or engagement page', () => {
  const partnersOf = (id: string) => graph.edges.filter((e) => e.target === id).length;

  test('has a key to the shapes and lines it draws, and to no others', async ({ page }) => {
    await page.goto(`en/engagements/${SUMMIT}/`);
    const key = page.locator('.neighbourhood figcaption .legend');
    await expect(key.locator('li')).toHaveText(['Engagement', 'City', 'Organisation', 'venue', 'partner', 'named in the coverage']);
    await page.goto('id/organisations/iclei/');
    await expect(key.locator('li')).toHaveText(['Kegiatan', 'Organisasi', 'disebut dalam liputan', 'bagian dari']);
  });

  test('is a wheel on a wide page whose neighbours are links to their pages', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`en/engagements/${SUMMIT}/`);
    const wheel = page.locator('.neighbourhood svg.wheel');
    await expect(wheel).toBeVisible();
    await expect(page.locator('.neighbourhood svg.fan')).toBeHidden();
    // The figure around it has the title; the wheel says what it holds, not the title again.
    await expect(page.getByRole('figure', { name: /U20 Mayors Summit 2018/ }).locator('svg.wheel')).toHaveAttribute('aria-label', 'Nodes, each a link to its page');
    await expect(wheel.locator('a.node')).toHaveCount(partnersOf(SUMMIT));
    await wheel.getByRole('link', { name: 'Buenos Aires — City' }).locator('text').click();
    await expect(page).toHaveURL(/\/en\/cities\/buenos-aires\/$/);
    await expectAccessible(page);
  });

  test('is a fan on a phone, every row readable inside the page', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`id/engagements/${SUMMIT}/`);
    const fan = page.locator('.neighbourhood svg.fan');
    await expect(fan).toBeVisible();
    await expect(page.locator('.neighbourhood svg.wheel')).toBeHidden();
    await expect(fan.locator('a.node')).toHaveCount(partnersOf(SUMMIT));
    const fit = await fan.evaluate((svg) => {
      const figure = svg.closest('figure')!.getBoundingClientRect();
      const drawn = svg.getBoundingClientRect();
      return { inside: drawn.left >= figure.left && drawn.right <= figure.right, scale: drawn.width / (svg as SVGSVGElement).viewBox.baseVal.width };
    });
    expect(fit.inside).toBe(true);
    // Labels are 11 units high: at this scale they stay at least 10 px.
    expect(fit.scale).toBeGreaterThan(10 / 11);
    await expect(fan.getByRole('link', { name: 'Buenos Aires — Kota' })).toHaveAttribute('href', /\/id\/cities\/buenos-aires\/$/);
    await expectAccessible(page);
  });

  test('is a fan whose long labels are whole on a wide page and cut on a phone', async ({ page }) => {
    const whole = 'Kedutaan Besar Kerajaan Maroko di Jakarta';
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('id/engagements/jakarta-casablanca-music-exchange-2018/');
    const fan = page.locator('.neighbourhood svg.fan');
    const label = (text: string) => fan.locator('text.label', { hasText: text });
    await expect(label(whole)).toBeVisible();
    await page.setViewportSize({ width: 360, height: 740 });
    await expect(label(whole)).toBeHidden();
    await expect(label('Kedutaan Besar Kerajaan Maroko di…')).toBeVisible();
    // Named by its tooltip, the whole label and its type, which is then not read out again as a description.
    const link = fan.getByRole('link', { name: `${whole} — Organisasi` });
    await expect(link).toBeVisible();
    await expect(link).toHaveAccessibleDescription('');
  });

  test('labels a long-named body by its short name and names its link in full', async ({ page }) => {
    await page.goto('en/organisations/undp-indonesia/');
    const undp = page.locator('.neighbourhood').getByRole('link', { name: 'UNDP (United Nations Development Programme) — Organisation', exact: true });
    await expect(undp.locator('text.label').first()).toHaveText('UNDP');
    await page.goto('en/network/');
    const uclg = node(page, 'uclg');
    await expect(uclg).toHaveAccessibleName(/^UCLG \(United Cities and Local Governments\) — Organisation, /);
    await expect(uclg.locator('text.label')).toHaveText('UCLG');
  });

  test('is a fan at every width when it has few neighbours, drawn at its own size', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('id/engagements/jakarta-casablanca-music-exchange-2018/');
    await expect(page.locator('.neighbourhood svg.wheel')).toHaveCount(0);
    const fan = page.locator('.neighbourhood svg.fan');
    await expect(fan.locator('a.node')).toHaveCount(3);
    const { drawn, figure, own } = await fan.evaluate((svg) => ({
      drawn: svg.getBoundingClientRect().width,
      figure: svg.closest('figure')!.getBoundingClientRect().width,
      own: (svg as SVGSVGElement).viewBox.baseVal.width,
    }));
    expect(own).toBeLessThan(figure);
    expect(drawn).toBeCloseTo(own, 0);
  });

});

/** WCAG's contrast ratio of two computed `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r = 0, g = 0, bl = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
