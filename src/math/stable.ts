// Numerics shared by the demo math: log-sigmoid and softplus in forms that neither overflow nor lose
// precision for large |x|, and means/standard deviations computed in two passes around a shift, so
// rewards of 1e8 ± 1 keep their differences.

/** log(1 + e^x), exact to double precision for every finite x. */
export function softplus(x: number): number {
  // For x > 0, log(1+e^x) = x + log(1+e^-x): e^-x ≤ 1 never overflows.
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/** log σ(x) = −softplus(−x). */
export const logSigmoid = (x: number): number => -softplus(-x);

/** σ(x) = 1/(1+e^−x), evaluated on the side where the exponential is ≤ 1. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** Arithmetic mean; 0 for an empty list (callers decide what "no data" means). */
export function mean(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  // Sum deviations from the first value: the big common offset never enters the sum.
  const shift = xs[0];
  let s = 0;
  for (const x of xs) s += x - shift;
  return shift + s / xs.length;
}

function sumSquaredDeviations(xs: readonly number[]): number {
  const m = mean(xs);
  let s = 0;
  for (const x of xs) s += (x - m) ** 2;
  return s;
}

/** Sample standard deviation (Bessel's N−1, as torch.std); 0 for fewer than two values. */
export const sampleStd = (xs: readonly number[]): number => (xs.length < 2 ? 0 : Math.sqrt(sumSquaredDeviations(xs) / (xs.length - 1)));

/** Population standard deviation (N); 0 for an empty list. */
export const populationStd = (xs: readonly number[]): number => (xs.length === 0 ? 0 : Math.sqrt(sumSquaredDeviations(xs) / xs.length));
