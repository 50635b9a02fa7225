import { gapKinds, gapSeverityHeadings, type GapKind, type GapSeverity, type Language } from '@weefsel/graph-schema';

type GapKey = `gaps.kind.${GapKind}` | `gaps.severity.${GapSeverity}`;

/** Gap kinds and severity headings from graph-schema, which the API's gaps and the area report use too. */
export function gapMessages(language: Language): Record<GapKey, string> {
  return Object.fromEntries([
    ...Object.entries(gapKinds).map(([kind, label]) => [`gaps.kind.${kind}`, label[language]]),
    ...Object.entries(gapSeverityHeadings).map(([severity, label]) => [`gaps.severity.${severity}`, label[language]]),
  ]) as Record<GapKey, string>;
}
