import { z } from 'zod';
import type { Label } from './labels';
import type { Contact } from './records';
import { lifeDomainNames } from './life-domains';
import { nodeKindNames } from './node-kinds';
import { relationKindNames } from './relation-kinds';
import { relationStatusNames } from './relation-statuses';
import { targetGroupNames } from './target-groups';
import { textProblem, type TextRuleOptions } from './text-rules';

export const limits = {
  idLength: 128,
  nameLength: 200,
  /** A search text longer than the longest name could never match. */
  searchLength: 200,
  descriptionLength: 5000,
  noteLength: 2000,
  contactFieldLength: 320,
  maxWeight: 1000,
} as const;

/** Labels of the properties, for forms, tables and error messages in the UI language. */
export const propertyLabels = {
  id: { nl: 'id', en: 'id' },
  kind: { nl: 'soort', en: 'kind' },
  name: { nl: 'naam', en: 'name' },
  description: { nl: 'beschrijving', en: 'description' },
  formal: { nl: 'formeel', en: 'formal' },
  domains: { nl: 'levensdomeinen', en: 'life domains' },
  targetGroups: { nl: 'doelgroepen', en: 'target groups' },
  contact: { nl: 'contact', en: 'contact' },
  source: { nl: 'van', en: 'source' },
  target: { nl: 'naar', en: 'target' },
  since: { nl: 'sinds', en: 'since' },
  until: { nl: 'tot en met', en: 'until' },
  weight: { nl: 'gewicht', en: 'weight' },
  note: { nl: 'notitie', en: 'note' },
  status: { nl: 'status', en: 'status' },
} as const satisfies Record<string, Label>;

/** Labels of the arguments of queries (`scope.areaId`, `limit`), for problems a view reports. */
export const argumentLabels = {
  areaId: { nl: 'gebied', en: 'area' },
  actorId: { nl: 'actor', en: 'actor' },
  neighbourhoodId: { nl: 'buurt', en: 'neighbourhood' },
  asOf: { nl: 'datum', en: 'date' },
  from: { nl: 'van', en: 'from' },
  to: { nl: 'tot', en: 'to' },
  limit: { nl: 'aantal', en: 'number' },
  depth: { nl: 'diepte', en: 'depth' },
} as const satisfies Record<string, Label>;

/** Labels of the contact fields (`contact.email` ...), the same way. */
export const contactLabels = {
  email: { nl: 'e-mail', en: 'email' },
  phone: { nl: 'telefoon', en: 'phone' },
  website: { nl: 'website', en: 'website' },
  address: { nl: 'adres', en: 'address' },
  person: { nl: 'contactpersoon', en: 'contact person' },
} as const satisfies Record<string, Label>;

const idMessage = `must be 1-${limits.idLength} characters of letters, digits and . _ : @ -, starting with a letter or digit`;
const idPattern = new RegExp(`^[A-Za-z0-9][A-Za-z0-9._:@-]{0,${limits.idLength - 1}}$`);
// Refinements with `params.code` (not `.regex`) so the issue carries its problem code (zod-issues.ts).
export const idSchema = z
  .string()
  .refine((value) => idPattern.test(value), { message: idMessage, params: { code: 'invalidId', max: limits.idLength } });

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const dateSchema = z.string().superRefine((value, ctx) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    ctx.addIssue({ code: 'custom', message: 'must be a date as YYYY-MM-DD', params: { code: 'invalidDate' } });
  } else if (!isCalendarDate(value)) {
    ctx.addIssue({ code: 'custom', message: 'is not a calendar date', params: { code: 'notCalendarDate' } });
  }
});

const text = (max: number, rules: TextRuleOptions = {}) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .superRefine((value, ctx) => {
      const problem = textProblem(value, rules);
      if (problem) ctx.addIssue({ code: 'custom', message: problem.message, params: { code: problem.code, ...problem.params } });
    });
const multiLine = { multiLine: true } as const;
const contactField = text(limits.contactFieldLength).nullish();
// An address may take a line for the street and one for the town.
const addressField = text(limits.contactFieldLength, multiLine).nullish();
// Loose on purpose (something@something.tld): it catches "jan at caw" and a phone number typed in the
// wrong field, without refusing addresses a stricter pattern would not know. The domain is matched
// label by label (no label holds a dot), so the test stays linear in the text however long it is.
const emailPattern = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
const emailField = text(limits.contactFieldLength)
  .refine((value) => value === '' || emailPattern.test(value), { message: 'must be an e-mail address (name@domain.be)', params: { code: 'invalidEmail' } })
  .nullish();

export const contactSchema = z
  .object({
    email: emailField,
    phone: contactField,
    website: contactField,
    address: addressField,
    person: contactField,
  })
  .strict()
  // Empty and null fields are dropped, so "no e-mail" has one representation in every store.
  .transform((contact) =>
    Object.fromEntries(Object.entries(contact).filter(([, v]) => typeof v === 'string' && v !== '')) as Contact,
  );

/** Sorted in schema order without repeats, so equal sets compare equal after a round trip. */
function canonicalList<T extends string>(values: readonly [T, ...T[]]) {
  return z
    .array(z.enum(values))
    .transform((list) => values.filter((v) => list.includes(v)));
}

export const actorInputSchema = z
  .object({
    id: idSchema,
    kind: z.enum(nodeKindNames),
    name: text(limits.nameLength).pipe(z.string().min(1, 'must not be empty')),
    description: text(limits.descriptionLength, multiLine).nullish(),
    formal: z.boolean().optional(),
    domains: canonicalList(lifeDomainNames).optional(),
    targetGroups: canonicalList(targetGroupNames).optional(),
    contact: contactSchema.nullish(),
    since: dateSchema.nullish(),
    until: dateSchema.nullish(),
    // Exports carry the store's timestamps; an import ignores them (the store sets its own).
    createdAt: z.string().optional(),
    updatedAt: z.string().optional(),
  })
  .strict()
  .superRefine((a, ctx) => untilNotBeforeSince(a, ctx));

export const relationInputSchema = z
  .object({
    id: idSchema.optional(),
    kind: z.enum(relationKindNames),
    source: idSchema,
    target: idSchema,
    since: dateSchema.nullish(),
    until: dateSchema.nullish(),
    weight: z
      .number()
      .finite()
      .positive('must be greater than 0')
      .max(limits.maxWeight, `must be at most ${limits.maxWeight}`)
      .nullish(),
    note: text(limits.noteLength, multiLine).nullish(),
    status: z.enum(relationStatusNames).nullish(),
    createdAt: z.string().optional(),
    updatedAt: z.string().optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.source === r.target) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: 'must differ from source (no relation of an actor with itself)', params: { code: 'sameEndpoints' } });
    }
    untilNotBeforeSince(r, ctx);
  });

function untilNotBeforeSince(r: { since?: string | null | undefined; until?: string | null | undefined }, ctx: z.RefinementCtx): void {
  if (r.since && r.until && r.until < r.since) {
    ctx.addIssue({ code: 'custom', path: ['until'], message: `must not be before since (${r.since})`, params: { code: 'untilBeforeSince', since: r.since } });
  }
}

/** Free text under the text rules (survey answers use the same rules as actors and relations). */
export const freeTextSchema = text;
export const multiLineText = multiLine;
