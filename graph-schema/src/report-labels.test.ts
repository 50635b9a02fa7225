import { describe, expect, it } from 'vitest';
import { scopeMetricLabels } from './metric-labels';
import { reportLabels } from './report-labels';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('report and metric labels', () => {
  it('use the same placeholders in Dutch and English, and no empty text', () => {
    for (const [key, label] of Object.entries({ ...reportLabels, ...scopeMetricLabels })) {
      expect(placeholders(label.en), key).toEqual(placeholders(label.nl));
      expect(label.nl.trim().length * label.en.trim().length, key).toBeGreaterThan(0);
    }
  });
});
