import { useId, useState } from 'react';
import { defaultPair, roundsOfArea } from '../../components/round-comparison/comparison-rows';
import { SurveyRoundComparison } from '../../components/round-comparison/round-comparison';
import { useI18n } from '../../i18n/i18n-context';
import type { SurveyRound } from './rounds.api';

/**
 * "Compare with an earlier round" for the round chosen in the editors' view: opens the same
 * comparison the changes view shows, this round against the one of its area before it. Nothing
 * when the area has no earlier round.
 */
export function CompareRoundsToggle({ rounds, roundId }: { rounds: readonly SurveyRound[]; roundId: string }) {
  const { t } = useI18n();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const round = rounds.find((candidate) => candidate.id === roundId);
  if (!round || !defaultPair(roundsOfArea(rounds, round.areaId), roundId)) return null;
  return (
    <div className="survey-compare">
      <button type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {open ? t('changes.rounds.closeComparison') : t('changes.rounds.compareEarlier')}
      </button>
      <div id={panelId}>{open && <SurveyRoundComparison areaId={round.areaId} laterRoundId={roundId} />}</div>
    </div>
  );
}
