import { errorCodes, languages, lifeDomains, nodeKinds, problemCodes, propertyLabels, relationKinds, targetGroups } from '@weefsel/graph-schema';
import { describe, expect, it } from 'vitest';
import { describeProblem } from './describe-problem';
import { messages, type MessageKey } from './messages';

/** Words the same in Dutch and English; a text equal in both languages with any other word was left untranslated. */
const sameInBothLanguages = new Set(['weefsel', 'status', 'id', 'contact', 'website', 'partner', 'partners', 'score', 'filters', 'actor']);

/** Common English words that never occur in Dutch prose; one in a Dutch text means a text was left in English. */
const englishWords = [
  'the', 'and', 'with', 'must', 'should', 'please', 'failed', 'loading', 'found', 'click', 'show', 'save', 'cancel',
  'delete', 'error', 'which', 'this', 'that', 'from', 'into', 'not', 'you', 'your', 'there', 'are', 'been', 'have',
  'unknown', 'empty', 'number', 'date', 'before', 'after', 'invalid', 'required', 'least', 'most', 'row', 'sheet',
];

/** The prose of a message: without ICU plural syntax, placeholders and quoted examples ("Name", { "actors": ... }). */
function prose(text: string): string {
  return text
    .replace(/\{\w+, plural, one \{/g, ' ')
    .replace(/\} other \{/g, ' ')
    .replace(/\{\w+\}/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ');
}

function englishIn(text: string): string[] {
  const words = prose(text).toLowerCase().split(/[^a-zà-ÿ]+/);
  return englishWords.filter((word) => words.includes(word));
}

describe('every message in the user language', () => {
  it.each(languages)('has a message for every problem code and error code in %s', (language) => {
    const keys = [...problemCodes.map((code) => `problem.${code}`), ...errorCodes.map((code) => `error.${code}`), 'error.NETWORK'];
    for (const key of keys) expect(messages[language][key as MessageKey]?.trim(), `${language} ${key}`).toBeTruthy();
  });

  it('describes every problem code in Dutch without falling back to "invalid" or English', () => {
    for (const code of problemCodes) {
      const dutch = describeProblem({ code, params: {} }, 'nl');
      if (code !== 'invalid') expect(dutch, code).not.toBe(describeProblem({ code: 'invalid' }, 'nl'));
      expect(dutch, code).not.toBe(describeProblem({ code, params: {} }, 'en'));
    }
  });

  it('has no Dutch message equal to its English one, except words the same in both', () => {
    const translatable = (text: string) => prose(text).toLowerCase().split(/[^a-zà-ÿ]+/).some((word) => word !== '' && !sameInBothLanguages.has(word));
    const same = (Object.keys(messages.nl) as MessageKey[]).filter((key) => messages.nl[key] === messages.en[key] && translatable(messages.nl[key]));
    expect(same).toEqual([]);
  });

  it('has no common English word in a Dutch message', () => {
    const found = (Object.keys(messages.nl) as MessageKey[]).flatMap((key) => englishIn(messages.nl[key]).map((word) => `${key}: ${word}`));
    expect(found).toEqual([]);
  });

  it('has no common English word in the Dutch labels of graph-schema', () => {
    const labels = [
      ...Object.values(nodeKinds).flatMap((spec) => [spec.label.nl, spec.plural.nl]),
      ...Object.values(relationKinds).map((spec) => spec.label.nl),
      ...Object.values(lifeDomains).map((label) => label.nl),
      ...Object.values(targetGroups).map((label) => label.nl),
      ...Object.values(propertyLabels).map((label) => label.nl),
    ];
    expect(labels.flatMap((label) => englishIn(label).map((word) => `${label}: ${word}`))).toEqual([]);
  });

  it('catches an English text in the Dutch messages (the check itself can fail)', () => {
    expect(englishIn('naam: must not be empty')).toEqual(['must', 'not', 'empty']);
    expect(englishIn('{count, plural, one {# actor betrokken} other {# actoren betrokken}}')).toEqual([]);
  });
});
