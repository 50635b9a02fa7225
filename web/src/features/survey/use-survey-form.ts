import { useEffect, useState } from 'react';
import { fieldIssuesOf } from '../../api/editing.api';
import { useAsync } from '../../components/use-async';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/i18n-context';
import { answerInput, draftFromAnswer, missingChoices, type AnswerDraft } from './answer-draft';
import { placeIssue, type AnswerIssue, type PlacedIssue } from './form-issues';
import { fetchSurveyForm, saveSurveyAnswer, type SavedAnswer } from './respondent.api';

export type SaveMode = 'draft' | 'submit';

/**
 * What the last save attempt left: field issues, placed against the answer that was sent (by entry
 * key, so removing a partner later does not move them), or a failure of the whole request.
 */
type Problems = { placed: PlacedIssue[]; failure: unknown };
const noProblems: Problems = { placed: [], failure: null };

/**
 * The respondent's form: loads it with the token, holds the answer being filled in, saves a draft
 * or submits. Problems are kept as codes, placed when found and worded on every render, so switching the
 * language rewords them at once.
 */
export function useSurveyForm(token: string) {
  const { language } = useI18n();
  const loaded = useAsync(token, (signal) => fetchSurveyForm(token, signal));
  const form = loaded.status === 'ready' ? loaded.data : null;
  const [draft, setDraft] = useState<AnswerDraft | null>(null);
  const [saved, setSaved] = useState<SavedAnswer>({});
  const [busy, setBusy] = useState<SaveMode | null>(null);
  const [lastSaved, setLastSaved] = useState<SaveMode | null>(null);
  const [problems, setProblems] = useState<Problems>(noProblems);

  // The saved answer becomes the form's state once; later loads (none today) must not overwrite typing.
  useEffect(() => {
    if (!form || draft !== null) return;
    setDraft(draftFromAnswer(form.answer));
    setSaved({ draftSavedAt: form.draftSavedAt, submittedAt: form.submittedAt });
  }, [form, draft]);

  const failure = problems.failure ? describeError(problems.failure, language) : null;

  const save = async (mode: SaveMode): Promise<boolean> => {
    if (!draft) return false;
    const place = (issues: AnswerIssue[]) => issues.map((issue) => placeIssue(issue, draft));
    const missing = missingChoices(draft, mode);
    if (missing.length > 0) {
      setProblems({ placed: place(missing), failure: null });
      return false;
    }
    setBusy(mode);
    setLastSaved(null);
    try {
      setSaved(await saveSurveyAnswer(token, answerInput(draft), mode));
      setProblems(noProblems);
      setLastSaved(mode);
      return true;
    } catch (error) {
      const issues = fieldIssuesOf(error);
      setProblems(issues.length > 0 ? { placed: place(issues), failure: null } : { placed: [], failure: error });
      return false;
    } finally {
      setBusy(null);
    }
  };

  /** Changes the answer; a problem at a field the person just changed stays until the next save. */
  const change = (next: (current: AnswerDraft) => AnswerDraft) => setDraft((current) => (current ? next(current) : current));

  return { loaded, form, draft, change, save, saved, busy, lastSaved, issues: problems.placed, failure, found: problems };
}
