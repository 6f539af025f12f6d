// The workload generator's randomness, seeded so that a run can be repeated: SCALE_SEED (default 1).
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

const generator = xoroshiro128plus(Number(process.env.SCALE_SEED) || 1);

/** A number in [0, 1), like Math.random, from the seeded generator. */
export function random(): number {
  return uniformFloat64(generator);
}
