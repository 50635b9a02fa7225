import { dateSchema } from '@weefsel/graph-schema';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function parseDate(value: unknown): string {
  const parsed = dateSchema.safeParse(value);
  if (!parsed.success) {
    const reason = parsed.error.issues[0]?.message ?? 'is not a date';
    throw new GraphQLError(`Date ${JSON.stringify(value)} ${reason}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return parsed.data;
}

/** A calendar day as YYYY-MM-DD, validated with graph-schema's date rule. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar day, YYYY-MM-DD',
  serialize: (value) => value,
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
