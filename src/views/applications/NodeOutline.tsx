// A part of the survey outside the five paradigms (applications, open problems) as an outline:
// each node's summary and the systems or methods it names.
import { useSurvey } from '../../content/survey';
import type { Root } from '../../content/vocab';
import { useText } from '../../i18n';
import { Link } from '../../ui/Link';
import { LinkedText } from '../../ui/LinkedText';

export function NodeOutline({ root }: { root: Root }) {
  const text = useText();
  const { nodes, methods } = useSurvey('nodes', 'methods');
  const rootNode = nodes.byId.get(root);
  if (!rootNode) return null;
  const render = (id: string, depth: number) => {
    const n = nodes.byId.get(id);
    if (!n) return null;
    const H = depth === 0 ? 'h2' : 'h3';
    const items = [...new Set([...n.featured, ...n.methods])];
    return (
      <section key={id} id={`node-${id}`} aria-labelledby={`h-${id}`} className={`outline-node depth-${depth}`}>
        <H id={`h-${id}`}>{text(n.name)}</H>
        <p>
          <LinkedText text={text(n.summary)} />
        </p>
        {items.length > 0 && (
          <ul className="chip-list">
            {items.map((m) => (
              <li key={m}>
                <Link to={`#/method/${m}`}>{methods.byId.get(m)?.name ?? m}</Link>
              </li>
            ))}
          </ul>
        )}
        {n.children.map((c) => render(c, depth + 1))}
      </section>
    );
  };
  return (
    <>
      <p className="lede">{text(rootNode.summary)}</p>
      {rootNode.children.map((c) => render(c, 0))}
    </>
  );
}
