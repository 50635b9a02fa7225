import { ValidationError } from '@weefsel/graph-schema';
import {
  getArgumentValues,
  GraphQLError,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { pageLimits } from '../../services/paging';

/**
 * How many items a list is counted as when nothing bounds it (a whole network's actors or
 * relations): the largest page a client may ask for elsewhere.
 */
export const unboundedListSize = pageLimits.maxPageSize;

/**
 * Lists read from the store once per parent item (own field resolvers): inside another list they
 * multiply, unlike lists that are slices of one answer already computed (a matrix cell's relations).
 */
const fetchedPerItem = new Set(['Actor.relations', 'NetworkActor.relations']);

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, SelectionSetNode>;
  variables: Record<string, unknown>;
}

function limitArgument(field: GraphQLField<unknown, unknown>, node: FieldNode, walk: Walk): number | undefined {
  if (!field.args.some((arg) => arg.name === 'limit')) return undefined;
  try {
    const { limit } = getArgumentValues(field, node, walk.variables);
    return typeof limit === 'number' && limit > 0 ? limit : undefined;
  } catch {
    // A bad argument is reported by execution itself; count the list as unbounded meanwhile.
    return undefined;
  }
}

/**
 * Items a list field yields for `parentItems` parent items: its `limit` (its own, or its page's:
 * `actors(limit: 50) { items }`), else `unboundedListSize`. An unbounded list inside a list is a
 * slice of one answer (a matrix cell's relations) and counts `unboundedListSize` in all, unless
 * it is fetched per item.
 */
function listItems(key: string, own: number | undefined, page: number | undefined, parentItems: number, nested: boolean): number {
  const bound = own ?? page;
  if (bound !== undefined) return parentItems * bound;
  if (nested && !fetchedPerItem.has(key)) return unboundedListSize;
  return parentItems * unboundedListSize;
}

/**
 * `expanded`: the fragments already spread at this level. GraphQL merges a fragment spread twice
 * into one selection, so it counts once; that also keeps the walk linear where spreads fan out.
 */
function selectionCost(set: SelectionSetNode, type: GraphQLNamedType, items: number, page: number | undefined, nested: boolean, walk: Walk, expanded: Set<string>): number {
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = walk.fragments.get(selection.name.value);
      if (!fragment || expanded.has(selection.name.value)) continue;
      expanded.add(selection.name.value);
      cost += selectionCost(fragment, type, items, page, nested, walk, expanded);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const typed = selection.typeCondition ? (walk.schema.getType(selection.typeCondition.name.value) ?? type) : type;
      cost += selectionCost(selection.selectionSet, typed, items, page, nested, walk, expanded);
    } else {
      cost += fieldCost(selection, type, items, page, nested, walk);
    }
  }
  return cost;
}

function fieldCost(node: FieldNode, parent: GraphQLNamedType, items: number, page: number | undefined, nested: boolean, walk: Walk): number {
  if (!isObjectType(parent) && !isInterfaceType(parent)) return items;
  const field = parent.getFields()[node.name.value];
  if (!field || !node.selectionSet) return items;
  const own = limitArgument(field, node, walk);
  const list = isListType(getNullableType(field.type));
  const childItems = list ? listItems(`${parent.name}.${field.name}`, own, page, items, nested) : items;
  const childPage = list ? undefined : own;
  return items + selectionCost(node.selectionSet, getNamedType(field.type), childItems, childPage, nested || list, walk, new Set());
}

/**
 * The cost of an operation: every field counts once per item it is resolved for, so a list
 * multiplies what is selected inside it by the most items it can hold. Known before anything runs.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> = {}): number {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return 0;
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [])));
  return selectionCost(operation.selectionSet, root, 1, undefined, false, { schema, fragments, variables }, new Set());
}

/**
 * Refuses an operation costing more than `maxCost` as bad input (HTTP 400, code queryTooCostly).
 * Checked before resolvers run, not as a validation rule: a page's `limit` often comes in a
 * variable, which validation does not see.
 */
export function refuseCostly(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>, maxCost: number): void {
  const cost = operationCost(schema, document, operation, variables);
  if (cost <= maxCost) return;
  const invalid = new ValidationError(operation.name?.value ?? operation.operation, [
    { path: 'query', message: `costs ${cost}, more than the limit of ${maxCost}; ask for fewer fields, smaller pages or fewer aliases`, code: 'queryTooCostly', params: { cost, max: maxCost } },
  ]);
  throw new GraphQLError(invalid.message, { extensions: { code: 'BAD_USER_INPUT', issues: invalid.issues, http: { status: 400 } } });
}
