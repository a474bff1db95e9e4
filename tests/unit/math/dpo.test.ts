// Worked examples for the DPO loss (Rafailov et al. 2023) as trl computes it.
import { describe, expect, it } from 'vitest';
import { dpoPair, dpoToyTrain } from '../../../src/math/dpo.ts';

describe('dpoPair', () => {
  it('matches a hand-computed pair', () => {
    // chosen log-ratio = −10 − (−12) = 2; rejected = −11 − (−10) = −1; h = 3; β = 0.5 → βh = 1.5
    const r = dpoPair({ policyChosenLogp: -10, policyRejectedLogp: -11, refChosenLogp: -12, refRejectedLogp: -10, beta: 0.5 });
    expect([r.chosenLogratio, r.rejectedLogratio, r.logits]).toEqual([2, -1, 3]);
    expect([r.chosenReward, r.rejectedReward, r.rewardMargin]).toEqual([1, -0.5, 1.5]);
    expect(r.rewardAccuracy).toBe(true);
    // loss = −log σ(1.5) = log(1 + e^−1.5) = 0.20141327798275246
    expect(r.loss).toBeCloseTo(0.20141327798275246, 14);
    expect(r.preferenceProb).toBeCloseTo(1 / (1 + Math.exp(-1.5)), 15);
    expect(r.gradWeight).toBeCloseTo(1 / (1 + Math.exp(1.5)), 15);
    expect(r.dLossDPolicyChosenLogp).toBeCloseTo(-0.5 * r.gradWeight, 15);
    expect(r.dLossDPolicyRejectedLogp).toBeCloseTo(0.5 * r.gradWeight, 15);
    // IPO: (h − 1/(2β))² = (3 − 1)² = 4
    expect(r.ipoLossSequence).toBe(4);
    // with no smoothing, conservative DPO is DPO
    expect(r.cdpoLoss).toBeCloseTo(r.loss, 15);
  });

  it('the gradient is the derivative of the loss (central difference)', () => {
    const base = { policyChosenLogp: -7, policyRejectedLogp: -6, refChosenLogp: -6.5, refRejectedLogp: -6.2, beta: 0.3 };
    const d = 1e-6;
    const up = dpoPair({ ...base, policyChosenLogp: base.policyChosenLogp + d }).loss;
    const down = dpoPair({ ...base, policyChosenLogp: base.policyChosenLogp - d }).loss;
    expect(dpoPair(base).dLossDPolicyChosenLogp).toBeCloseTo((up - down) / (2 * d), 8);
  });

  it('label smoothing ε gives −(1−ε)log σ(βh) − ε log σ(−βh)', () => {
    const r = dpoPair({ policyChosenLogp: -1, policyRejectedLogp: -2, refChosenLogp: -1, refRejectedLogp: -1, beta: 1, labelSmoothing: 0.1 });
    // h = 1: 0.9·log(1+e^−1) + 0.1·log(1+e^1)
    expect(r.cdpoLoss).toBeCloseTo(0.9 * Math.log(1 + Math.exp(-1)) + 0.1 * Math.log(1 + Math.E), 14);
  });

  it('stays finite for margins of ±500 and for tiny and large β', () => {
    for (const h of [-500, 500]) {
      for (const beta of [1e-4, 0.1, 50]) {
        const r = dpoPair({ policyChosenLogp: h, policyRejectedLogp: 0, refChosenLogp: 0, refRejectedLogp: 0, beta });
        for (const v of [r.loss, r.gradWeight, r.preferenceProb, r.ipoLossSequence, r.cdpoLoss, r.dLossDPolicyChosenLogp]) expect(Number.isFinite(v)).toBe(true);
      }
    }
    // h = −500, β = 50: loss ≈ 25000 (linear regime), weight 1; h = +500: loss 0, weight ≈ 0
    const bad = dpoPair({ policyChosenLogp: -500, policyRejectedLogp: 0, refChosenLogp: 0, refRejectedLogp: 0, beta: 50 });
    expect(bad.loss).toBe(25000);
    expect(bad.gradWeight).toBe(1);
    expect(dpoPair({ policyChosenLogp: 500, policyRejectedLogp: 0, refChosenLogp: 0, refRejectedLogp: 0, beta: 50 }).loss).toBe(0);
    expect(dpoPair({ policyChosenLogp: 0, policyRejectedLogp: 0, refChosenLogp: 0, refRejectedLogp: 0, beta: 1 }).rewardAccuracy).toBe(false); // strict
  });
});

describe('dpoToyTrain', () => {
  const pairs = [
    { chosen: 0, rejected: 1 },
    { chosen: 0, rejected: 2 },
    { chosen: 1, rejected: 3 },
  ];

  it('starts at the reference: KL 0, loss log 2 per pair', () => {
    const { steps } = dpoToyTrain({ refLogits: [0.5, 0.2, 0, -0.3], pairs, beta: 0.1, lr: 1, steps: 0 });
    expect(steps).toHaveLength(1);
    expect(steps[0].kl).toBe(0);
    expect(steps[0].loss).toBeCloseTo(Math.LN2, 15);
    expect(steps[0].probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 15);
  });

  it('learns the preferences: loss falls, KL grows, the always-preferred response gains', () => {
    const { steps } = dpoToyTrain({ refLogits: [0.5, 0.2, 0, -0.3], pairs, beta: 0.5, lr: 0.5, steps: 50 });
    for (let i = 1; i < steps.length; i++) {
      expect(steps[i].loss).toBeLessThanOrEqual(steps[i - 1].loss + 1e-12);
      expect(steps[i].kl).toBeGreaterThanOrEqual(steps[i - 1].kl - 1e-12);
    }
    const last = steps[50];
    expect(last.probs[0]).toBeGreaterThan(last.refProbs[0]);
    expect(last.probs[3]).toBeLessThan(last.refProbs[3]);
    expect(last.margins.every((m) => m > 0)).toBe(true);
  });

  it('one exact gradient step by hand', () => {
    // Two responses, ref logits 0: h = θ0 − θ1. At θ = 0, dL/dh = −β σ(0) = −β/2, so θ0 −= lr·(−β/2).
    const { steps } = dpoToyTrain({ refLogits: [0, 0], pairs: [{ chosen: 0, rejected: 1 }], beta: 1, lr: 1, steps: 1 });
    // θ = [0.5, −0.5]: p0 = σ(1)
    expect(steps[1].probs[0]).toBeCloseTo(1 / (1 + Math.exp(-1)), 15);
  });

  it('stays finite with huge logits, learning rates and the other variants', () => {
    for (const variant of ['sigmoid', 'ipo', 'cdpo'] as const) {
      const { steps } = dpoToyTrain({ refLogits: [1000, -1000, 0, 5], pairs, beta: 2, lr: 5, steps: 30, labelSmoothing: 0.2, variant });
      for (const s of steps) for (const v of [...s.probs, s.kl, s.loss, ...s.margins]) expect(Number.isFinite(v)).toBe(true);
    }
  });
});
