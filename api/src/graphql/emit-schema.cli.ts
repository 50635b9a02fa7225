import path from 'node:path';
import { repoRoot } from '../config';
import { buildWeefselSchema } from './build-schema';

const file = path.join(repoRoot, 'api', 'schema.graphql');
await buildWeefselSchema(file);
console.log(`wrote ${file}`);
