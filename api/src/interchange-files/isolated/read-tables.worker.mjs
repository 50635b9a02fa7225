// Plain JavaScript on purpose: a Worker starts with Node's own loader (under tsx, vitest or the
// CLI alike), so this entry loads the TypeScript reader through tsx's API itself.
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { readTables } = await tsImport('../read-tables.ts', import.meta.url);

/** Structured clone hands a Buffer over as a plain Uint8Array; the readers want Buffer's methods. */
const files = workerData.files.map((file) => ({ name: file.name, content: Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength) }));

try {
  parentPort.postMessage({ ok: true, tables: await readTables(files, workerData.limits) });
} catch (error) {
  if (error && error.name === 'ValidationError' && Array.isArray(error.issues)) parentPort.postMessage({ ok: false, issues: error.issues });
  else parentPort.postMessage({ ok: false, unexpected: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
