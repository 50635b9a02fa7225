import type { Contact, NodeKind } from '@weefsel/graph-schema';
import { defaultFieldResolver, GraphQLObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { hidesPersonalData, viewerContact, viewerName } from '../../services/privacy.service';
import type { GraphQLContext } from '../context';

type ActorLike = { kind: NodeKind; name: string; contact: Contact | null };
type Redact = (root: unknown, value: unknown, ctx: GraphQLContext) => unknown;

/**
 * Wraps a field's resolver: for a request that may not see personal data, its value passes
 * through `redact`. Editors and admins get the plain resolver result, with no extra work.
 */
function wrap(field: GraphQLField<unknown, GraphQLContext> | undefined, redact: Redact): void {
  if (!field) return;
  const resolve = field.resolve ?? defaultFieldResolver;
  field.resolve = (root, args, ctx, info) => {
    const value = resolve(root, args, ctx, info);
    if (ctx.auth.seesPersonalData) return value;
    return value instanceof Promise ? value.then((v) => redact(root, v, ctx)) : redact(root, value, ctx);
  };
}

/** Synchronous once the request has its scrubber: a network of hundreds of descriptions then needs one promise, not one per field. */
const scrubText: Redact = (_root, value, ctx) => {
  if (typeof value !== 'string') return value;
  const now = ctx.scrubberNow();
  return now ? now.scrub(value) : ctx.scrubber().then((scrubber) => scrubber.scrub(value));
};

function hasFields(type: GraphQLObjectType, names: string[]): boolean {
  const fields = type.getFields();
  return names.every((name) => name in fields);
}

/**
 * The one place where personal data is withheld from viewers, for every type in the schema,
 * whichever resolver produced it (actors, networks, analysis results):
 * - actor-shaped types (kind, name, contact): a person's name becomes the label of its kind,
 *   a person's contact and everyone's contact person disappear, `personalDataHidden` says so;
 * - free text (actor descriptions, relation notes, bilingual labels such as gap explanations):
 *   names of people are replaced by the label of their kind.
 * A new type with these shapes is covered without being listed anywhere.
 */
export function applyPrivacy(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    const fields = type.getFields() as Record<string, GraphQLField<unknown, GraphQLContext>>;
    if (hasFields(type, ['kind', 'name', 'contact'])) {
      wrap(fields.name, (root, value) => (typeof value === 'string' ? viewerName({ ...(root as ActorLike), name: value }) : value));
      wrap(fields.contact, (root, value) => viewerContact({ kind: (root as ActorLike).kind, contact: (value as Contact | null) ?? null }));
      wrap(fields.description, scrubText);
      if (fields.personalDataHidden) {
        fields.personalDataHidden.resolve = (root, _args, ctx) => !ctx.auth.seesPersonalData && hidesPersonalData(root as ActorLike);
      }
    }
    if (hasFields(type, ['source', 'target', 'note'])) wrap(fields.note, scrubText);
    if (hasFields(type, ['nl', 'en']) && Object.keys(type.getFields()).length === 2) {
      wrap(fields.nl, scrubText);
      wrap(fields.en, scrubText);
    }
  }
  return schema;
}
