import { describe, expect, it } from 'vitest';
import type { AreaOverview } from '../api/area-overview.api';
import { fittedAreaLabel, overviewElements, overviewFirstAbove, overviewNameLength, shortAreaName, shownAs } from './area-overview';

/** A care zone's overview as the API answers it (the counting is tested in api/src/analysis/overview). */
const zone: AreaOverview = {
  childKind: 'Municipality',
  actors: 5,
  unplaced: 1,
  tiesWithin: 0,
  areas: [
    { id: 'm1', name: 'm1', kind: 'Municipality', actors: 2 },
    { id: 'm2', name: 'm2', kind: 'Municipality', actors: 2 },
  ],
  ties: [{ source: 'm1', target: 'm2', ties: 2 }],
};

describe('area overview', () => {
  it('draws an area per node (its id, so choosing it opens it) and one line per pair of areas, as thick as its ties', () => {
    const elements = overviewElements(zone, (area) => `${area.name}: ${area.actors}`, (label) => label.length * 7);
    expect(elements.filter((e) => e.group === 'nodes').map((e) => [e.data.id, e.data.label, e.data.kind])).toEqual([
      ['m1', 'm1: 2', 'Municipality'],
      ['m2', 'm2: 2', 'Municipality'],
    ]);
    const [line] = elements.filter((e) => e.group === 'edges');
    expect(line?.data).toMatchObject({ source: 'm1', target: 'm2', ties: 2, width: 12 });
    // Placed here, so the canvas runs no layout over the ties.
    expect(elements.filter((e) => e.group === 'nodes').every((e) => Number.isFinite(e.position?.x) && Number.isFinite(e.position?.y))).toBe(true);
  });

  it('opens a large scope as areas unless the user chose, and never where no area lies below', () => {
    const two = zone.areas;
    const large = { childKind: 'CareZone' as const, actors: overviewFirstAbove + 1, areas: two };
    const small = { childKind: 'Municipality' as const, actors: overviewFirstAbove, areas: two };
    expect(shownAs(null, large)).toBe('areas');
    expect(shownAs(null, small)).toBe('actors');
    expect(shownAs('areas', small)).toBe('areas');
    expect(shownAs('actors', large)).toBe('actors');
    expect(shownAs('areas', { childKind: null, actors: 10_000, areas: [] })).toBe('actors');
    // A care zone of one municipality: one box says nothing, its actors open unless areas are asked for.
    const single = { ...large, areas: two.slice(0, 1) };
    expect(shownAs(null, single)).toBe('actors');
    expect(shownAs('areas', single)).toBe('areas');
    expect(shownAs(null, null)).toBeNull();
    expect(shownAs('actors', null)).toBe('actors');
    expect(shownAs(null, 'failed')).toBe('actors');
  });
});

describe('shortAreaName', () => {
  it('keeps a name that fits and ends a long one in an ellipsis, so the count after it is always drawn', () => {
    expect(shortAreaName('ELZ Westkust en Polder')).toBe('ELZ Westkust en Polder');
    const long = 'Troms og Finnmark - Romsa ja Finnmárku - Tromssa ja Finmarkku';
    expect(shortAreaName(long)).toBe('Troms og Finnmark - Romsa j…');
    expect(shortAreaName(long).length).toBe(overviewNameLength);
    const [node] = overviewElements({ areas: [{ id: 'z', name: long, kind: 'CareZone', actors: 57 }], ties: [] }, (area) => `${area.name} (${area.actors})`, () => 100);
    expect(node?.data.label).toBe('Troms og Finnmark - Romsa j… (57)');
  });
});

describe('fittedAreaLabel', () => {
  const counted = (area: { name: string; actors: number }) => `${area.name} (${area.actors} actoren)`;
  const width = (label: string) => label.length * 6;
  const area = { id: 'z', name: 'ELZ Westkust en Polder', kind: 'CareZone' as const, actors: 118 };

  it('shortens the name, never the count, to fit the map\'s width', () => {
    expect(fittedAreaLabel(area, counted, width, 40 * 6)).toBe('ELZ Westkust en Polder (118 actoren)');
    const fitted = fittedAreaLabel(area, counted, width, 24 * 6);
    expect(fitted).toBe('ELZ Westk… (118 actoren)');
    expect(width(fitted)).toBeLessThanOrEqual(24 * 6);
    // With no room for any of the name, the count still stands whole.
    expect(fittedAreaLabel(area, counted, width, 6)).toBe('… (118 actoren)');
  });

  it('gives an overview node its whole label to show where there is room, only when it was shortened', () => {
    // The map's width is 11 em of 12 px; at 6 px a character "Genk (118 actoren)" fits it, the other does not.
    const [short, long] = overviewElements({ areas: [{ ...area, id: 'a', name: 'Genk' }, area], ties: [] }, counted, width);
    expect(short?.data).not.toHaveProperty('wideLabel');
    expect(long?.data.wideLabel).toBe('ELZ Westkust en Polder (118 actoren)');
    expect(String(long?.data.label)).toMatch(/… \(118 actoren\)$/);
  });
});
