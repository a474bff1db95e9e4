// Worked examples for PPO's clipped objective (Schulman et al. 2017, Eq. 7; trl's clip fraction).
import { describe, expect, it } from 'vitest';
import { ppoBatch, ppoCurve, ppoSample } from '../../../src/math/ppo.ts';

describe('ppoSample', () => {
  it('A > 0: the objective stops growing past 1 + ε', () => {
    // r = 1.5, A = 2, ε = 0.2: surr1 = 3, surr2 = 1.2·2 = 2.4, min = 2.4, clipped (high)
    const s = ppoSample({ ratio: 1.5, advantage: 2, epsLow: 0.2 });
    expect(s).toMatchObject({ clippedRatio: 1.2, surr1: 3, clipped: true, clippedHigh: true, clippedLow: false, dObjectiveDRatio: 0 });
    expect(s.surr2).toBeCloseTo(2.4, 15);
    expect(s.objective).toBeCloseTo(2.4, 15);
    expect(s.loss).toBeCloseTo(-2.4, 15);
    // r = 0.5 < 1 − ε with A > 0: the unclipped branch is smaller (pessimistic), gradient A
    const low = ppoSample({ ratio: 0.5, advantage: 2, epsLow: 0.2 });
    expect(low).toMatchObject({ objective: 1, clipped: false, dObjectiveDRatio: 2 });
  });

  it('A < 0: the objective stops falling below 1 − ε', () => {
    // r = 0.5, A = −1, ε = 0.2: surr1 = −0.5, surr2 = 0.8·(−1) = −0.8, min = −0.8, clipped (low)
    const s = ppoSample({ ratio: 0.5, advantage: -1, epsLow: 0.2 });
    expect(s).toMatchObject({ objective: -0.8, clipped: true, clippedLow: true, dObjectiveDRatio: 0 });
    // r = 1.5 with A < 0: unclipped −1.5 is smaller than clipped −1.2, so no clipping
    expect(ppoSample({ ratio: 1.5, advantage: -1, epsLow: 0.2 })).toMatchObject({ objective: -1.5, clipped: false, dObjectiveDRatio: -1 });
  });

  it('a ratio exactly on a bound is not clipped; A = 0 gives zero everywhere', () => {
    expect(ppoSample({ ratio: 1.2, advantage: 1, epsLow: 0.2 })).toMatchObject({ clipped: false, dObjectiveDRatio: 1 });
    expect(ppoSample({ ratio: 0.8, advantage: -1, epsLow: 0.2 })).toMatchObject({ clipped: false, dObjectiveDRatio: -1 });
    const z = ppoSample({ ratio: 3, advantage: 0, epsLow: 0.2 });
    expect([z.objective, z.clipped, z.dObjectiveDRatio]).toEqual([0, false, 0]);
  });

  it('takes log-probs, an asymmetric upper bound, and stays finite at extremes', () => {
    // logp_new − logp_old = ln 1.3: ratio 1.3; ε_high = 0.28 so 1.3 > 1.28 is clipped
    const s = ppoSample({ logpNew: Math.log(1.3) - 5, logpOld: -5, advantage: 1, epsLow: 0.2, epsHigh: 0.28 });
    expect(s.ratio).toBeCloseTo(1.3, 12);
    expect(s.clippedRatio).toBe(1.28);
    expect(s.clipped).toBe(true);
    for (const [a, b] of [[1000, -1000], [-1000, 1000], [0, 0]]) {
      const e = ppoSample({ logpNew: a, logpOld: b, advantage: -3, epsLow: 0.2 });
      for (const v of [e.ratio, e.objective, e.loss, e.surr1, e.surr2]) expect(Number.isFinite(v)).toBe(true);
    }
    expect(ppoSample({ ratio: 1.5, advantage: 1, epsLow: -0.3 }).clippedRatio).toBe(1); // negative ε acts as 0
  });
});

describe('ppoBatch and ppoCurve', () => {
  it('averages objectives and counts clipped samples as trl does', () => {
    // (1.5, 2) → 2.4 clipped high; (0.5, −1) → −0.8 clipped low; (1, 1) → 1; (1.5, −1) → −1.5
    const b = ppoBatch({ ratios: [1.5, 0.5, 1, 1.5], advantages: [2, -1, 1, -1], epsLow: 0.2 });
    expect(b.clipped).toEqual([true, true, false, false]);
    expect(b.meanObjective).toBeCloseTo((2.4 - 0.8 + 1 - 1.5) / 4, 15);
    expect(b.policyLoss).toBeCloseTo(-b.meanObjective, 15);
    expect([b.clipFraction, b.clipFractionLow, b.clipFractionHigh]).toEqual([0.5, 0.25, 0.25]);
    expect(ppoBatch({ ratios: [], advantages: [], epsLow: 0.2 })).toMatchObject({ meanObjective: 0, clipFraction: 0 });
  });

  it('plots L^CLIP with its flat region', () => {
    const up = ppoCurve({ advantage: 1, epsLow: 0.2, rMin: 0, rMax: 2, points: 21 });
    expect(up.r[0]).toBe(0);
    expect(up.r[20]).toBe(2);
    expect(up.flat).toEqual([{ from: 1.2, to: 2 }]);
    expect(up.objective[20]).toBeCloseTo(1.2, 12); // capped at (1+ε)·A
    expect(up.gradient[20]).toBe(0);
    expect(up.gradient[5]).toBe(1);
    const down = ppoCurve({ advantage: -1, epsLow: 0.2, epsHigh: 0.3, rMin: 0, rMax: 2, points: 21 });
    expect(down.flat).toEqual([{ from: 0, to: 0.8 }]);
    expect(down.objective[0]).toBeCloseTo(-0.8, 12);
    expect(ppoCurve({ advantage: 0, epsLow: 0.2, rMin: 0, rMax: 2, points: 3 }).flat).toEqual([{ from: 0, to: 2 }]);
  });

  it('has the clip bounds among its points, so a coarse polyline is the exact curve', () => {
    for (const advantage of [1.5, -0.7]) {
      const c = ppoCurve({ advantage, epsLow: 0.17, epsHigh: 0.31, rMin: 0, rMax: 2, points: 2 });
      expect(c.r).toEqual([0, 1 - 0.17, 1 + 0.31, 2]);
      // Between any two points the objective is linear: the midpoint of each segment matches.
      for (let i = 0; i + 1 < c.r.length; i++) {
        const mid = (c.r[i] + c.r[i + 1]) / 2;
        expect(ppoSample({ ratio: mid, advantage, epsLow: 0.17, epsHigh: 0.31 }).objective).toBeCloseTo((c.objective[i] + c.objective[i + 1]) / 2, 12);
      }
    }
    // The gradient steps from A to 0 exactly at the upper bound for A > 0.
    const g = ppoCurve({ advantage: 2, epsLow: 0.2, rMin: 0, rMax: 2, points: 2 }).gradientSteps;
    expect(g).toEqual([[0, 2], [0.8, 2], [0.8, 2], [1.2, 2], [1.2, 0], [2, 0]]);
    // A bound that falls on the grid is not doubled.
    const r = ppoCurve({ advantage: 1, epsLow: 0.2, rMin: 0, rMax: 2, points: 21 }).r;
    expect(r).toHaveLength(21);
  });
});
