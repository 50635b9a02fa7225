import type { Services } from '../services/services';

/** What every resolver receives: the services; resolvers hold no logic of their own. */
export interface GraphQLContext {
  services: Services;
}
