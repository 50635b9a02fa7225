import { describe, expect, it } from 'vitest';
import { jsonErrorPlace } from './json-error-place';

const placeOf = (text: string) => {
  try {
    JSON.parse(text);
  } catch (error) {
    return jsonErrorPlace(text, error);
  }
  throw new Error(`${text} parsed`);
};

describe('where a JSON document is broken', () => {
  it('names the line and column of the first wrong character', () => {
    expect(placeOf('{"actors": [] "relations": []}')).toEqual({ line: 1, column: 15 });
    expect(placeOf('{\n  "actors": [\n    {"id": "a",}\n  ]\n}')).toEqual({ line: 3, column: 16 });
  });

  it('points after the last character of an empty or cut-off file', () => {
    expect(placeOf('')).toEqual({ line: 1, column: 1 });
    expect(placeOf('{\n  "actors": [')).toEqual({ line: 2, column: 14 });
  });
});
