export { loadConfig, type Config } from './config';
export { startServer, type RunningServer } from './server';
export { createServices, type Services } from './services/services';
export { openStore } from './store/open-store';
export type { GraphStore } from './store/graph-store';
