import { languages, lifeDomainNames, nodeKindNames, relationKindNames, targetGroupNames } from '@weefsel/graph-schema';
import { describe, expect, it } from 'vitest';
import { messages, placeholdersOf, translate, type MessageKey } from './messages';
import { domainLabel, kindLabel, kindPluralLabel, relationLabel, targetGroupLabel } from './schema-labels';

describe('UI messages', () => {
  const dutchKeys = Object.keys(messages.nl).sort();

  it.each(languages)('has every key, non-empty, in %s', (language) => {
    expect(Object.keys(messages[language]).sort()).toEqual(dutchKeys);
    for (const key of dutchKeys) expect(messages[language][key as MessageKey].trim(), key).not.toBe('');
  });

  it('uses the same placeholders in every language', () => {
    for (const key of dutchKeys as MessageKey[]) {
      for (const language of languages) {
        expect(placeholdersOf(messages[language][key]), `${language}.${key}`).toEqual(placeholdersOf(messages.nl[key]));
      }
    }
  });

  it('fills placeholders and names a missing one', () => {
    expect(translate('nl', 'summary', { nodes: 3, relations: 2 })).toBe('3 actoren en 2 relaties getoond.');
    expect(translate('en', 'searchNoResults', { text: 'x' })).toBe('No actors found for "x".');
    expect(() => translate('en', 'summary', { nodes: 1 })).toThrow(/"relations"/);
    expect(translate('en', 'summaryBoundary', { boundary: 4 })).toMatch(/^4 of these actors/);
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
