import type { ImportPlan, PlanCounts } from '../interchange-files';

const counts = (c: PlanCounts) => `${c.create} to create, ${c.update} to update, ${c.unchanged} unchanged`;

/** The dry-run report: counts, how each sheet's columns were read, then one line per problem. */
export function describePlan(plan: ImportPlan): string {
  const lines = [`actors: ${counts(plan.actors)}`, `relations: ${counts(plan.relations)}`];
  for (const sheet of plan.sheets) {
    const columns = sheet.columns.map((c) => `${c.column || '(no header)'} -> ${c.property ?? '(ignored)'}`).join(', ');
    lines.push(`sheet ${sheet.sheet}: ${sheet.role ?? 'ignored (neither actors nor relations)'}, ${sheet.rows} rows; ${columns}`);
  }
  if (plan.problemCount > 0) {
    lines.push(`${plan.problemCount} ${plan.problemCount === 1 ? 'problem' : 'problems'}${plan.problemCount > plan.problems.length ? `, the first ${plan.problems.length} listed` : ''}:`);
    for (const p of plan.problems) {
      const where = [`sheet ${p.sheet}`, `row ${p.row}`, p.column ? `column ${p.column}` : '', p.value ? `value "${p.value}"` : ''].filter(Boolean).join(', ');
      lines.push(`  ${where}: ${p.reason}`);
    }
  }
  return lines.join('\n');
}
