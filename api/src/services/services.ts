import { AuthService } from '../auth/auth.service';
import { defaultSecuritySettings, type SecuritySettings } from '../config-security';
import type { GraphStore } from '../store/graph-store';
import { ActorService } from './actor.service';
import { AuditService } from './audit.service';
import { AnalysisService } from './analysis.service';
import { analysisOptionsFromEnv } from './analysis/analysis-options-env';
import { InterchangeService } from './interchange.service';
import { NetworkService } from './network.service';
import { PrivacyService } from './privacy.service';
import { RecommendService } from './recommend.service';
import { RelationService } from './relation.service';
import { UserService } from './user.service';

export interface Services {
  store: GraphStore;
  actors: ActorService;
  relations: RelationService;
  network: NetworkService;
  interchange: InterchangeService;
  analysis: AnalysisService;
  recommend: RecommendService;
  auth: AuthService;
  users: UserService;
  audit: AuditService;
  privacy: PrivacyService;
  /** The settings the services were made with; the server reads cookie flags and limits here. */
  security: SecuritySettings;
}

/** `security` defaults to development settings with a random session secret (tests, CLI). */
export function createServices(store: GraphStore, security: SecuritySettings = defaultSecuritySettings()): Services {
  return {
    store,
    actors: new ActorService(store),
    relations: new RelationService(store),
    network: new NetworkService(store),
    interchange: new InterchangeService(store),
    analysis: new AnalysisService(store, analysisOptionsFromEnv(process.env)),
    recommend: new RecommendService(store, analysisOptionsFromEnv(process.env)),
    auth: new AuthService(store, security),
    users: new UserService(store),
    audit: new AuditService(store),
    privacy: new PrivacyService(store),
    security,
  };
}
