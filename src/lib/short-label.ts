import type { Lang } from '../i18n/index.ts';

/** A city, organisation or graph node: a name in each language, and for a long one a few words to label it with ("UCLG"). */
export interface Named {
  name: { id: string; en: string };
  short?: { id: string; en: string } | undefined;
  /** The language of a name not written in its page's language (see GraphNode). */
  nameLang?: Partial<Record<Lang, Lang>> | undefined;
}

export const labelText = (named: Named, lang: Lang): string => (named.short ?? named.name)[lang];

/** The `lang` attribute for a name shown on a page of `lang`: none where the name is in the page's language. */
export const nameLang = (named: Named, lang: Lang): Lang | undefined => named.nameLang?.[lang];

/**
 * What a link labelled with `labelText` is called: the name where that starts with the label; else
 * the label, then the name in brackets, "UCLG (United Cities and Local Governments)". Speech users
 * say what they see, so the link's name starts with it (WCAG 2.5.3).
 */
export function linkName(named: Named, lang: Lang): string {
  const label = labelText(named, lang);
  const name = named.name[lang];
  if (name.startsWith(label)) return name;
  return `${label} (${name.endsWith(` (${label})`) ? name.slice(0, -label.length - 3) : name})`;
}

/** A label as shown, and what a screen reader hears after it to make up the link's name (`linkName`). */
export interface ShortLabel {
  text: string;
  /** " (United Cities and Local Governments)"; empty where the label is the whole name. */
  rest: string;
}

export function shortLabel(named: Named, lang: Lang): ShortLabel {
  const text = labelText(named, lang);
  return { text, rest: linkName(named, lang).slice(text.length) };
}
