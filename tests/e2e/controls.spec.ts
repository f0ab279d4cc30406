import { expect, test } from './fixtures.ts';

// The pages with fields: the header's search is on all of them.
const pages = ['', 'search/', 'network/', 'embed/'];

/**
 * Each field's hint, or a select's chosen option, and by how many px it overflows the field's box.
 * A hint is typed into its field to measure it, so the field's own font and a search field's clear
 * button count; a select's option is measured in the select's font, beside the arrow it draws.
 */
const fieldTexts = () =>
  [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[placeholder], select')]
    .filter((field) => field.getClientRects().length > 0)
    .map((field) => {
      if (field instanceof HTMLInputElement) {
        field.value = field.placeholder;
        const over = field.scrollWidth - field.clientWidth;
        field.value = '';
        return { field: field.id || field.name, text: field.placeholder, over };
      }
      const text = field.selectedOptions[0]?.text ?? '';
      const style = getComputedStyle(field);
      const probe = Object.assign(document.createElement('span'), { textContent: text });
      // Longhands: Chromium gives the `font` shorthand as '' when a longhand has no place in it.
      for (const property of ['fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontStretch', 'letterSpacing'] as const) probe.style[property] = style[property];
      probe.style.whiteSpace = 'pre';
      document.body.append(probe);
      const needed = probe.getBoundingClientRect().width;
      probe.remove();
      const arrow = 20;
      const room = field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - arrow;
      return { field: field.id || field.name, text, over: needed - room };
    });

for (const width of [320, 360, 1280]) {
  test(`at ${width}px every field shows its hint and its chosen option whole`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const lang of ['id', 'en'] as const) {
      for (const path of pages) {
        await page.goto(`${lang}/${path}`);
        const fields = await page.evaluate(fieldTexts);
        // The header's search at least, so the check cannot pass by finding nothing to measure.
        expect(fields.length, `${lang}/${path}: no visible field`).toBeGreaterThan(0);
        for (const { field, text, over } of fields) {
          expect(over, `${lang}/${path} #${field}: "${text}" overflows by ${Math.ceil(over)} px`).toBeLessThanOrEqual(0);
        }
      }
    }
  });
}
