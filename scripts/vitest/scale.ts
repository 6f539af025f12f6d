/**
 * Bulk tests run twice: small in `npm test` (every behaviour, in seconds) and at full size in
 * `npm run test:slow` (CUNJING_TEST_SCALE=full), the figures the programme needs.
 */
export const fullScale = process.env.CUNJING_TEST_SCALE === "full";

export function scale(small: number, full: number): number {
  return fullScale ? full : small;
}
