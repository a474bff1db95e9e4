// How tree labels are shortened and how wide they are drawn: shared by the layout call (links start
// after a label) and the canvas (the selection backdrop).

const MAX_LABEL = 40;
export const truncate = (s: string) => (s.length > MAX_LABEL ? s.slice(0, MAX_LABEL - 1) + '…' : s);
// Rough label width (for the selection backdrop and where links leave a label): CJK glyphs are
// about twice as wide as Latin ones at this size.
export const labelWidth = (s: string) => [...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 15 : 7.6), 0);
