// Test support: how the simulated graph answers the kept-model statements.
import { keepModel, readKeptModel } from '../cypher/kept-model.cypher';
import type { StatementHandler } from './simulated-transactions';

const same = (build: () => { cypher: string }) => (q: { cypher: string }) => q.cypher === build().cypher;

export const modelHandlers: StatementHandler[] = [
  {
    matches: same(() => readKeptModel('')),
    answer: (g, q) => {
      const kept = g.models.get(String(q.params.key));
      return kept ? [{ key: q.params.key, ...kept }] : [];
    },
  },
  {
    matches: same(() => keepModel('', '', '', null)),
    answer: (g, { params: p }) => {
      const key = String(p.key);
      if ((g.models.get(key)?.mark ?? '') === p.replacing) g.models.set(key, { mark: String(p.mark), model: String(p.model) });
      return [{ key, ...g.models.get(key) }];
    },
  },
];
