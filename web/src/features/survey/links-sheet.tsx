import { useI18n } from '../../i18n/i18n-context';
import { QrCode } from './qr-code';
import { surveyLinkFor } from './survey-link';
import type { SurveyLink } from './rounds.api';

export interface ShownLinks {
  title: string;
  links: (SurveyLink & { name: string })[];
}

/**
 * The personal links of a round, shown once (the API keeps only their hashes): one line per actor
 * with its link and a QR code, printable as a list to hand out on paper.
 */
export function LinksSheet({ shown, onHide }: { shown: ShownLinks; onHide: () => void }) {
  const { t } = useI18n();
  const origin = window.location.origin;
  return (
    <section className="survey-links-sheet" aria-labelledby="survey-links-title">
      <h3 id="survey-links-title">{t('surveyEditor.links.title', { title: shown.title })}</h3>
      <p className="notice survey-no-print">{t('surveyEditor.links.once')}</p>
      <div className="survey-row survey-no-print">
        <button type="button" onClick={() => window.print()}>
          {t('surveyEditor.links.print')}
        </button>
        <button type="button" className="secondary" onClick={onHide}>
          {t('surveyEditor.links.hide')}
        </button>
      </div>
      <table className="survey-table survey-links-table">
        <caption>{t('surveyEditor.links.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('surveyEditor.links.actor')}</th>
            <th scope="col">{t('surveyEditor.links.link')}</th>
            <th scope="col">{t('surveyEditor.links.qr')}</th>
          </tr>
        </thead>
        <tbody>
          {[...shown.links]
            .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
            .map((link) => {
              const url = surveyLinkFor(origin, link.token);
              return (
                <tr key={link.invitationId} data-actor-id={link.actorId}>
                  <th scope="row">{link.name}</th>
                  <td>
                    <code className="survey-link-text">{url}</code>
                  </td>
                  <td>
                    <QrCode text={url} label={t('surveyEditor.links.qrLabel', { name: link.name })} />
                  </td>
                </tr>
              );
            })}
        </tbody>
      </table>
    </section>
  );
}
