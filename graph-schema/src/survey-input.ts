import { z } from 'zod';
import { nodeKindNames } from './node-kinds';
import { dateSchema, freeTextSchema, idSchema, limits, multiLineText } from './properties';
import { collaborationKinds } from './relation-kinds';
import { collaborationLevelNames, contactFrequencyNames, surveyScaleMax, surveyScaleMin, surveyTieDirectionNames, type TrustItem, type ValueItem } from './survey-scales';
import { itemAnswersOf, surveyScoreDimensions, surveyScoreItems } from './survey-scores';
import { ValidationError } from './validation-error';
import { codedIssuesOf } from './zod-issues';

/** Bounds of survey input: one answer lists at most `partnersPerAnswer` partners. */
export const surveyLimits = {
  titleLength: 200,
  introLength: 5000,
  partnersPerAnswer: 300,
  invitationsPerRound: 5000,
} as const;

const scaleSchema = z
  .number()
  .refine((n) => Number.isInteger(n) && n >= surveyScaleMin && n <= surveyScaleMax, {
    message: `must be a whole number from ${surveyScaleMin} to ${surveyScaleMax}`,
    params: { code: 'outOfRange', min: surveyScaleMin, max: surveyScaleMax },
  })
  .nullish();

/**
 * The items of one score, each optional; strict, so a misspelt item is refused rather than lost.
 * Stored with only the items answered, and absent when none was (not `{}`).
 */
function itemsSchema<Item extends string>(names: readonly Item[]) {
  const shape = Object.fromEntries(names.map((name) => [name, scaleSchema])) as Record<Item, typeof scaleSchema>;
  return z
    .object(shape)
    .strict()
    .transform((items) => {
      const given = Object.entries(items).filter((entry): entry is [Item, number] => typeof entry[1] === 'number');
      return given.length > 0 ? (Object.fromEntries(given) as Partial<Record<Item, number>>) : undefined;
    })
    .nullish();
}

const contactText = freeTextSchema(limits.contactFieldLength).nullish();

/** Who filled in the form: optional, and personal data (erasable, never shown to other respondents). */
export const respondentContactSchema = z.object({ name: contactText, email: contactText, phone: contactText, role: contactText }).strict();

export const proposedActorSchema = z
  .object({
    name: freeTextSchema(limits.nameLength).pipe(z.string().min(1, 'must not be empty')),
    kind: z.enum(nodeKindNames),
    place: freeTextSchema(limits.nameLength).nullish(),
  })
  .strict();

export const reportedPartnerSchema = z
  .object({
    partnerActorId: idSchema.nullish(),
    proposedActor: proposedActorSchema.nullish(),
    relationKind: z.enum(collaborationKinds as [(typeof collaborationKinds)[number], ...(typeof collaborationKinds)[number][]]),
    // Absent: the respondent is the source of a directed kind (what answers meant before it existed).
    direction: z.enum(surveyTieDirectionNames).nullish(),
    level: z.enum(collaborationLevelNames),
    frequency: z.enum(contactFrequencyNames).nullish(),
    // The single score of answers stored before the items (and of API clients that ask one question).
    value: scaleSchema,
    trust: scaleSchema,
    valueItems: itemsSchema<ValueItem>(surveyScoreItems.value.names),
    trustItems: itemsSchema<TrustItem>(surveyScoreItems.trust.names),
    since: dateSchema.nullish(),
    note: freeTextSchema(limits.noteLength, multiLineText).nullish(),
  })
  .strict()
  .superRefine((p, ctx) => {
    // Exactly one of the two: a known actor, or a new one for an editor to approve.
    if (!p.partnerActorId === !p.proposedActor) {
      ctx.addIssue({ code: 'custom', path: ['partnerActorId'], message: 'give either partnerActorId or proposedActor, not both or neither', params: { code: 'partnerOrProposal' } });
    }
    // A score is the mean of its items, or the single score: never both, which could disagree.
    for (const dimension of surveyScoreDimensions) {
      if (p[dimension] != null && Object.keys(itemAnswersOf(p, dimension)).length > 0) {
        ctx.addIssue({ code: 'custom', path: [dimension], message: 'give either the items or the single score, not both', params: { code: 'scoreAndItems' } });
      }
    }
  });

export const surveyAnswerBodySchema = z
  .object({
    contact: respondentContactSchema.nullish(),
    partners: z.array(reportedPartnerSchema).max(surveyLimits.partnersPerAnswer, `must list at most ${surveyLimits.partnersPerAnswer} partners`),
  })
  .strict();

export type RespondentContactInput = z.input<typeof respondentContactSchema>;
export type SurveyAnswerBodyInput = z.input<typeof surveyAnswerBodySchema>;
export type ValidSurveyAnswerBody = z.output<typeof surveyAnswerBodySchema>;

/**
 * A validated answer: every issue named by its path (`partners[2].trust`,
 * `partners[2].trustItems.OPEN`), nothing stored when one fails. A partner without a value or trust
 * score is valid here (a draft, an answer from before the items); `unscoredIssues` names them, and
 * a submission with one is refused where it is saved (`answerAfterSave` in the API).
 */
export function validateSurveyAnswerBody(input: unknown, operation = 'saveSurveyAnswer'): ValidSurveyAnswerBody {
  const parsed = surveyAnswerBodySchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(operation, codedIssuesOf(parsed.error, ''));
  return parsed.data;
}

export const surveyRoundInputSchema = z
  .object({
    id: idSchema,
    title: freeTextSchema(surveyLimits.titleLength).pipe(z.string().min(1, 'must not be empty')),
    intro: freeTextSchema(surveyLimits.introLength, multiLineText).nullish(),
    areaId: idSchema.nullish(),
    projectId: idSchema.nullish(),
    opensOn: dateSchema,
    closesOn: dateSchema,
    createdBy: z.string().min(1, 'must not be empty').max(limits.nameLength),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (!r.areaId === !r.projectId) {
      ctx.addIssue({ code: 'custom', path: ['areaId'], message: 'give either areaId or projectId, not both or neither', params: { code: 'areaOrProject' } });
    }
    if (r.closesOn < r.opensOn) {
      ctx.addIssue({ code: 'custom', path: ['closesOn'], message: `must not be before opensOn (${r.opensOn})`, params: { code: 'closesBeforeOpens', opensOn: r.opensOn } });
    }
  });

export type SurveyRoundInput = z.input<typeof surveyRoundInputSchema>;
export type ValidSurveyRoundInput = z.output<typeof surveyRoundInputSchema>;

export function validateSurveyRound(input: unknown, operation = 'createSurveyRound'): ValidSurveyRoundInput {
  const parsed = surveyRoundInputSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(operation, codedIssuesOf(parsed.error, ''));
  return parsed.data;
}
