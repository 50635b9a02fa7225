import { endpointKindProblem, relationKinds, surveyRelationKinds, surveyTieSentence, type Language, type NodeKind, type RelationKind, type SurveyTieDirection } from '@weefsel/graph-schema';

/** A kind of collaboration and, for a directed kind, which end the respondent is. */
export interface RelationChoice {
  kind: RelationKind;
  direction: SurveyTieDirection;
}

/** Every collaboration kind, a directed one both ways: for a partner whose kind is unknown. */
const everyChoice: RelationChoice[] = surveyRelationKinds.flatMap((kind) => [
  { kind, direction: 'FROM_RESPONDENT' as const },
  ...(relationKinds[kind].directed ? [{ kind, direction: 'TO_RESPONDENT' as const }] : []),
]);

/**
 * The kinds of collaboration between the respondent and a partner of `partnerKind`, in the schema's
 * order, each directed kind in the directions graph-schema's endpoint rules allow (`endpointKindProblem`,
 * the check every write makes): "we refer to X" when the respondent may be the source, "X refers
 * to us" when the partner may be. So an accepted tie never fails on its endpoints. Every choice for
 * an unknown kind, or when the schema allows none (the API then says why).
 */
export function relationChoices(respondentKind: NodeKind, partnerKind: NodeKind | null): RelationChoice[] {
  if (partnerKind === null) return everyChoice;
  const allowed = everyChoice.filter(({ kind, direction }) =>
    direction === 'FROM_RESPONDENT' ? endpointKindProblem(kind, respondentKind, partnerKind) === null : endpointKindProblem(kind, partnerKind, respondentKind) === null,
  );
  return allowed.length > 0 ? allowed : everyChoice;
}

/** A choice as one `<option>` value ("REFERS_TO:TO_RESPONDENT"), and back. */
export function choiceValue(choice: RelationChoice): string {
  return `${choice.kind}:${choice.direction}`;
}

export function choiceOf(value: string): RelationChoice {
  const [kind, direction] = value.split(':') as [RelationKind, SurveyTieDirection];
  return { kind, direction };
}

/** The choices as the form's sentences about the partner: "verwijst door naar X", "X verwijst door naar ons". */
export function relationOptions(respondentKind: NodeKind, partner: { name: string; kind: NodeKind | null }, language: Language): { value: string; label: string }[] {
  return relationChoices(respondentKind, partner.kind).map((choice) => ({ value: choiceValue(choice), label: surveyTieSentence(choice.kind, choice.direction, partner.name, language) }));
}
