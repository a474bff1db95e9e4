import { describe, expect, it } from 'vitest';
import { logSigmoid, mean, populationStd, sampleStd, sigmoid, softplus } from '../../../src/math/stable.ts';

describe('stable numerics', () => {
  it('softplus and log-sigmoid are exact at ordinary values and finite at extremes', () => {
    expect(softplus(0)).toBeCloseTo(Math.LN2, 15);
    expect(softplus(1)).toBeCloseTo(Math.log(1 + Math.E), 15);
    expect(softplus(-1)).toBeCloseTo(Math.log(1 + 1 / Math.E), 15);
    // log(1+e^1000) = 1000 + log(1+e^-1000) = 1000 exactly in doubles
    expect(softplus(1000)).toBe(1000);
    expect(softplus(-1000)).toBe(0); // e^-1000 underflows to 0, log1p(0) = 0
    expect(softplus(-40)).toBeCloseTo(Math.exp(-40), 30); // log1p keeps the tiny value
    expect(logSigmoid(0)).toBeCloseTo(-Math.LN2, 15);
    expect(logSigmoid(-500)).toBeCloseTo(-500, 10);
    expect(logSigmoid(500)).toBeCloseTo(-Math.exp(-500), 230); // tiny, negative, not rounded to 0
  });

  it('sigmoid never overflows', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(1e6)).toBe(1);
    expect(sigmoid(-1e6)).toBe(0);
    expect(sigmoid(2) + sigmoid(-2)).toBeCloseTo(1, 15);
  });

  it('means and standard deviations keep precision under a huge offset', () => {
    expect(mean([])).toBe(0);
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    // [0,1,0,1]: mean 0.5, squared deviations 4 × 0.25 = 1; sample std √(1/3), population √(1/4)
    expect(sampleStd([0, 1, 0, 1])).toBeCloseTo(Math.sqrt(1 / 3), 15);
    expect(populationStd([0, 1, 0, 1])).toBeCloseTo(0.5, 15);
    expect(sampleStd([1e8, 1e8 + 1, 1e8, 1e8 + 1])).toBeCloseTo(Math.sqrt(1 / 3), 12);
    expect(sampleStd([5])).toBe(0);
    expect(populationStd([])).toBe(0);
  });
});
