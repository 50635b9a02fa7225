import { roles } from '@weefsel/graph-schema';
import { useI18n } from '../../i18n/i18n-context';
import { useSession } from '../../components/session-context';

/** Who is logged in, with which role, and the way out. */
export function UserMenu() {
  const { t, language } = useI18n();
  const { state, logOut } = useSession();
  if (state.status !== 'user') return null;
  return (
    <div className="user-menu">
      <span className="user-name">{t('auth.loggedInAs', { name: state.user.name, role: roles[state.user.role].label[language] })}</span>
      <button type="button" onClick={() => void logOut()}>
        {t('auth.logout')}
      </button>
      <button type="button" onClick={() => void logOut(true)}>
        {t('auth.logoutEverywhere')}
      </button>
    </div>
  );
}
