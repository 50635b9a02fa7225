import { hasRole } from '@weefsel/graph-schema';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { useSession } from '../../components/session-context';

/**
 * The admin screens for admins only. Their tabs are hidden from other roles; this covers a shared
 * link to one (the API refuses their data anyway).
 */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { state } = useSession();
  if (state.status !== 'user' || !hasRole(state.user.role, 'admin')) return <p className="notice">{t('admin.only')}</p>;
  return <>{children}</>;
}
