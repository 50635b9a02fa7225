import { LoginForm } from '../features/auth/login-form';
import { SessionProvider, useSession } from '../components/session-context';
import { UserMenu } from '../features/auth/user-menu';
import { I18nProvider, useI18n } from '../i18n/i18n-context';
import { Explorer } from './explorer';
import { LanguageSwitch } from './language-switch';

function AppHeader() {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <div>
        <h1>{t('shell.title')}</h1>
        <p className="tagline">{t('shell.tagline')}</p>
      </div>
      <nav className="header-links" aria-label={t('shell.headerNav')}>
        <a href="graphiql.html">GraphiQL</a>
        <LanguageSwitch />
        <UserMenu />
      </nav>
    </header>
  );
}

/** The explorer for a logged-in user; the login form otherwise (also when a session expires). */
function AppBody() {
  const { state } = useSession();
  if (state.status === 'checking') return null;
  if (state.status === 'anonymous') return <LoginForm expired={state.expired} />;
  return <Explorer />;
}

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <div className="app">
          <a className="skip-link" href="#view-panel">
            <SkipLabel />
          </a>
          <AppHeader />
          <AppBody />
        </div>
      </SessionProvider>
    </I18nProvider>
  );
}

function SkipLabel() {
  const { t } = useI18n();
  return <>{t('shell.skipToContent')}</>;
}
