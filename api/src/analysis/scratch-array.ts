type TypedArray = Int32Array | Float64Array | Uint8Array;

/**
 * A typed array for one synchronous computation's temporaries, reused from call to call: `take(n)`
 * gives n zeroed elements of one buffer that grows when asked for more. Typed arrays live outside
 * the JavaScript heap, and V8 starts a full collection of the whole heap each time some 64 MB of
 * them were allocated: with a region of 50,000 actors held in memory, a Louvain run after every new
 * tie allocating fresh ones cost one slow request in seven. What `take` gives must not be returned
 * to a caller or kept across an `await`; each use site has its own `scratchArray`.
 */
export function scratchArray<T extends TypedArray>(make: (length: number) => T): { take(length: number): T } {
  let buffer = make(0);
  return {
    take(length) {
      if (buffer.length < length) buffer = make(Math.max(length, Math.ceil(buffer.length * 1.25)));
      const view = buffer.subarray(0, length) as T;
      view.fill(0);
      return view;
    },
  };
}

export const int32s = (length: number) => new Int32Array(length);
export const float64s = (length: number) => new Float64Array(length);
export const uint8s = (length: number) => new Uint8Array(length);
