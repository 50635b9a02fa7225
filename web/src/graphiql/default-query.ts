/** The query a first visitor sees: a search, so the Run button shows data straight away. */
export const defaultQuery = `# Weefsel GraphQL API: run this query with the play button
# or Ctrl-Enter; the documentation explorer lists every field.
query SearchActors {
  search(text: "oostende", limit: 5) {
    id
    kind
    name
    domains
  }
}
`;
