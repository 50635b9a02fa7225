import type { Label } from './labels';

export interface RoleSpec {
  label: Label;
  /** Higher ranks include everything lower ranks may do. */
  rank: number;
  /** Sees the personal properties of actors (`nodeKinds[k].personalProperties`, `contact.person`). */
  seesPersonalData: boolean;
  description: Label;
}

/** Who may do what: viewer < editor < admin. Every check in the API compares ranks from here. */
export const roles = {
  viewer: {
    label: { nl: 'Lezer', en: 'Viewer' },
    rank: 1,
    seesPersonalData: false,
    description: { nl: 'bekijkt het netwerk, zonder persoonsgegevens', en: 'reads the network, without personal data' },
  },
  editor: {
    label: { nl: 'Redacteur', en: 'Editor' },
    rank: 2,
    seesPersonalData: true,
    description: { nl: 'bewerkt het netwerk en ziet persoonsgegevens', en: 'edits the network and sees personal data' },
  },
  admin: {
    label: { nl: 'Beheerder', en: 'Administrator' },
    rank: 3,
    seesPersonalData: true,
    description: {
      nl: 'beheert gebruikers, leest de audittrail en wist personen',
      en: 'manages users, reads the audit trail and erases people',
    },
  },
} as const satisfies Record<string, RoleSpec>;

export type Role = keyof typeof roles;
export const roleNames = Object.keys(roles) as [Role, ...Role[]];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && Object.hasOwn(roles, value);
}

/** True when `role` may do what `required` may (a higher rank includes the lower ones). */
export function hasRole(role: Role, required: Role): boolean {
  return roles[role].rank >= roles[required].rank;
}
