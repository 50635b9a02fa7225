import { roles } from '@weefsel/graph-schema';
import { forwardRef } from 'react';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/i18n-context';
import type { Outcome } from './use-outcome';
import { userProblemsOf } from './user-problems';

/**
 * The result of the last action, read out by screen readers: a success politely (status), a
 * refusal at once (alert). Focusable, so focus has somewhere to go when the row acted on is gone.
 */
export const OutcomeMessage = forwardRef<HTMLDivElement, { outcome: Outcome }>(function OutcomeMessage({ outcome }, ref) {
  const { t, language } = useI18n();
  let text = '';
  if (outcome?.kind === 'done') text = t(outcome.key, { name: outcome.name, role: outcome.role ? roles[outcome.role].label[language] : '' });
  const problems = outcome?.kind === 'failed' ? userProblemsOf(outcome.error) : [];
  const failure =
    outcome?.kind === 'failed'
      ? problems.length > 0
        ? problems.map((problem) => (problem.field === 'user' ? t(problem.key, { name: outcome.name }) : t(problem.key))).join(' ')
        : describeError(outcome.error, language)
      : '';
  return (
    <div ref={ref} tabIndex={-1} className="admin-outcome">
      <p role="status" className={text ? 'notice success' : 'visually-hidden'}>
        {text}
      </p>
      {outcome?.kind === 'done' && outcome.password && (
        <p className="notice generated-password">
          {t('admin.done.generated', { name: outcome.name })} <code>{outcome.password}</code>
        </p>
      )}
      {failure && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
    </div>
  );
});
