// Running text with every method name turned into a link to its page (see content/nameLinker.ts).
import { Fragment } from 'react';
import { createNameLinker, type NameLinker } from '../content/nameLinker';
import type { ResolvedMethod } from '../content/schema';
import { useSurvey } from '../content/survey';
import { Link } from './Link';

// One linker per loaded method list (the list object is stable for the page's life).
const linkers = new WeakMap<readonly ResolvedMethod[], NameLinker>();

export function LinkedText({ text, exclude }: { text: string; exclude?: string }) {
  const { methods } = useSurvey('methods');
  let linker = linkers.get(methods.list);
  if (!linker) {
    linker = createNameLinker(methods.list);
    linkers.set(methods.list, linker);
  }
  return (
    <>
      {linker.split(text, { exclude }).map((p, i) =>
        p.id ? (
          <Link key={i} to={`#/method/${p.id}`} className="name-link">
            {p.text}
          </Link>
        ) : (
          <Fragment key={i}>{p.text}</Fragment>
        ),
      )}
    </>
  );
}
