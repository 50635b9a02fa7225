import type { GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import { asOneRequest, markReadBegins, mayShareMarkRead } from '../../store/request-marks';
import { requestMarksPlugin } from './request-marks.plugin';

/** Whether, after the plugin saw an operation of this type, the request still shares a mark read begun now. */
async function sharesAfter(operation: 'query' | 'mutation' | null): Promise<boolean> {
  return asOneRequest(async () => {
    const hooks = await requestMarksPlugin.requestDidStart?.({} as never);
    const context = { operation: operation === null ? undefined : { operation } } as unknown as GraphQLRequestContextDidResolveOperation<never>;
    await hooks?.didResolveOperation?.(context);
    return mayShareMarkRead(markReadBegins());
  });
}

describe('requestMarksPlugin', () => {
  it('lets a query share the mark read begun when it arrived, and not a mutation or an unknown operation', async () => {
    expect(await sharesAfter('query')).toBe(true);
    expect(await sharesAfter('mutation')).toBe(false);
    expect(await sharesAfter(null)).toBe(false);
  });
});
