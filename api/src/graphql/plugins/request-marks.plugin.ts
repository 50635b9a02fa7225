import type { ApolloServerPlugin } from '@apollo/server';
import { writingRequest } from '../../store/request-marks';

/**
 * A request that may write (a mutation, or a document that names no valid operation) reads the
 * change mark itself from the moment its operation is known, before any resolver runs, so it sees
 * its own writes; a query keeps sharing the read begun when it arrived.
 */
export const requestMarksPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation !== 'query') writingRequest();
      },
    };
  },
};
