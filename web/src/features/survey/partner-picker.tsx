import { useId, useRef, useState } from 'react';
import { useAsync } from '../../components/use-async';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { useI18n } from '../../i18n/i18n-context';
import { kindLabel } from '../../i18n/schema-labels';
import { outsideChoices, roundChoices } from './partner-options';
import { searchSurveyActors, type SurveyActor } from './respondent.api';

export interface PartnerPickerProps {
  token: string;
  respondentId: string;
  actors: readonly SurveyActor[];
  chosen: ReadonlySet<string>;
  onChoose: (actor: SurveyActor) => void;
}

/**
 * A search field over the round's actors with, from two characters on, a search beyond the round.
 * Results are plain buttons in lists (not a combobox): Tab reaches them, and the count is announced.
 */
export function PartnerPicker({ token, respondentId, actors, chosen, onChoose }: PartnerPickerProps) {
  const { t, language } = useI18n();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), 300);
  // Each search spends one request of the link's allowance (60 a minute): only after a pause in typing.
  const found = useAsync(query.length >= 2 ? query : null, (signal) => searchSurveyActors(token, query, signal));
  const inRound = roundChoices(actors, chosen, text);
  const outside = found.status === 'ready' ? outsideChoices(found.data, new Set(actors.map((a) => a.id)), chosen, respondentId) : [];
  const count = inRound.shown.length + inRound.more + outside.length;

  const choose = (actor: SurveyActor) => {
    onChoose(actor);
    // The pressed button leaves the list: keep the keyboard where the person was.
    inputRef.current?.focus();
  };

  const list = (items: readonly SurveyActor[]) => (
    <ul className="survey-choices">
      {items.map((actor) => (
        <li key={actor.id}>
          <button type="button" onClick={() => choose(actor)}>
            <span className="survey-choice-name">{actor.name}</span>
            <span className="survey-choice-kind">{kindLabel(actor.kind, language)}</span>
          </button>
        </li>
      ))}
    </ul>
  );

  return (
    <section className="survey-picker" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('survey.pick.title')}</h3>
      <label htmlFor={id}>{t('survey.pick.filter')}</label>
      <p id={`${id}-hint`} className="survey-hint">
        {t('survey.pick.hint')}
      </p>
      <input ref={inputRef} id={id} type="search" autoComplete="off" aria-describedby={`${id}-hint ${id}-status`} value={text} onChange={(event) => setText(event.target.value)} />
      <p id={`${id}-status`} role="status" className="survey-hint">
        {count === 0 && text.trim() !== '' && found.status !== 'loading' ? t('survey.pick.none', { text: text.trim() }) : t('survey.pick.count', { count })}
      </p>
      {inRound.shown.length > 0 && (
        <>
          <h4>{t('survey.pick.inRound')}</h4>
          {list(inRound.shown)}
        </>
      )}
      {inRound.more > 0 && <p className="survey-hint">{t('survey.pick.more', { count: inRound.more })}</p>}
      {outside.length > 0 && (
        <>
          <h4>{t('survey.pick.outside')}</h4>
          {list(outside)}
        </>
      )}
      {found.status === 'error' && (
        <p role="alert" className="survey-field-error">
          {t('survey.pick.searchFailed', { message: found.message })}
        </p>
      )}
    </section>
  );
}
