import type { Language } from '@weefsel/graph-schema';
import { execute } from './graphql-client';
import { graphql } from '../gql';
import type { ExportFormat, WebExportNetworkQuery } from '../gql/graphql';

const exportNetworkQuery = graphql(`
  query WebExportNetwork($format: ExportFormat!, $areaId: ID, $asOf: Date, $history: Boolean!, $language: Language!) {
    exportNetwork(format: $format, areaId: $areaId, asOf: $asOf, history: $history, language: $language) { fileName mediaType contentBase64 }
  }
`);

export type ExportedFile = WebExportNetworkQuery['exportNetwork'][number];
export type { ExportFormat };

/** What to export: an area (null: the whole region) on a day (null: today), or its whole history. */
export interface ExportScope {
  areaId: string | null;
  asOf: string | null;
  history: boolean;
}

/** The scope's data as files of one format, written by the API (CSV gives two: actors and relations). */
export async function exportNetwork(format: ExportFormat, scope: ExportScope, language: Language, signal?: AbortSignal): Promise<ExportedFile[]> {
  const { areaId, asOf, history } = scope;
  return (await execute(exportNetworkQuery, { format, areaId, asOf: history ? null : asOf, history, language }, { signal })).exportNetwork;
}

/** Bytes of a base64 text (the export's file contents). */
export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
