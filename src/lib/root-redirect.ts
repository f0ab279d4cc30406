/**
 * The root page's language redirect, kept as one constant text so the Content-Security-Policy can
 * allow exactly this script by its hash (astro.config.mjs). The targets differ per build (base
 * path), so they travel in the script element's data attributes, never in its text.
 */
export const ROOT_REDIRECT_SCRIPT = `(() => {
  const targets = document.currentScript.dataset;
  const wanted = (navigator.languages || [navigator.language || '']).map((l) => l.toLowerCase().slice(0, 2));
  const first = wanted.find((l) => l === 'id' || l === 'ms' || l === 'en');
  location.replace(first === 'id' || first === 'ms' ? targets.id : targets.en);
})();`;
