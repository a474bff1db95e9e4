// Finds method names inside running text so every mention can link to the method's page. Pure.
// Matching is case-sensitive and whole-word (a name must not touch a letter, digit or hyphen), so
// "PPO" links in "PPO+" and "the PPO loss" but not inside "PPOs" or "DPPO"; names shorter than
// three characters are skipped because they collide with ordinary words and symbols.

export interface Nameable {
  id: string;
  name: string;
  aliases?: readonly string[];
}

export type Piece = { text: string; id?: undefined } | { text: string; id: string };

export interface NameLinker {
  split(text: string, options?: { exclude?: string }): Piece[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function createNameLinker(items: readonly Nameable[]): NameLinker {
  const idOf = new Map<string, string>();
  for (const it of items) {
    for (const n of [it.name, ...(it.aliases ?? [])]) if (n.length >= 3 && !idOf.has(n)) idOf.set(n, it.id);
  }
  // Longest first, so "DeepSeek-R1-Zero" wins over "DeepSeek-R1".
  const names = [...idOf.keys()].sort((a, b) => b.length - a.length);
  const re = names.length ? new RegExp(`(?<![\\p{L}\\p{N}-])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`, 'gu') : null;

  return {
    split(text, { exclude } = {}) {
      if (!re || !text) return text ? [{ text }] : [];
      const out: Piece[] = [];
      let last = 0;
      for (const m of text.matchAll(re)) {
        const id = idOf.get(m[0])!;
        if (id === exclude) continue;
        if (m.index > last) out.push({ text: text.slice(last, m.index) });
        out.push({ text: m[0], id });
        last = m.index + m[0].length;
      }
      if (last < text.length) out.push({ text: text.slice(last) });
      return out;
    },
  };
}
