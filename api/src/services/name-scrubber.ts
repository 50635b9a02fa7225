import { foldText } from '@weefsel/graph-schema';
import { commonWords } from './name-scrubber-words';

/** Replaces every person's name in a text by a label (the kind of the person, or "contact person"). */
export interface NameScrubber {
  scrub(text: string): string;
}

/** Someone whose name (and e-mail and phone, when personal) must not reach a viewer. */
export interface ScrubbedPerson {
  name: string;
  label: string;
  email?: string | undefined;
  phone?: string | undefined;
}

interface Token {
  start: number;
  end: number;
  folded: string;
}

/** Invisible characters that can be slipped into a name to split it: they join, never separate. */
const invisible = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/u;
const wordChar = /[\p{L}\p{N}\p{M}]/u;
/** Between two words of one name: spaces, punctuation ("L. Voorbeeld", "Voorbeeld, Lotte"), not a paragraph. */
const maxGap = 8;
/** A name of more words is still matched on its first this many (an e-mail counts its parts). */
const maxFormWords = 12;
const minWordLength = 3;

/** Words (letters and digits, invisible characters skipped) with their place in the text; one pass. */
function tokens(text: string): Token[] {
  const found: Token[] = [];
  let start = -1;
  let word = '';
  let end = 0;
  for (let i = 0; i < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(i) as number);
    if (wordChar.test(char)) {
      if (start < 0) start = i;
      word += char;
      end = i + char.length;
    } else if (!invisible.test(char) && start >= 0) {
      found.push({ start, end, folded: foldText(word) });
      start = -1;
      word = '';
    }
    i += char.length;
  }
  if (start >= 0) found.push({ start, end, folded: foldText(word) });
  return found;
}

const words = (text: string | undefined) => (text ? tokens(text).map((t) => t.folded).slice(0, maxFormWords) : []);

/** Whether a single word may be replaced on its own: not too short, not a common word or a place. */
function scrubbedAlone(word: string, keep: ReadonlySet<string>): boolean {
  return word.length >= minWordLength && !commonWords.has(word) && !keep.has(word);
}

/**
 * The forms of a name people write: in full, "L. Voorbeeld", "Voorbeeld, Lotte", the surname
 * ("Van den Berg", and "Berg" on its own) and the first name on its own.
 */
function nameForms(name: string, keep: ReadonlySet<string>): string[][] {
  const parts = words(name);
  if (parts.length === 0) return [];
  if (parts.length === 1) return parts[0]!.length >= minWordLength ? [parts] : [];
  const [first, ...surname] = parts as [string, ...string[]];
  // The name run together too: a zero-width character between the words joins them into one.
  const forms = [parts, [parts.join('')], [first[0] as string, ...surname], [...surname, first]];
  if (surname.length > 1) forms.push(surname);
  for (const word of [first, surname.at(-1) as string]) if (scrubbedAlone(word, keep)) forms.push([word]);
  return forms;
}

function personForms(person: ScrubbedPerson, keep: ReadonlySet<string>): string[][] {
  const forms = nameForms(person.name, keep);
  const email = words(person.email);
  if (email.length > 0) forms.push(email);
  const phone = words(person.phone);
  if (phone.join('').length >= 6) forms.push(phone);
  return forms;
}

/**
 * Builds a scrubber for these people. Matching is on folded words (case, accents, double or
 * non-breaking spaces, newlines and zero-width characters do not matter), by looking up the word
 * sequences that start at each word in a map: linear in the text, whatever the number of names.
 * `keep` lists folded words never replaced on their own (place names in the graph).
 */
export function buildNameScrubber(people: readonly ScrubbedPerson[], keep: ReadonlySet<string> = new Set()): NameScrubber {
  const labels = new Map<string, string>();
  let longest = 0;
  for (const person of people) {
    for (const form of personForms(person, keep)) {
      const key = form.join(' ');
      if (!labels.has(key)) labels.set(key, person.label);
      longest = Math.max(longest, form.length);
    }
  }
  if (labels.size === 0) return { scrub: (text) => text };
  return { scrub: (text) => replaceForms(text, labels, longest) };
}

function replaceForms(text: string, labels: ReadonlyMap<string, string>, longest: number): string {
  const found = tokens(text);
  let out = '';
  let copied = 0;
  for (let i = 0; i < found.length; ) {
    const match = longestMatch(text, found, i, labels, longest);
    if (!match) {
      i += 1;
      continue;
    }
    out += text.slice(copied, (found[i] as Token).start) + match.label;
    copied = (found[i + match.length - 1] as Token).end;
    i += match.length;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function longestMatch(text: string, found: Token[], at: number, labels: ReadonlyMap<string, string>, longest: number) {
  const keys: string[] = [];
  let key = '';
  for (let j = at; j < found.length && j - at < longest; j += 1) {
    const token = found[j] as Token;
    if (j > at && token.start - (found[j - 1] as Token).end > maxGap) break;
    key = j === at ? token.folded : `${key} ${token.folded}`;
    keys.push(key);
  }
  for (let length = keys.length; length >= 1; length -= 1) {
    const label = labels.get(keys[length - 1] as string);
    if (label !== undefined) return { label, length };
  }
  return undefined;
}
