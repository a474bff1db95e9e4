// Demo parameters in the URL, read totally: a missing, malformed or out-of-range value falls back to
// its default or is clamped, so no URL can put NaN or Infinity on the screen.

export interface NumSpec {
  min: number;
  max: number;
  def: number;
}

export function num(params: URLSearchParams, key: string, spec: NumSpec): number {
  const raw = params.get(key);
  if (raw === null || raw.trim() === '') return spec.def;
  const v = Number(raw);
  if (!Number.isFinite(v)) return spec.def;
  return Math.min(spec.max, Math.max(spec.min, v));
}

/** A comma-separated list of numbers, each clamped; junk entries dropped; at most `maxLen` kept. */
export function numList(params: URLSearchParams, key: string, spec: NumSpec & { maxLen: number; fallback: number[] }): number[] {
  const raw = params.get(key);
  if (raw === null) return spec.fallback;
  const out = raw
    .split(',')
    .map((s) => (s.trim() === '' ? NaN : Number(s)))
    .filter(Number.isFinite)
    .slice(0, spec.maxLen)
    .map((v) => Math.min(spec.max, Math.max(spec.min, v)));
  return out.length ? out : spec.fallback;
}

export function choice<T extends string>(params: URLSearchParams, key: string, options: readonly T[], def: T): T {
  const v = params.get(key);
  return v !== null && (options as readonly string[]).includes(v) ? (v as T) : def;
}

/** Formats a number for display: never "NaN" or "Infinity", a dash instead. */
export function fmt(v: number | null | undefined, digits = 3): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  if (v !== 0 && (Math.abs(v) >= 1e5 || Math.abs(v) < 1e-3)) return v.toExponential(2);
  return Number(v.toFixed(digits)).toString();
}
