// A deliberately small language model for the IFD demo, so the demo can score instruction data in
// the browser with no download: a word bigram model with add-k smoothing, trained on a corpus given
// at run time (the survey's own summaries), plus a unigram "cache" of the instruction's words
// (Kuhn & De Mori's cache model). Conditioned on an instruction, a word's probability mixes the cache
// and the bigram: P(w | prev, Q) = λ·P_cache(w | Q) + (1 − λ)·P_bigram(w | prev). Without one, it is
// the bigram alone. It is a toy: it only shows how IFD reacts when an instruction makes an answer
// easier (IFD < 1) or harder (IFD > 1) to predict, not what a real LLM would score.

export interface ToyLm {
  /** Natural-log probability of each word of `answer`, optionally conditioned on `instruction`. */
  logprobs(answer: string, instruction?: string): number[];
  vocabularySize: number;
}

export const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu) ?? [];

export function trainToyLm(corpus: readonly string[], { k = 0.1, lambda = 0.3 }: { k?: number; lambda?: number } = {}): ToyLm {
  const uni = new Map<string, number>();
  const bi = new Map<string, Map<string, number>>();
  const BOS = '\u0002';
  for (const doc of corpus) {
    let prev = BOS;
    for (const w of words(doc)) {
      uni.set(w, (uni.get(w) ?? 0) + 1);
      let row = bi.get(prev);
      if (!row) bi.set(prev, (row = new Map()));
      row.set(w, (row.get(w) ?? 0) + 1);
      prev = w;
    }
  }
  // +1 for the unknown word, so an unseen word has a small, finite probability.
  const V = uni.size + 1;
  const rowTotals = new Map([...bi].map(([p, row]) => [p, [...row.values()].reduce((a, b) => a + b, 0)]));
  const bigram = (prev: string, w: string) => ((bi.get(prev)?.get(w) ?? 0) + k) / ((rowTotals.get(prev) ?? 0) + k * V);
  const lam = Math.min(1, Math.max(0, lambda));

  return {
    vocabularySize: V,
    logprobs(answer, instruction) {
      const cache = new Map<string, number>();
      const q = instruction ? words(instruction) : [];
      for (const w of q) cache.set(w, (cache.get(w) ?? 0) + 1);
      let prev = BOS;
      return words(answer).map((w) => {
        const pb = bigram(prev, w);
        const p = q.length ? lam * ((cache.get(w) ?? 0) / q.length) + (1 - lam) * pb : pb;
        prev = w;
        return Math.log(p);
      });
    },
  };
}
