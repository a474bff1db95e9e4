// Text normalisation shared by the search index and the query: one place decides that "(IA)³", "IA3"
// and "ia-3" are the same name, and how Chinese text is cut into terms (it has no spaces).

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;

/** Case-, width- and punctuation-insensitive form of a name: "(IA)³" → "ia3", "LLM.int8()" → "llmint8". */
export function foldName(s: string): string {
  return s
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Terms of a text: Latin/number words (lower-cased, NFKC so superscripts become digits), and for
 * Chinese every character pair (bigrams), the usual way to index CJK without a dictionary. A lone
 * Chinese character is kept as a term so a one-character query still finds something.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  const norm = text.normalize('NFKC').toLocaleLowerCase('en');
  for (const word of norm.split(/[^\p{L}\p{N}]+/u)) {
    if (!word) continue;
    if (!CJK.test(word)) {
      out.push(word);
      continue;
    }
    // Mixed runs ("gpt模型"): split into the Latin parts and the CJK runs.
    let last = 0;
    for (const m of word.matchAll(CJK_RUN)) {
      if (m.index > last) out.push(word.slice(last, m.index));
      const run = m[0];
      if (run.length === 1) out.push(run);
      for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
      last = m.index + run.length;
    }
    if (last < word.length) out.push(word.slice(last));
  }
  return out;
}

/**
 * Terms of a name field: its words plus the folded whole name, so "deepseekr1" or "ia3" typed
 * without punctuation still hits "DeepSeek-R1" and "(IA)³" exactly.
 */
export function tokenizeName(name: string): string[] {
  const words = tokenize(name);
  const folded = foldName(name);
  return folded && !words.includes(folded) ? [...words, folded] : words;
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), capped at `max`+1. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = Array.from({ length: n + 1 }, () => 0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = Array.from({ length: n + 1 }, () => 0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[n], max + 1);
}
