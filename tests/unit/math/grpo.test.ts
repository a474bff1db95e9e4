// Worked examples for GRPO's group-relative advantages and token objective (trl's GRPOTrainer).
import { describe, expect, it } from 'vitest';
import { grpoAdvantages, grpoTokenObjective } from '../../../src/math/grpo.ts';

describe('grpoAdvantages', () => {
  it('one group of four binary rewards, trl defaults', () => {
    // [1,0,1,0]: mean 0.5, sample std √(1/3) = 0.5773502691896258; A = ±0.5/(0.57735 + 1e-4)
    const { advantages, groupMean, groupStd } = grpoAdvantages([1, 0, 1, 0]);
    expect(groupMean).toEqual([0.5]);
    expect(groupStd[0]).toBeCloseTo(0.5773502691896258, 15);
    const a = 0.5 / (0.5773502691896258 + 1e-4);
    expect(advantages[0]).toBeCloseTo(a, 12);
    expect(advantages[1]).toBeCloseTo(-a, 12);
  });

  it('population std, batch scaling and Dr. GRPO give their own numbers', () => {
    expect(grpoAdvantages([1, 0, 1, 0], { std: 'population' }).advantages[0]).toBeCloseTo(0.5 / (0.5 + 1e-4), 12);
    expect(grpoAdvantages([1, 0, 1, 0], { scale: 'none' }).advantages).toEqual([0.5, -0.5, 0.5, -0.5]);
    // two groups [1,0] and [3,3]: batch std of [1,0,3,3] (mean 1.75; deviations² 0.5625+3.0625+1.5625+1.5625 = 6.75; /3 = 2.25) = 1.5
    const b = grpoAdvantages([1, 0, 3, 3], { groupSize: 2, scale: 'batch' });
    expect(b.groupMean).toEqual([0.5, 3]);
    expect(b.advantages[0]).toBeCloseTo(0.5 / (1.5 + 1e-4), 12);
    expect(b.advantages.slice(2)).toEqual([0, 0]);
  });

  it('all-equal rewards give exactly zero advantages, no NaN', () => {
    expect(grpoAdvantages([1, 1, 1, 1]).advantages).toEqual([0, 0, 0, 0]);
    expect(grpoAdvantages([0, 0], { scale: 'none' }).advantages).toEqual([0, 0]);
  });

  it('a group of one has std 0 and advantage 0; an uneven tail forms a short group', () => {
    expect(grpoAdvantages([5], {})).toEqual({ advantages: [0], groupMean: [5], groupStd: [0] });
    const r = grpoAdvantages([1, 0, 1], { groupSize: 2 });
    expect(r.groupMean).toEqual([0.5, 1]);
    expect(r.advantages[2]).toBe(0);
  });

  it('a reward offset of 1e8 changes nothing', () => {
    const small = grpoAdvantages([0, 1, 0, 1, 1]).advantages;
    const big = grpoAdvantages([1e8, 1e8 + 1, 1e8, 1e8 + 1, 1e8 + 1]).advantages;
    big.forEach((v, i) => expect(v).toBeCloseTo(small[i], 6));
  });
});

describe('grpoTokenObjective', () => {
  it('computes ratio, clipped term, k3 KL and the three losses by hand', () => {
    // Completion 1 (A = 1): two tokens; token 1 ratio e^0.1, token 2 ratio e^0.5 (> 1.2, clipped).
    // Completion 2 (A = −1): one token with ratio 1.
    const r = grpoTokenObjective({
      logp: [[-1.0, -1.0], [-2]],
      oldLogp: [[-1.1, -1.5], [-2]],
      refLogp: [[-1.0, -1.2], [-2]],
      advantages: [1, -1],
      epsLow: 0.2,
      beta: 0.1,
      maxCompletionLength: 4,
    });
    expect(r.ratio[0][0]).toBeCloseTo(Math.exp(0.1), 14);
    expect(r.surrogate[0][0]).toBeCloseTo(Math.exp(0.1), 14);
    expect(r.surrogate[0][1]).toBeCloseTo(1.2, 14); // clipped at 1 + ε
    // k3 with d = ref − logp: token 1 d = 0 → 0; token 2 d = −0.2 → e^−0.2 + 0.2 − 1
    expect(r.kl[0][0]).toBe(0);
    expect(r.kl[0][1]).toBeCloseTo(Math.exp(-0.2) + 0.2 - 1, 15);
    const o = [Math.exp(0.1), 1.2 - 0.1 * (Math.exp(-0.2) + 0.2 - 1), -1];
    expect(r.tokenObjective[0][1]).toBeCloseTo(o[1], 14);
    expect(r.lossGrpo).toBeCloseTo(-(((o[0] + o[1]) / 2 + o[2]) / 2), 14);
    expect(r.lossBnpo).toBeCloseTo(-(o[0] + o[1] + o[2]) / 3, 14);
    expect(r.lossDrGrpo).toBeCloseTo(-(o[0] + o[1] + o[2]) / (2 * 4), 14);
    expect(r.clipRatioHighMean).toBeCloseTo(1 / 3, 15);
    expect(r.clipRatioLowMean).toBe(0);
    expect(r.meanKl).toBeCloseTo((Math.exp(-0.2) + 0.2 - 1) / 3, 15);
  });

  it('skips empty completions and stays finite for extreme log-probs', () => {
    const r = grpoTokenObjective({ logp: [[], [-1000, 0]], oldLogp: [[], [0, -1000]], refLogp: [[], [0, 0]], advantages: [0, 2], epsLow: 0.2, beta: 0.04, maxCompletionLength: 2 });
    for (const v of [r.lossGrpo, r.lossBnpo, r.lossDrGrpo, r.meanKl, ...r.tokenObjective.flat()]) expect(Number.isFinite(v)).toBe(true);
    const empty = grpoTokenObjective({ logp: [], oldLogp: [], refLogp: [], advantages: [], epsLow: 0.2, beta: 0.1, maxCompletionLength: 0 });
    expect([empty.lossGrpo, empty.lossBnpo, empty.lossDrGrpo, empty.meanKl]).toEqual([0, 0, 0, 0]);
  });
});
