import { parseArgs } from 'node:util';
import type { GenerateOptions } from './generator/generate-options';

export const usage = `Usage: npm run generate -- [options]
  --seed N             seed of the generator (default 1); same seed and options, same file
  --actors N           all nodes, areas included (default 50000)
  --relations N        all relations, structural included (default 5 per actor)
  --care-zones N       eerstelijnszones (default scales with actors, 60 at 50000)
  --municipalities N   municipalities (default scales with actors, 300 at 50000)
  --start-year Y       first year of relation dates (default 2019)
  --end-year Y         last year of relation dates (default 2026)
  --demo               write the demo network instead of a generated one
  --out FILE           write to FILE instead of standard output
  --help               show this text`;

export type GenerateCommand =
  | { action: 'help' }
  | { action: 'demo'; out: string | null }
  | { action: 'generate'; options: GenerateOptions; out: string | null };

const numberFlags = {
  actors: 'actors',
  relations: 'relations',
  'care-zones': 'careZones',
  municipalities: 'municipalities',
  'start-year': 'startYear',
  'end-year': 'endYear',
} as const satisfies Record<string, keyof GenerateOptions>;

function wholeNumber(flag: string, text: string): number {
  if (!/^-?\d+$/.test(text)) throw new Error(`generate: --${flag} must be a whole number, got "${text}"; for example --${flag} 1000`);
  return Number(text);
}

/** Reads the command line; throws an Error naming the bad flag. */
export function parseGenerateArgs(argv: readonly string[]): GenerateCommand {
  const flags = Object.fromEntries(Object.keys(numberFlags).map((name) => [name, { type: 'string' as const }]));
  const { values } = parseArgs({
    args: [...argv],
    options: { ...flags, seed: { type: 'string' }, out: { type: 'string' }, demo: { type: 'boolean' }, help: { type: 'boolean' } },
    strict: true,
  });
  if (values.help) return { action: 'help' };
  const out = typeof values.out === 'string' ? values.out : null;
  if (values.demo) return { action: 'demo', out };
  const options: GenerateOptions = { seed: typeof values.seed === 'string' ? wholeNumber('seed', values.seed) : 1 };
  for (const [flag, key] of Object.entries(numberFlags)) {
    const text = (values as Record<string, unknown>)[flag];
    if (typeof text === 'string') options[key] = wholeNumber(flag, text);
  }
  return { action: 'generate', options, out };
}
