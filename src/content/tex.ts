// KaTeX settings shared by the content validator and the app, so that a formula that validates is
// exactly a formula that renders. `trust` admits only the two commands the symbol glossary needs
// (\htmlClass marks a symbol, \htmlData carries its key); \href, \url, \includegraphics and raw HTML
// stay disabled, so content can never inject links or markup through TeX.
import type { KatexOptions } from 'katex';

const TRUSTED_COMMANDS = new Set(['\\htmlClass', '\\htmlData']);

export const KATEX_OPTIONS: KatexOptions = {
  throwOnError: true,
  output: 'htmlAndMathml',
  strict: 'ignore',
  trust: (context) => TRUSTED_COMMANDS.has(context.command),
  maxExpand: 1000,
  maxSize: 50,
};
