import { describe, expect, it } from "vitest";
import { defaultPriorMean, publicScore } from "../../src/rating/score";

const sums = (overrides: Partial<Parameters<typeof publicScore>[0] & object>) => ({
  count: 0,
  weight: 0,
  weightedOverall: 0,
  verified: 0,
  overall: 0,
  responsiveness: 0,
  courtesy: 0,
  solvedYes: 0,
  solvedPartly: 0,
  solvedNo: 0,
  ...overrides,
});

describe("the public score, worked by hand", () => {
  // Six ratings: four verified (weight 2) with overall 5, 5, 4, 3 and two open (weight 1) with 2 and 5.
  // Σ weight = 4×2 + 2 = 10; Σ weight × overall = 2×(5+5+4+3) + 2 + 5 = 41.
  // County: 30 weight units averaging 3.9 (Σ = 117). Prior 10 × 3.9 = 39.
  // Score = (39 + 41) / (10 + 10) = 80 / 20 = 4.0.
  const officer = sums({
    count: 6,
    weight: 10,
    weightedOverall: 41,
    verified: 4,
    overall: 24,
    responsiveness: 27, // 5+5+5+4+4+4
    courtesy: 24, // 4 each
    solvedYes: 3,
    solvedPartly: 2,
    solvedNo: 1,
  });
  const county = { weight: 30, weightedOverall: 117 };

  it("is the Bayesian average with the county's mean as a prior worth 10 weight units", () => {
    expect(publicScore(officer, county)).toEqual({
      count: 6,
      score: 4,
      responsiveness: 4.5,
      courtesy: 4,
      solvedShare: 4 / 6, // (3 + 2/2) / 6
      verifiedShare: 4 / 6,
    });
  });

  it("uses 4.0 as the prior before the county has ratings: 5 open fives score (40 + 25) / 15", () => {
    expect(defaultPriorMean).toBe(4);
    const fives = sums({ count: 5, weight: 5, weightedOverall: 25, overall: 25, responsiveness: 25, courtesy: 25 });
    expect(publicScore(fives, undefined)?.score).toBeCloseTo(65 / 15, 12);
    expect(publicScore(fives, { weight: 0, weightedOverall: 0 })?.score).toBeCloseTo(65 / 15, 12);
  });

  it("shows nothing under 5 ratings, however good", () => {
    expect(publicScore(sums({ count: 4, weight: 8, weightedOverall: 40 }), county)).toBeUndefined();
    expect(publicScore(undefined, county)).toBeUndefined();
  });
});
