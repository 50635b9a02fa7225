/**
 * What a new round is for: the area in view (its actors are invited) or one project of it (the
 * project and every actor tied to it). A project target without a project chosen yet cannot be sent.
 */
export type RoundTarget = { kind: 'area' } | { kind: 'project'; projectId: string | null };

export interface NamedActor {
  id: string;
  name: string;
}

/** The part of `createSurveyRound`'s input that names the target; null while no project is chosen. */
export function targetInput(target: RoundTarget, areaId: string): { areaId: string; projectId: null } | { areaId: null; projectId: string } | null {
  if (target.kind === 'area') return { areaId, projectId: null };
  return target.projectId ? { areaId: null, projectId: target.projectId } : null;
}

/** The name the round's default title and the invitation line use: the area's, or the chosen project's. */
export function targetName(target: RoundTarget, area: NamedActor, projects: readonly NamedActor[]): string {
  if (target.kind === 'area') return area.name;
  return projects.find((p) => p.id === target.projectId)?.name ?? area.name;
}

/** Switching to a project chooses the first one (projects come sorted by name), so the form is ready to send. */
export function projectTarget(projects: readonly NamedActor[]): RoundTarget {
  return { kind: 'project', projectId: projects[0]?.id ?? null };
}

/**
 * The title after the target changed: the new default while the editor kept the old default,
 * else what the editor typed.
 */
export function retitled(title: string, oldDefault: string, newDefault: string): string {
  return title === oldDefault ? newDefault : title;
}
