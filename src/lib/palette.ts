/**
 * The site's colours where CSS cannot reach: images drawn at build time and the browser bar. The
 * same values as the custom properties of src/styles/global.css, light and dark.
 */
export const palette = {
  bg: { light: '#fbfaf7', dark: '#16181c' },
  surface: { light: '#ffffff', dark: '#1e2126' },
  text: { light: '#1d1f23', dark: '#e9e7e2' },
  muted: { light: '#55595f', dark: '#a9adb4' },
  rule: { light: '#d9d6cf', dark: '#3a3e45' },
  accent: { light: '#a3262a', dark: '#f08a7e' },
  nodeCity: { light: '#17736d', dark: '#5cc8bf' },
} as const;
