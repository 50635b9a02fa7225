import { execute } from '../../api/graphql-client';
import { graphql } from '../../gql';
import type { WebImportFilesMutation } from '../../gql/graphql';

const importFilesMutation = graphql(`
  mutation WebImportFiles($files: [ImportFileInput!]!, $mapping: [ColumnChoiceInput!], $dryRun: Boolean!) {
    importFiles(files: $files, mapping: $mapping, dryRun: $dryRun) {
      applied
      problemCount
      actors { create update unchanged }
      relations { create update unchanged }
      problems { sheet row column value code params }
      sheets { sheet role rows columns { column property } }
      properties { role key labelNl labelEn required }
      summary {
        actors { created updated unchanged }
        relations { created updated unchanged }
      }
    }
  }
`);

export type ImportResult = WebImportFilesMutation['importFiles'];
export type ImportSheet = ImportResult['sheets'][number];
export type ImportProperty = ImportResult['properties'][number];

/** A file ready to send: its name and its bytes in base64. */
export interface UploadFile {
  name: string;
  contentBase64: string;
}

export interface ColumnChoice {
  sheet: string;
  column: string;
  property: string | null;
}

/** Dry run (nothing written) or apply (all or nothing) of the files with the chosen mapping. */
export async function importFiles(files: UploadFile[], mapping: ColumnChoice[], dryRun: boolean, signal?: AbortSignal): Promise<ImportResult> {
  const data = await execute(importFilesMutation, { files, mapping, dryRun }, { signal });
  return data.importFiles;
}

const importMaxBytesQuery = graphql(`
  query WebImportMaxBytes {
    importMaxBytes
  }
`);

/** The most bytes one import's files may have together: the server's setting, checked before uploading. */
export async function importMaxBytes(signal?: AbortSignal): Promise<number> {
  return (await execute(importMaxBytesQuery, {}, { signal })).importMaxBytes;
}
