import type { Language } from '@weefsel/graph-schema';
import { formatNumber, pluralForm } from './format';

export type MessageParams = Record<string, string | number>;

/**
 * `{count, plural, one {# actor} other {# actoren}}`: the ICU plural form, reduced to the two forms
 * Dutch and English have. `#` is the count formatted for the language. Kept inside one message so a
 * translator sees both forms together and a key never lacks one of them.
 */
// A form may hold plain `{name}` placeholders, filled after the form is chosen.
const pluralBlock = /\{(\w+), plural, one \{((?:[^{}]|\{\w+\})*)\} other \{((?:[^{}]|\{\w+\})*)\}\}/g;
const placeholder = /\{(\w+)\}/g;

function valueOf(key: string, name: string, params: MessageParams): string | number {
  const value = params[name];
  if (value === undefined) throw new Error(`translate("${key}") needs the parameter "${name}"; pass it as { ${name}: ... }`);
  return value;
}

/**
 * Fills a message: plural blocks first (by Intl.PluralRules), then `{name}` placeholders. Numbers are
 * written with the language's separators ("1.234" in Dutch); strings are inserted as they are, so
 * callers format dates and scores with i18n/format.ts before passing them.
 */
export function fillMessage(language: Language, key: string, message: string, params: MessageParams): string {
  const counted = message.replace(pluralBlock, (_match, name: string, one: string, other: string) => {
    const count = Number(valueOf(key, name, params));
    const form = pluralForm(count, language) === 'one' ? one : other;
    return form.replace(/#/g, formatNumber(count, language));
  });
  return counted.replace(placeholder, (_match, name: string) => {
    const value = valueOf(key, name, params);
    return typeof value === 'number' ? formatNumber(value, language) : value;
  });
}

/** The names of a message's placeholders, plural ones included, sorted without repeats. */
export function placeholdersOf(message: string): string[] {
  const names = [...message.matchAll(pluralBlock)].map((match) => match[1] ?? '');
  // What is left after the plural heads are cut out still holds the placeholders inside the forms.
  const rest = message.replace(pluralBlock, (_match, _name, one: string, other: string) => `${one} ${other}`);
  names.push(...[...rest.matchAll(placeholder)].map((match) => match[1] ?? ''));
  return [...new Set(names)].sort();
}
