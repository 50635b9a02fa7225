import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNameScrubber } from './name-scrubber';

const lotte = { name: 'Lotte Voorbeeld', label: 'Transitiemanager', email: 'lotte.voorbeeld@example.org', phone: '0470 12 34 56' };
const scrubber = buildNameScrubber([lotte, { name: 'Jan Verbindingsman', label: 'Contactpersoon' }, { name: 'Emma Brugge', label: 'Transitiemanager' }], new Set(['brugge']));

/** What a reader sees of a text: no case, no accents, no invisible characters, one kind of space. */
const seen = (text: string) => text.normalize('NFKD').replace(/[\p{M}\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/gu, '').toLowerCase().replace(/\s+/gu, ' ');

const separator = fc.constantFrom(' ', '  ', '\u00A0', '\n', ' \n ', '\t', '\u2009', '\u200B');
const invisible = fc.constantFrom('', '', '\u200B', '\u200C', '\u2060', '\uFEFF', '\u00AD');

/** A word in random case, maybe with an invisible character slipped in. */
const disguised = (word: string) =>
  fc.tuple(fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }), invisible, fc.nat(word.length)).map(([upper, hidden, at]) => {
    const cased = [...word].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join('');
    return cased.slice(0, at) + hidden + cased.slice(at);
  });

const nameForm = fc.oneof(
  fc.tuple(disguised('Lotte'), separator, disguised('Voorbeeld')).map((p) => p.join('')),
  fc.tuple(disguised('Voorbeeld'), fc.constantFrom(', ', ',\n', ' '), disguised('Lotte')).map((p) => p.join('')),
  fc.tuple(disguised('L'), fc.constantFrom('. ', '.', '.\u00A0', ' '), disguised('Voorbeeld')).map((p) => p.join('')),
  disguised('Voorbeeld'),
  disguised('Lotte'),
  disguised('lotte.voorbeeld@example.org'),
  fc.constant('0470 12 34 56'),
  fc.tuple(disguised('Jan'), separator, disguised('Verbindingsman')).map((p) => p.join('')),
  disguised('Verbindingsman'),
);

const filler = fc.array(fc.constantFrom('Samen', 'met', 'opgestart', 'in', 'Brugge', 'de', 'buurt', '-', '(', ')', '.', 'zorg', 'Antwerpen'), { maxLength: 6 }).map((w) => w.join(' '));

describe('the name scrubber', () => {
  it('leaves no form of a name readable: any case, spacing, invisible characters, initial, surname or first name alone, e-mail, phone', () => {
    fc.assert(
      fc.property(filler, nameForm, fc.constantFrom(' ', '\n', ': ', ' ('), filler, (before, name, glue, after) => {
        const out = seen(scrubber.scrub(`${before}${glue}${name}${glue}${after}`));
        expect(out).not.toMatch(/lotte|voorbeeld|verbindingsman|0470 12|example\.org/);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the rest of the text, and words that are common or the name of a place', () => {
    expect(scrubber.scrub('Samen met Lotte Voorbeeld opgestart in Brugge.')).toBe('Samen met Transitiemanager opgestart in Brugge.');
    expect(scrubber.scrub('E. Brugge en Emma Brugge, Brugge')).toBe('Transitiemanager en Transitiemanager, Brugge');
    expect(scrubber.scrub('Ook van de buurt')).toBe('Ook van de buurt');
    fc.assert(
      fc.property(filler, (text) => {
        expect(scrubber.scrub(text)).toBe(text);
      }),
    );
  });

  it('does not take part of a longer word for a name', () => {
    expect(scrubber.scrub('Lottemarkt en Voorbeeldig')).toBe('Lottemarkt en Voorbeeldig');
  });
});
