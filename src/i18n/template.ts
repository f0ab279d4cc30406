import { getOrCreate } from '../lib/get-or-create.ts';

/**
 * A UI text's `{name}` slots filled in one pass, so a value that holds `{…}` or `$&` stays as
 * typed. Pages and the browser's scripts both fill their texts with it.
 */
export const fillTemplate = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

const pluralRules = new Map<string, Intl.PluralRules>();

/** The singular form where the language calls `n` singular (English "1 result"), else the other. */
export function countedForm<T>(locale: string, n: number, forms: { one: T; other: T }): T {
  const rules = getOrCreate(pluralRules, locale, () => new Intl.PluralRules(locale));
  return rules.select(n) === 'one' ? forms.one : forms.other;
}
