import { describe, expect, it } from 'vitest';
import { guessMapping, guessRole } from './columns';
import { lifeDomainVocabulary, nodeKindVocabulary, readBoolean, readDate, readNumber, relationKindVocabulary } from './values';

describe('cell values', () => {
  it('reads Belgian and ISO dates, Excel date cells and day numbers; refuses what is not a calendar day', () => {
    expect(readDate('31/12/2024')).toEqual({ ok: true, value: '2024-12-31' });
    expect(readDate('1.2.2023')).toEqual({ ok: true, value: '2023-02-01' });
    expect(readDate('2023-2-1')).toEqual({ ok: true, value: '2023-02-01' });
    expect(readDate(new Date(Date.UTC(2022, 5, 30)))).toEqual({ ok: true, value: '2022-06-30' });
    expect(readDate(45292)).toEqual({ ok: true, value: '2024-01-01' });
    expect(readDate('29/02/2023')).toMatchObject({ ok: false, reason: expect.stringMatching(/is not a date; use dd\/mm\/yyyy/) });
    expect(readDate('12/31/2024')).toMatchObject({ ok: false });
  });

  it('reads numbers with a decimal comma, and yes/no in Dutch and English', () => {
    expect(readNumber('1,5')).toEqual({ ok: true, value: 1.5 });
    expect(readNumber(' 2.25 ')).toEqual({ ok: true, value: 2.25 });
    expect(readNumber('1.000,5')).toMatchObject({ ok: false });
    expect([readBoolean('Ja'), readBoolean('no'), readBoolean(true)].map((r) => r.ok && r.value)).toEqual([true, false, true]);
  });

  it('accepts labels in either language, any case and accents, and lists with commas inside labels', () => {
    expect(nodeKindVocabulary.find('BURGERINITIATIEF')).toBe('CitizenInitiative');
    expect(nodeKindVocabulary.find("citizens' initiative")).toBe('CitizenInitiative');
    expect(relationKindVocabulary.find('Coordineert')).toBe('COORDINATES');
    expect(lifeDomainVocabulary.readList('financiele weerbaarheid; Leisure, culture and sport, zorg')).toEqual({ ok: true, value: ['FINANCIAL_RESILIENCE', 'LEISURE', 'CARE'] });
  });
});

describe('header guesses', () => {
  it('maps Dutch and English headers to properties, each property once', () => {
    expect(guessMapping('actors', ['Naam', 'Type', 'Levensdomein(en)', 'Gemeente', 'Doelgroep', 'Soort'])).toEqual(['name', 'kind', 'domains', 'area.Municipality', 'targetGroups', null]);
    expect(guessMapping('relations', ['Bron', 'Doel', 'Sinds', 'Tot en met', 'Weight'])).toEqual(['source', 'target', 'since', 'until', 'weight']);
  });

  it('tells actors from relations by the headers, then by the sheet name', () => {
    expect(guessRole(['Van', 'Naar'])).toBe('relations');
    expect(guessRole(['Name', 'Kind'])).toBe('actors');
    expect(guessRole(['Kolom'], 'Relaties')).toBe('relations');
    expect(guessRole(['Kolom'], 'Uitleg')).toBeNull();
  });
});
