import { Worker } from 'node:worker_threads';
import { ValidationError, type ValidationIssue } from '@weefsel/graph-schema';
import { RateLimitedError } from '../../rate-limited-error';
import type { InputFile, Table } from '../read-tables';
import { defaultTableLimits, limitError, type TableLimits } from '../table-limits';
import { Slots } from './slots';

/** How uploads are read off the request thread; the defaults are documented in docs/security.md. */
export interface IsolatedReaderOptions {
  /** Files read at the same time (one worker each); more wait for a free slot. */
  parallel: number;
  /** How long a read waits for a slot before the request is answered "busy, retry". */
  queueMs: number;
  /** Heap of one reading worker (V8's old generation); a file that needs more is refused. */
  heapMb: number;
  /** How long one read may take before the worker is stopped and the file refused. */
  timeoutMs: number;
  limits: TableLimits;
}

export const defaultIsolatedReaderOptions: IsolatedReaderOptions = {
  parallel: 2,
  queueMs: 10_000,
  heapMb: 512,
  timeoutMs: 60_000,
  limits: defaultTableLimits,
};

type WorkerAnswer = { ok: true; tables: Table[] } | { ok: false; issues: ValidationIssue[] } | { ok: false; unexpected: string };

const workerUrl = new URL('./read-tables.worker.mjs', import.meta.url);

/**
 * Reads spreadsheets in a worker thread with its own heap limit and a time limit, a few at a time:
 * parsing an untrusted file can then neither stall other requests nor take the server's memory.
 */
export class IsolatedTableReader {
  private readonly slots: Slots;

  constructor(private readonly options: IsolatedReaderOptions = defaultIsolatedReaderOptions) {
    this.slots = new Slots(options.parallel);
  }

  async read(files: readonly InputFile[]): Promise<Table[]> {
    const names = files.map((f) => f.name).join(', ');
    const release = await this.slots.acquire(this.options.queueMs);
    if (!release) throw new RateLimitedError(`import ${names}`, Math.ceil(this.options.queueMs / 1000));
    try {
      return await this.inWorker(files, names);
    } finally {
      release();
    }
  }

  private inWorker(files: readonly InputFile[], names: string): Promise<Table[]> {
    const { heapMb, timeoutMs, limits } = this.options;
    const worker = new Worker(workerUrl, {
      workerData: { files: files.map((f) => ({ name: f.name, content: f.content })), limits },
      resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32 },
    });
    return new Promise<Table[]>((resolve, reject) => {
      let settled = false;
      const settle = (act: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        act();
        void worker.terminate();
      };
      const timer = setTimeout(() => settle(() => reject(limitError(names, 'readTimedOut', { max: timeoutMs / 1000 }))), timeoutMs);
      worker.once('message', (answer: WorkerAnswer) =>
        settle(() => {
          if (answer.ok) resolve(answer.tables);
          else if ('issues' in answer) reject(new ValidationError(`import ${names}`, answer.issues));
          else reject(new Error(`import ${names}: the reading worker failed: ${answer.unexpected}`));
        }),
      );
      worker.once('error', (error: Error & { code?: string }) =>
        settle(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? limitError(names, 'readOutOfMemory', { max: heapMb }) : error)),
      );
      worker.once('exit', (code) => settle(() => reject(new Error(`import ${names}: the reading worker stopped (exit code ${code}) without an answer`))));
    });
  }
}
