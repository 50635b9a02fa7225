import { languages, lifeDomainNames, nodeKindNames, relationKindNames, targetGroupNames } from '@weefsel/graph-schema';
import { describe, expect, it } from 'vitest';
import { messages, placeholdersOf, translate, type MessageKey } from './messages';
import { domainLabel, kindLabel, kindPluralLabel, relationLabel, targetGroupLabel } from './schema-labels';

/**
 * One key style: dotted, the feature first (`network.legend.title`, `shell.tabs.gaps`). A segment after the
 * first is lowerCamelCase, or an API or schema code as the API writes it (`error.BAD_USER_INPUT`).
 */
const keyStyle = /^[a-z][a-zA-Z0-9]*(\.([a-z][a-zA-Z0-9]*|[A-Z][A-Z0-9_]*))+$/;

describe('UI messages', () => {
  const dutchKeys = Object.keys(messages.nl).sort();

  it.each(languages)('has every key, non-empty, in %s', (language) => {
    expect(Object.keys(messages[language]).sort()).toEqual(dutchKeys);
    for (const key of dutchKeys) expect(messages[language][key as MessageKey].trim(), key).not.toBe('');
  });

  it.each(languages)('writes every key in %s dotted, feature first', (language) => {
    expect(Object.keys(messages[language]).filter((key) => !keyStyle.test(key))).toEqual([]);
  });

  it('refuses a flat or malformed key (the style check itself can fail)', () => {
    const wrong = ['tabNetwork', 'summary', 'Network.title', 'network.', 'network..title', 'network.tab-name', 'network.Title'];
    expect(wrong.filter((key) => keyStyle.test(key))).toEqual([]);
    expect(['network.summary', 'gaps.kind.ISOLATED_ACTOR', 'admin.users.deleteYes'].every((key) => keyStyle.test(key))).toBe(true);
  });

  it('uses the same placeholders in every language', () => {
    for (const key of dutchKeys as MessageKey[]) {
      for (const language of languages) {
        expect(placeholdersOf(messages[language][key]), `${language}.${key}`).toEqual(placeholdersOf(messages.nl[key]));
      }
    }
  });

  it('fills placeholders and names a missing one', () => {
    expect(translate('nl', 'network.summary', { actors: 3, relations: 2 })).toBe('3 actoren en 2 relaties getoond.');
    expect(translate('en', 'search.noResults', { text: 'x' })).toBe('No actors found for "x".');
    expect(() => translate('en', 'network.summary', { actors: 1 })).toThrow(/"relations"/);
    expect(translate('en', 'network.summaryBoundary', { boundary: 4 })).toMatch(/^4 of these actors/);
  });
});

describe('schema labels', () => {
  it.each(languages)('labels every node kind, relation kind, domain and target group in %s', (language) => {
    const labels = [
      ...nodeKindNames.flatMap((kind) => [kindLabel(kind, language), kindPluralLabel(kind, language)]),
      ...relationKindNames.map((kind) => relationLabel(kind, language)),
      ...lifeDomainNames.map((domain) => domainLabel(domain, language)),
      ...targetGroupNames.map((group) => targetGroupLabel(group, language)),
    ];
    expect(labels).toHaveLength(2 * nodeKindNames.length + relationKindNames.length + lifeDomainNames.length + targetGroupNames.length);
    for (const label of labels) expect(typeof label === 'string' && label.trim().length > 0).toBe(true);
  });

  it('gives Dutch and English kind labels that differ where the words differ', () => {
    expect(kindLabel('CareZone', 'nl')).toBe('Eerstelijnszone');
    expect(kindLabel('CareZone', 'en')).toBe('Primary-care zone');
  });
});
