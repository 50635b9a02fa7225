import { gql, startTestApp } from '../support/test-app';
const app = await startTestApp();
const q = async (query: string, variables: Record<string, unknown> = {}) => JSON.stringify((await gql(app.url, query, variables, { as: 'editor' })).data ?? (await gql(app.url, query, variables, { as: 'editor' })).errors);
console.log(await q(`mutation { upsertRelation(input: { kind: PARTNERS_WITH, source: "org-cm-antwerpen", target: "prj-gbo-zoersel-pilot", since: "2016-09-01" }) { id status since until } }`));
console.log(await q(`query { actor(id: "org-cm-antwerpen") { relations { target { id } status since until } } }`).then((s) => s.slice(0, 600)));
console.log(await q(`query { network(scope: { areaId: "mun-zoersel" }, history: true) { relations { source target status until } } }`).then((s) => s.match(/[^{]*gbo-zoersel-pilot[^}]*/g)?.join('\n')));
await app.stop();
