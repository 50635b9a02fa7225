import { useId, useState } from 'react';
import { defaultPair, roundsOf, targetOf } from '../../components/round-comparison/comparison-rows';
import { SurveyRoundComparison } from '../../components/round-comparison/round-comparison';
import { useI18n } from '../../i18n/i18n-context';
import type { SurveyRound } from './rounds.api';

/**
 * "Compare with an earlier round" for the round chosen in the editors' view: opens the same
 * comparison the changes view shows, this round against the one before it of the same area or,
 * for a project's round, of the same project. Nothing when there is no earlier round.
 */
export function CompareRoundsToggle({ rounds, roundId }: { rounds: readonly SurveyRound[]; roundId: string }) {
  const { t } = useI18n();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const round = rounds.find((candidate) => candidate.id === roundId);
  const target = round ? targetOf(round) : null;
  if (!target || !defaultPair(roundsOf(rounds, target), roundId)) return null;
  const comparison = target.kind === 'project' ? { projectId: target.id } : { areaId: target.id };
  return (
    <div className="survey-compare">
      <button type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {open ? t('changes.rounds.closeComparison') : t('changes.rounds.compareEarlier')}
      </button>
      <div id={panelId}>{open && <SurveyRoundComparison {...comparison} laterRoundId={roundId} />}</div>
    </div>
  );
}
