// Splits a text into plain and matched segments for <mark>: case-insensitive, any query term (words
// match at their start, so "pref" marks "Preference"; Chinese terms match anywhere). Pure.

export interface Segment {
  text: string;
  match: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CJK = /[\u3400-\u9fff]/;

export function highlight(text: string, terms: readonly string[]): Segment[] {
  const useful = [...new Set(terms.filter((t) => t.length >= (CJK.test(t) ? 1 : 2)))].sort((a, b) => b.length - a.length);
  if (!text || useful.length === 0) return text ? [{ text, match: false }] : [];
  const pattern = useful.map((t) => (CJK.test(t) ? escape(t) : `(?<![\\p{L}\\p{N}])${escape(t)}`)).join('|');
  const re = new RegExp(pattern, 'giu');
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m[0].length === 0) continue;
    if (m.index > last) out.push({ text: text.slice(last, m.index), match: false });
    out.push({ text: m[0], match: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), match: false });
  return out;
}

/** A window of the text around its first match, for result snippets. */
export function snippet(text: string, terms: readonly string[], max = 220): string {
  if (text.length <= max) return text;
  const segs = highlight(text, terms);
  let at = 0;
  for (const s of segs) {
    if (s.match) break;
    at += s.text.length;
  }
  if (at >= segs.reduce((n, s) => n + s.text.length, 0)) at = 0;
  const start = Math.max(0, Math.min(at - 60, text.length - max));
  const cut = text.slice(start, start + max);
  return (start > 0 ? '…' : '') + cut + (start + max < text.length ? '…' : '');
}
