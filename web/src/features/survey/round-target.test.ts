import { describe, expect, it } from 'vitest';
import { projectTarget, retitled, targetInput, targetName } from './round-target';

const area = { id: 'nbh-brugge-sint-pieters', name: 'Sint-Pieters' };
const projects = [
  { id: 'prj-a', name: 'Buurtkeuken' },
  { id: 'prj-b', name: 'Zorgzame buurt' },
];

describe('what a new round is for', () => {
  it('sends the area, or the chosen project, never both', () => {
    expect(targetInput({ kind: 'area' }, area.id)).toEqual({ areaId: area.id, projectId: null });
    expect(targetInput({ kind: 'project', projectId: 'prj-b' }, area.id)).toEqual({ areaId: null, projectId: 'prj-b' });
  });

  it('cannot send a project target before a project is chosen', () => {
    expect(targetInput({ kind: 'project', projectId: null }, area.id)).toBeNull();
    expect(targetInput(projectTarget([]), area.id)).toBeNull();
  });

  it('starts on the first project of the area', () => {
    expect(projectTarget(projects)).toEqual({ kind: 'project', projectId: 'prj-a' });
  });

  it('names the round after its target, and keeps a title the editor typed', () => {
    expect(targetName({ kind: 'area' }, area, projects)).toBe('Sint-Pieters');
    expect(targetName({ kind: 'project', projectId: 'prj-b' }, area, projects)).toBe('Zorgzame buurt');
    expect(retitled('Netwerkbevraging Sint-Pieters 2026', 'Netwerkbevraging Sint-Pieters 2026', 'Netwerkbevraging Buurtkeuken 2026')).toBe('Netwerkbevraging Buurtkeuken 2026');
    expect(retitled('Mijn eigen titel', 'Netwerkbevraging Sint-Pieters 2026', 'Netwerkbevraging Buurtkeuken 2026')).toBe('Mijn eigen titel');
  });
});
