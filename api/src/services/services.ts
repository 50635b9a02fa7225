import { defaultAnalysisOptions, type AnalysisOptions } from '../analysis/analysis-options';
import { AuthService } from '../auth/auth.service';
import { defaultSecuritySettings, type SecuritySettings } from '../config-security';
import { withCachedReads } from '../store/cached-reads';
import type { GraphStore } from '../store/graph-store';
import { MarkCache, markCacheBudget } from '../store/mark-cache';
import { brusselsClock, type Today } from '../store/shared/status-on-read';
import { ActorService } from './actor.service';
import { AuditService } from './audit.service';
import { AnalysisService } from './analysis.service';
import { InterchangeService } from './interchange.service';
import { InterchangeFilesService } from './interchange-files.service';
import { NetworkService } from './network.service';
import { OverviewService } from './overview.service';
import { PrivacyService } from './privacy.service';
import { RecommendService } from './recommend.service';
import { ReportService } from './report.service';
import { RelationService } from './relation.service';
import { SurveyService } from './survey.service';
import { UserService } from './user.service';

export interface Services {
  store: GraphStore;
  /** The one cache of values computed from the graph, kept until the store's change mark moves. */
  cache: MarkCache;
  actors: ActorService;
  relations: RelationService;
  network: NetworkService;
  interchange: InterchangeService;
  interchangeFiles: InterchangeFilesService;
  analysis: AnalysisService;
  overview: OverviewService;
  recommend: RecommendService;
  auth: AuthService;
  users: UserService;
  audit: AuditService;
  privacy: PrivacyService;
  reports: ReportService;
  surveys: SurveyService;
  /** Today's date for reads that name no day (the calendar day in Brussels; tests may fix it). */
  today: Today;
  /** The settings the services were made with; the server reads cookie flags and limits here. */
  security: SecuritySettings;
}

/** `security` defaults to development settings with a random session secret (tests, CLI). */
export function createServices(
  storeBelow: GraphStore,
  security: SecuritySettings = defaultSecuritySettings(),
  today: Today = brusselsClock,
  analysisOptions: AnalysisOptions = defaultAnalysisOptions,
  cacheElements: number = markCacheBudget,
): Services {
  // One cache for every service, following the store's change mark: the page, analysis and
  // recommendations of one care zone then share one read until the graph changes.
  const cache = new MarkCache(storeBelow, today, cacheElements);
  const store = withCachedReads(storeBelow, cache);
  const analysis = new AnalysisService(store, analysisOptions, cache);
  const recommend = new RecommendService(store, analysisOptions, cache, today);
  const privacy = new PrivacyService(store, cache);
  const surveys = new SurveyService(store, today, security.respondents);
  return {
    store,
    cache,
    actors: new ActorService(store),
    relations: new RelationService(store),
    network: new NetworkService(store),
    interchange: new InterchangeService(store, today),
    interchangeFiles: new InterchangeFilesService(store, security.limits.importBytes, today),
    analysis,
    overview: new OverviewService(store, cache),
    recommend,
    auth: new AuthService(store, security),
    users: new UserService(store),
    audit: new AuditService(store),
    privacy,
    reports: new ReportService(store, analysis, recommend, privacy, surveys, today),
    surveys,
    today,
    security,
  };
}
