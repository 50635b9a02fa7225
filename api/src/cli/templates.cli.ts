import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { demoGraph } from '@weefsel/seeds';
import { repoRoot } from '../config';
import { templateFiles, templateWorkbook } from '../interchange-files';

/** `npm run templates`: writes the empty import template and the filled example to seeds/templates/. */
const dir = path.join(repoRoot, 'seeds', 'templates');
await writeFile(path.join(dir, templateFiles.empty), await templateWorkbook(null));
await writeFile(path.join(dir, templateFiles.example), await templateWorkbook(demoGraph()));
console.log(`wrote ${templateFiles.empty} and ${templateFiles.example} to ${dir}`);
