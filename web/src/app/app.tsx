import { NetworkView } from '../features/network/network-view';
import { I18nProvider, useI18n } from '../i18n/i18n-context';
import { LanguageSwitch } from './language-switch';

function AppHeader() {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <div>
        <h1>{t('appTitle')}</h1>
        <p className="tagline">{t('appTagline')}</p>
      </div>
      <nav className="header-links">
        <a href="graphiql.html">GraphiQL</a>
        <LanguageSwitch />
      </nav>
    </header>
  );
}

export function App() {
  return (
    <I18nProvider>
      <div className="app">
        <AppHeader />
        <NetworkView />
      </div>
    </I18nProvider>
  );
}
