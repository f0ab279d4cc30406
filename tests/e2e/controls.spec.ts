import { expect, test } from './fixtures.ts';

// The pages with fields: the header's search is on all of them.
const pages = ['', 'search/', 'network/', 'embed/'];

/** Each field's hint (or a select's chosen option) against the room its box gives text, in px. */
const fieldTexts = () =>
  [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[placeholder], select')]
    .filter((field) => field.getClientRects().length > 0)
    .map((field) => {
      const text = field instanceof HTMLSelectElement ? (field.selectedOptions[0]?.text ?? '') : field.placeholder;
      const style = getComputedStyle(field);
      const probe = Object.assign(document.createElement('span'), { textContent: text });
      probe.style.font = style.font;
      probe.style.whiteSpace = 'pre';
      document.body.append(probe);
      const needed = probe.getBoundingClientRect().width;
      probe.remove();
      // A select draws its arrow inside its box, beside the text.
      const arrow = field instanceof HTMLSelectElement ? 20 : 0;
      return { field: field.id || field.name, text, needed, room: field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - arrow };
    });

for (const width of [360, 1280]) {
  test(`at ${width}px every field shows its hint and its chosen option whole`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const lang of ['id', 'en'] as const) {
      for (const path of pages) {
        await page.goto(`${lang}/${path}`);
        for (const { field, text, needed, room } of await page.evaluate(fieldTexts)) {
          expect(needed, `${lang}/${path} #${field}: "${text}" needs ${Math.ceil(needed)} px, has ${Math.floor(room)}`).toBeLessThanOrEqual(room);
        }
      }
    }
  });
}
