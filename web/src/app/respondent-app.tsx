import { RespondentPage } from '../features/survey/respondent-page';
import { I18nProvider, useI18n } from '../i18n/i18n-context';
import { LanguageSwitch } from './language-switch';

function RespondentHeader() {
  const { t } = useI18n();
  return (
    <header className="app-header survey-header">
      <p className="survey-brand">
        {t('shell.title')} · {t('survey.form.title')}
      </p>
      <LanguageSwitch />
    </header>
  );
}

/**
 * The shell of a personal survey link: no login, no explorer, only the language switch and the
 * respondent's form. Opened when the address carries `#bevraging=<token>` (see survey-link.ts).
 */
export function RespondentApp({ token }: { token: string }) {
  return (
    <I18nProvider>
      <div className="survey-app">
        <RespondentHeader />
        <RespondentPage token={token} />
      </div>
    </I18nProvider>
  );
}
