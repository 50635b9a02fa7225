import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { ValidationError } from '@weefsel/graph-schema';
import { demoGraph } from './demo/demo-graph';
import { writeDocument } from './document-writer';
import { parseGenerateArgs, usage } from './generate-args';
import { generateGraph } from './generator/generate-graph';

/** `npm run generate -- --seed 1 --actors 50000 --relations 250000 --out FILE` */
async function main(argv: readonly string[]): Promise<void> {
  const command = parseGenerateArgs(argv);
  if (command.action === 'help') {
    console.log(usage);
    return;
  }
  const started = performance.now();
  const doc = command.action === 'demo' ? demoGraph() : generateGraph(command.options);
  if (command.out) {
    const file = createWriteStream(command.out);
    await writeDocument(doc, file);
    file.end();
    await finished(file);
  } else {
    await writeDocument(doc, process.stdout);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.error(`generate: wrote ${doc.actors.length} actors and ${doc.relations.length} relations to ${command.out ?? 'standard output'} in ${seconds} s`);
}

// `npm run generate | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ValidationError) {
    for (const issue of error.issues) console.error(`generate: --${issue.path}: ${issue.message}`);
  } else {
    console.error(`generate: ${error instanceof Error ? error.message.replace(/^generate: /, '') : String(error)}`);
    console.error(usage);
  }
  process.exitCode = 2;
});
