import type { Language } from '@weefsel/graph-schema';
import { execute } from '../../api/graphql-client';
import { graphql } from '../../gql';
import type { WebAreaReportQuery } from '../../gql/graphql';

const areaReportQuery = graphql(`
  query WebAreaReport($areaId: ID!, $since: Date!, $language: Language!) {
    areaReport(areaId: $areaId, since: $since, language: $language) { fileName mediaType contentBase64 }
  }
`);

export type ReportFile = WebAreaReportQuery['areaReport'];

/** The PDF report of an area, written by the server from the same views the web shows. */
export async function areaReport(areaId: string, since: string, language: Language, signal?: AbortSignal): Promise<ReportFile> {
  return (await execute(areaReportQuery, { areaId, since, language }, { signal })).areaReport;
}
