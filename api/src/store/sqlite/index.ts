export { openSqliteStore, SqliteGraphStore } from './sqlite-store';
