// Seeded randomness for test fixtures. One seed per run (`TEST_SEED` replays a run; otherwise the
// global setup picks one), mixed with the test file's path so that files do not depend on each
// other's order. The setup file prints the seed when a test fails.
import { createHash } from "node:crypto";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { expect, inject } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** The run's seed for fixtures (TEST_SEED, or drawn by the global setup). */
    testSeed: number;
  }
}

export function runSeed(): number {
  const fromEnv = process.env.TEST_SEED;
  if (fromEnv !== undefined && fromEnv !== "") return Number(fromEnv);
  try {
    return inject("testSeed");
  } catch {
    return 1;
  }
}

function fileSeed(): number {
  const file = expect.getState().testPath ?? "";
  const digest = createHash("sha256").update(`${runSeed()}:${file}`).digest();
  return digest.readInt32LE(0);
}

const generator = xoroshiro128plus(fileSeed());

/** An integer in [from, to], both included, from this file's seeded generator. */
export function randomInt(from: number, to: number): number {
  return uniformInt(generator, from, to);
}

/** A loopback-looking IPv4 address in 10.0.0.0/8 (rate limits are per client address). */
export function randomIp(): string {
  return `10.${randomInt(0, 249)}.${randomInt(0, 249)}.${randomInt(1, 249)}`;
}

/** A short lower-case token, e.g. for names that must differ between tests. */
export function randomToken(length = 10): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  return Array.from({ length }, () => alphabet[randomInt(0, alphabet.length - 1)]).join("");
}
