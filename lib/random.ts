/** A source of numbers in [0, 1), like Math.random. */
export type Rng = () => number;

/**
 * mulberry32: a tiny, fast generator whose numbers follow from its seed alone, so that
 * demo content, generated pictures, benchmark data and generated test cases are the
 * same on every run.
 */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
