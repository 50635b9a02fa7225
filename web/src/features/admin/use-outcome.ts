import type { Role } from '@weefsel/graph-schema';
import { useState } from 'react';
import type { MessageKey } from '../../i18n/messages';

/** What the last action on a user did, kept as a key and codes so a language switch rewords it. */
export type Outcome =
  | { kind: 'done'; key: MessageKey; name: string; role?: Role; password?: string | null }
  | { kind: 'failed'; name: string; error: unknown }
  | null;

export function useOutcome() {
  const [outcome, setOutcome] = useState<Outcome>(null);
  return {
    outcome,
    done: (key: MessageKey, name: string, extra: { role?: Role; password?: string | null } = {}) => setOutcome({ kind: 'done', key, name, ...extra }),
    failed: (name: string, error: unknown) => setOutcome({ kind: 'failed', name, error }),
    clear: () => setOutcome(null),
  };
}
