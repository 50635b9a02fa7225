import { codedIssue, isAreaKind, ValidationError, type Actor, type Language } from '@weefsel/graph-schema';
import type { GraphStore } from '../store/graph-store';
import type { Today } from '../store/shared/status-on-read';
import type { AnalysisService } from './analysis.service';
import type { PrivacyService } from './privacy.service';
import type { RecommendService } from './recommend.service';
import type { SurveyService } from './survey.service';
import { areaReportModel, type ReportModel } from './report/area-report';
import { mapStyleFor, writeReportPdf } from './report/report-pdf';
import { reportText, type ReportText } from './report/report-text';
import { lastTwoRounds, roundSection, type ReportRoundSection } from './report/round-section';

export interface AreaReportRequest {
  areaId: string;
  /** The day changes are counted from (YYYY-MM-DD, not after today). */
  since: string;
  language: Language;
  seesPersonalData: boolean;
  /** Survey answers are for editors and admins: without this the survey section is left out. */
  seesSurveyData?: boolean;
}

export interface ReportFile {
  fileName: string;
  mediaType: string;
  content: Buffer;
}

/** Suggestions a report lists. */
export const reportedSuggestions = 10;

/** Reports to hand on: the views of an area on one day, as a PDF. */
export class ReportService {
  constructor(
    private readonly store: GraphStore,
    private readonly analysis: AnalysisService,
    private readonly recommend: RecommendService,
    private readonly privacy: PrivacyService,
    private readonly surveys: SurveyService,
    private readonly today: Today,
  ) {}

  async areaReport(req: AreaReportRequest): Promise<ReportFile> {
    const { model, area, day } = await this.areaReportModel(req);
    const content = await writeReportPdf(model, reportText(req.language), { day, since: req.since });
    const slug = area.name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'gebied';
    return { fileName: `weefsel-rapport-${slug}-${day}.pdf`, mediaType: 'application/pdf', content };
  }

  /** What the PDF shows, before it is laid out on pages. */
  async areaReportModel(req: AreaReportRequest): Promise<{ model: ReportModel; area: Actor; day: string }> {
    const area = await this.store.getActor(req.areaId);
    if (!area) throw new ValidationError('areaReport', [codedIssue('areaId', 'unknownActor', { id: req.areaId })]);
    if (!isAreaKind(area.kind)) throw new ValidationError('areaReport', [codedIssue('areaId', 'notAnArea', { id: req.areaId, kind: area.kind })]);
    const day = this.today();
    if (req.since > day) throw new ValidationError('areaReport', [codedIssue('since', 'afterToday', { today: day })]);
    const scope = { areaId: area.id };
    // The same service calls as the web's views, on the same day, so the report and the screen agree.
    const changes = await this.analysis.networkChanges(scope, req.since, day);
    const subgraph = await this.store.subgraph(scope, day);
    const layout = await this.analysis.layout(scope, day, 0);
    const gaps = await this.analysis.gaps(scope, day);
    const matrix = await this.analysis.domainMatrix(scope, day);
    const suggestions = await this.recommend.suggestCollaborations(area.id, day, reportedSuggestions);
    const scrubber = req.seesPersonalData ? null : await this.privacy.scrubber();
    const text = reportText(req.language);
    const rounds = req.seesSurveyData ? await this.roundComparison(area.id, text) : null;
    const model = areaReportModel(
      {
        area,
        day,
        since: req.since,
        subgraph,
        positions: new Map(layout.positions.map((p) => [p.actorId, p])),
        changes,
        gaps,
        suggestions,
        matrix,
        seesPersonalData: req.seesPersonalData,
        scrub: (value) => scrubber?.scrub(value) ?? value,
        rounds,
      },
      text,
      mapStyleFor(),
    );
    return { model, area, day };
  }

  /** The area's last two survey rounds compared, as `compareSurveyRounds` answers; null with fewer than two. */
  private async roundComparison(areaId: string, text: ReportText): Promise<ReportRoundSection | null> {
    const pair = lastTwoRounds(await this.surveys.listRounds(), areaId);
    if (!pair) return null;
    const comparison = await this.surveys.compareRounds(pair.earlier.id, pair.later.id);
    const ids = new Set([...comparison.newPairs, ...comparison.lostPairs].flatMap((p) => p.split('|')));
    const names = new Map((await this.store.getActors([...ids])).map((a) => [a.id, a.name]));
    return roundSection({ ...pair, comparison, names }, text);
  }
}
