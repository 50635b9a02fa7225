import { useEffect, useRef } from 'react';
import type { PlacedIssue, SurveyStep } from './form-issues';

export interface SummaryLine {
  placed: PlacedIssue;
  text: string;
}

/**
 * The problems of the last save, at the top of the page and focused when they appear (the GOV.UK
 * error summary pattern). Each line is a button that opens the page of the field and focuses it:
 * not a `#id` link, which would replace the personal link's fragment in the address bar.
 */
export function ErrorSummary({
  title,
  lines,
  failure,
  found,
  onGoTo,
}: {
  title: string;
  lines: SummaryLine[];
  failure: string | null;
  /** Changes with each save that found problems: the summary takes focus then, not on every render. */
  found: unknown;
  onGoTo: (step: SurveyStep, fieldId: string) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = lines.length > 0 || failure !== null;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, found]);
  if (!shown) return null;
  return (
    <div ref={ref} className="survey-error-summary" role="alert" tabIndex={-1} aria-labelledby="survey-error-title">
      {lines.length > 0 && <h2 id="survey-error-title">{title}</h2>}
      {failure !== null && <p id={lines.length > 0 ? undefined : 'survey-error-title'}>{failure}</p>}
      {lines.length > 0 && (
        <ul>
          {lines.map(({ placed, text }, index) => (
            <li key={index}>
              {placed.fieldId ? (
                <button type="button" className="survey-link-button" onClick={() => onGoTo(placed.step, placed.fieldId as string)}>
                  {text}
                </button>
              ) : (
                text
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
