import { hasRole, type Role } from '@weefsel/graph-schema';
import { viewNames, type ViewName } from '../components/url-state';

/** Views only some roles may open; the rest are for every logged-in user. */
const requiredRole: Partial<Record<ViewName, Role>> = { survey: 'editor', users: 'admin', audit: 'admin' };

/** Whether this role may see this view's tab (null: nobody is logged in). */
export function mayOpenView(view: ViewName, role: Role | null): boolean {
  const required = requiredRole[view];
  return required === undefined || (role !== null && hasRole(role, required));
}

/** The tabs this role sees, in their fixed order. */
export function visibleViews(role: Role | null): ViewName[] {
  return viewNames.filter((view) => mayOpenView(view, role));
}
