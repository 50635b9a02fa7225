import { describe, expect, it } from 'vitest';
import { areaToOpen, overviewMaxZoom, zoomFocus } from './semantic-zoom';

describe('zoomFocus', () => {
  it('finds the screen point a zoom kept in place', () => {
    // Zoom 1 to 2 around (100, 50): that point shows the same model point before and after.
    const before = { zoom: 1, pan: { x: 0, y: 0 } };
    const after = { zoom: 2, pan: { x: 100 - 2 * 100, y: 50 - 2 * 50 } };
    expect(zoomFocus(before, after)).toEqual({ x: 100, y: 50 });
  });

  it('is null for a pan alone', () => {
    expect(zoomFocus({ zoom: 1.5, pan: { x: 0, y: 0 } }, { zoom: 1.5, pan: { x: 40, y: 10 } })).toBeNull();
  });
});

describe('areaToOpen', () => {
  const view = { width: 600, height: 400 };
  const areas = [
    { id: 'large', x: 100, y: 100, size: 130 },
    { id: 'zoomed', x: 400, y: 200, size: 125 },
    { id: 'small', x: 420, y: 330, size: 40 },
  ];

  it('opens the area zoomed in on once it is 30% of the shorter side across, not a large one beside a small one zoomed in on', () => {
    expect(areaToOpen(areas, { x: 405, y: 205 }, view)).toBe('zoomed');
    expect(areaToOpen(areas, { x: 150, y: 60 }, view)).toBe('large');
    expect(areaToOpen(areas, { x: 420, y: 335 }, view)).toBeNull();
  });

  it('opens nothing while the area is smaller, or where no area is', () => {
    expect(areaToOpen(areas.map((area) => ({ ...area, size: area.size / 2 })), { x: 400, y: 200 }, view)).toBeNull();
    expect(areaToOpen(areas, { x: 250, y: 380 }, view)).toBeNull();
  });
});

describe('overviewMaxZoom', () => {
  it('lets the smallest area grow large enough to open, and never lowers the usual limit', () => {
    const view = { width: 600, height: 400 };
    const zoom = overviewMaxZoom(16, view, 4);
    expect(16 * zoom).toBeGreaterThanOrEqual(0.3 * 400);
    expect(overviewMaxZoom(96, view, 4)).toBe(4);
  });
});
