import express, { type Router } from 'express';
import type { GraphStore } from '../store/graph-store';

const readinessTimeoutMs = 2000;

/** /healthz: the process answers. /readyz: the store answers too (load balancers route on it). */
export function healthRoutes(store: GraphStore): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await withTimeout(store.ping(), readinessTimeoutMs);
      res.json({ status: 'ready', store: store.kind });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', store: store.kind, reason: (error as Error).message });
    }
  });
  return router;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`store did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
