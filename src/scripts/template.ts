/** A UI text's `{name}` slots filled in one pass, so a value that holds `{…}` stays as typed. */
export const fillTemplate = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

/** The singular form where the language calls `n` singular (English "1 result"), else the other. */
export const countedForm = (lang: string, n: number, forms: { one: string; other: string }): string =>
  new Intl.PluralRules(lang).select(n) === 'one' ? forms.one : forms.other;
