import { graphql, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { describe, expect, it } from 'vitest';
import { nameScrubber } from '../../services/privacy.service';
import type { GraphQLContext } from '../context';
import { applyPrivacy } from './apply-privacy';

/** A schema with a bilingual Label, the shape of the analysis explanations, built from names. */
function labelSchema() {
  const label = new GraphQLObjectType({ name: 'Label', fields: { nl: { type: GraphQLString }, en: { type: GraphQLString } } });
  const query = new GraphQLObjectType({
    name: 'Query',
    fields: { explanation: { type: label, resolve: () => ({ nl: 'Lotte Voorbeeld staat alleen; Antwerpen niet.', en: 'Lotte Voorbeeld is isolated.' }) } },
  });
  return applyPrivacy(new GraphQLSchema({ query }));
}

/** A request context whose scrubber resolves once, as the server's does (later fields get it at once). */
function context(seesPersonalData: boolean): GraphQLContext {
  let loaded: ReturnType<typeof nameScrubber> | undefined;
  return {
    auth: { user: null, author: { userId: null, userName: 'x' }, seesPersonalData },
    scrubber: async () => (loaded = nameScrubber([{ kind: 'TransitionManager', name: 'Lotte Voorbeeld' }, { kind: 'TransitionManager', name: 'An' }])),
    scrubberNow: () => loaded,
  } as unknown as GraphQLContext;
}

describe('applyPrivacy on free text', () => {
  it('replaces names of people by their kind in any bilingual label, for viewers only', async () => {
    const source = '{ explanation { nl en } }';
    const viewer = await graphql({ schema: labelSchema(), source, contextValue: context(false) });
    expect(viewer.data).toEqual({ explanation: { nl: 'Transitiemanager staat alleen; Antwerpen niet.', en: 'Transitiemanager is isolated.' } });
    const editor = await graphql({ schema: labelSchema(), source, contextValue: context(true) });
    expect(editor.data).toEqual({ explanation: { nl: 'Lotte Voorbeeld staat alleen; Antwerpen niet.', en: 'Lotte Voorbeeld is isolated.' } });
  });
});
