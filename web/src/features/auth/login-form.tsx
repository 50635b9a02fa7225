import { useId, useState, type FormEvent } from 'react';
import { GraphQLRequestError } from '../../api/graphql-client';
import { useI18n } from '../../i18n/i18n-context';
import { logIn } from '../../api/auth.api';
import { useSession } from '../../components/session-context';

function failureCode(error: unknown): string | undefined {
  return error instanceof GraphQLRequestError ? error.errors[0]?.extensions?.code : undefined;
}

/** Name and password, labelled for screen readers; errors are announced (role="alert"). */
export function LoginForm({ expired }: { expired: boolean }) {
  const { t } = useI18n();
  const { loggedIn } = useSession();
  const id = useId();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      loggedIn(await logIn(name.trim(), password));
    } catch (failure) {
      const code = failureCode(failure);
      setError(code === 'UNAUTHENTICATED' ? t('auth.login.wrong') : code === 'RATE_LIMITED' ? t('auth.login.tooMany') : t('auth.login.failed'));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="login-main">
      <form className="panel login-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('auth.login.title')}</h2>
        {expired && (
          <p className="notice" role="status">
            {t('auth.login.expired')}
          </p>
        )}
        <label htmlFor={`${id}-name`}>{t('auth.login.name')}</label>
        <input id={`${id}-name`} name="username" autoComplete="username" required value={name} onChange={(e) => setName(e.target.value)} />
        <label htmlFor={`${id}-password`}>{t('auth.login.password')}</label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {t('auth.login.submit')}
        </button>
      </form>
    </main>
  );
}
