import { useMemo, useState } from 'react';
import { fieldIssuesOf, type FieldIssue } from '../../api/editing.api';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/i18n-context';
import { sortIssues, type SortedIssues } from './field-issues';

/**
 * The problems a form shows, kept as codes (the form's own checks, the API's issues, or a failed
 * request) and worded on every render: switching the language rewords them at once.
 */
export function useFormProblems(fields: readonly string[]) {
  const { language } = useI18n();
  const [found, setFound] = useState<{ issues: FieldIssue[]; failure?: unknown }>({ issues: [] });
  const issues = useMemo<SortedIssues>(() => {
    const sorted = sortIssues(found.issues, fields, language);
    return 'failure' in found ? { ...sorted, other: [...sorted.other, describeError(found.failure, language)] } : sorted;
  }, [found, fields, language]);
  return {
    issues,
    /** Shows these issues at their fields (none: the form is clean). */
    showIssues: (next: FieldIssue[]) => setFound({ issues: next }),
    /** Shows what a failed save says: its field issues, or the failure as a whole. */
    showFailure: (error: unknown) => {
      const fieldIssues = fieldIssuesOf(error);
      setFound(fieldIssues.length > 0 ? { issues: fieldIssues } : { issues: [], failure: error });
    },
  };
}
