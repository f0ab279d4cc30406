const ASCII = /^[\x00-\x7f]*$/;

/**
 * Text as people type it when they do not care about case or accents: lower case, combining marks
 * stripped ("São" → "sao"). Most words are ASCII, which has no marks: they skip the (costly)
 * Unicode normalisation.
 */
export const fold = (text: string): string =>
  ASCII.test(text)
    ? text.toLowerCase()
    : text
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase();
