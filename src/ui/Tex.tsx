// Renders TeX with KaTeX (HTML for the eye, MathML for screen readers). KaTeX is loaded on first use,
// so routes without formulas never download it. Options are the ones the content validator uses.
import { useEffect, useMemo, useState } from 'react';
import { KATEX_OPTIONS } from '../content/tex';

type Katex = typeof import('katex').default;
let katexPromise: Promise<Katex> | null = null;
export function loadKatex(): Promise<Katex> {
  katexPromise ??= Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(([m]) => m.default);
  return katexPromise;
}

export function renderTex(katex: Katex, tex: string, displayMode: boolean): string {
  try {
    return katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode });
  } catch {
    // Content is validated at build time; this only guards text typed by users (e.g. demo labels).
    return katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode, throwOnError: false });
  }
}

export function Tex({ tex, display = false, className, label }: { tex: string; display?: boolean; className?: string; label?: string }) {
  const [katex, setKatex] = useState<Katex | null>(null);
  useEffect(() => {
    let live = true;
    void loadKatex().then((k) => live && setKatex(() => k));
    return () => {
      live = false;
    };
  }, []);
  // A display formula wider than its column scrolls sideways. Keyboard users must be able to reach
  // such a region (WCAG: scrollable regions are focusable), so it is a tab stop while it overflows.
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    if (!box || typeof ResizeObserver === 'undefined') return;
    const check = () => setOverflows(box.scrollWidth > box.clientWidth + 1);
    // The box (column width) and the rendered formula (its content width) can each change.
    const ro = new ResizeObserver(check);
    ro.observe(box);
    if (box.firstElementChild) ro.observe(box.firstElementChild);
    check();
    return () => ro.disconnect();
  }, [box]);
  // KaTeX layout is the expensive part of a re-render (a demo re-renders on every slider step): do it
  // once per formula.
  const html = useMemo(() => (katex ? renderTex(katex, tex, display) : ''), [katex, tex, display]);
  const Tag = display ? 'div' : 'span';
  const cls = ['tex', display ? 'tex-display' : 'tex-inline', className].filter(Boolean).join(' ');
  if (!katex) {
    // Until KaTeX arrives, show the source as code so nothing jumps and nothing is hidden.
    return (
      <Tag className={cls} aria-busy="true">
        <code>{tex}</code>
      </Tag>
    );
  }
  if (display) {
    return (
      <div
        ref={setBox}
        className={cls}
        aria-label={label}
        tabIndex={overflows ? 0 : undefined}
        role={overflows ? 'group' : undefined}
        dangerouslySetInnerHTML={{ __html: html }}
      />
    );
  }
  return <Tag className={cls} aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />;
}
