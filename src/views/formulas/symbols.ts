// Links glossary entries to the symbols of a rendered formula. Content marks a symbol with
// \htmlClass{sym-KEY}{…}; KaTeX turns that into elements with class "sym-KEY". Pure DOM helpers, no
// React: the panel calls them on the KaTeX output it does not render itself.

export const SYMBOL_PREFIX = 'sym-';

/** The glossary key of the symbol an element belongs to, if any (walking up to `root`). */
export function symbolKeyAt(target: Element | null, root: Element): string | null {
  for (let el = target; el && el !== root; el = el.parentElement) {
    for (const c of el.classList) if (c.startsWith(SYMBOL_PREFIX)) return c.slice(SYMBOL_PREFIX.length);
  }
  return null;
}

/** Marks every occurrence of `key` in `root` as active (and clears the others). */
export function markSymbol(root: Element, key: string | null): number {
  for (const el of root.querySelectorAll('.sym-active')) el.classList.remove('sym-active');
  if (!key) return 0;
  const hits = root.querySelectorAll(`.${CSS.escape(SYMBOL_PREFIX + key)}`);
  for (const el of hits) el.classList.add('sym-active');
  return hits.length;
}
