import type { GraphStore } from '../store/graph-store';
import { ActorService } from './actor.service';
import { AnalysisService } from './analysis.service';
import { analysisOptionsFromEnv } from './analysis/analysis-options-env';
import { InterchangeService } from './interchange.service';
import { NetworkService } from './network.service';
import { RelationService } from './relation.service';

export interface Services {
  store: GraphStore;
  actors: ActorService;
  relations: RelationService;
  network: NetworkService;
  interchange: InterchangeService;
  analysis: AnalysisService;
}

export function createServices(store: GraphStore): Services {
  return {
    store,
    actors: new ActorService(store),
    relations: new RelationService(store),
    network: new NetworkService(store),
    interchange: new InterchangeService(store),
    analysis: new AnalysisService(store, analysisOptionsFromEnv(process.env)),
  };
}
