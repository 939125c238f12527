// The site's two languages: t(lang, key, values) looks a UI string up and
// fills its {placeholders}; pick() chooses the wording of a plan's {vi, en}
// text. Runs in Node and the browser.
import { vi, en, type StringKey } from './strings.ts';

export type Lang = 'vi' | 'en';
export type { StringKey };

export const LANGS: readonly Lang[] = ['vi', 'en'];
export const DICTIONARIES: Record<Lang, Record<StringKey, string>> = { vi, en };

/** A UI string, with `{name}` placeholders replaced from `values`. */
export function t(lang: Lang, key: StringKey, values: Record<string, string | number> = {}): string {
  const template = DICTIONARIES[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The wording of a bilingual text from a plan file. */
export function pick(lang: Lang, text: { vi: string; en: string }): string {
  return text[lang];
}

/** Parse the `[...lang]` route parameter: undefined → Vietnamese, 'en' → English. */
export function langFromParam(param: string | undefined): Lang {
  return param === 'en' ? 'en' : 'vi';
}

/** The route parameter for a language (Vietnamese lives at the root). */
export function paramOfLang(lang: Lang): string | undefined {
  return lang === 'en' ? 'en' : undefined;
}
