// The path from a survey part's root to a node, e.g. Alignment › RLHF › Feedback Mechanisms.
import type { Indexed } from '../content/survey';
import type { ResolvedNode } from '../content/schema';
import { useText } from '../i18n';
import { Link } from './Link';

export function nodePath(nodes: Indexed<ResolvedNode>, id: string): ResolvedNode[] {
  const path: ResolvedNode[] = [];
  for (let n = nodes.byId.get(id); n; n = n.parent ? nodes.byId.get(n.parent) : undefined) path.unshift(n);
  return path;
}

/** Where a node lives: the taxonomy for the five paradigms, its own page for the other parts. */
export function nodeHref(node: ResolvedNode): string {
  switch (node.root) {
    case 'datasets':
      return '#/datasets';
    case 'applications':
      return `#/applications?node=${node.id}`;
    case 'open-problems':
      return `#/open-problems?node=${node.id}`;
    default:
      return `#/taxonomy/${node.id}`;
  }
}

export function Breadcrumbs({ nodes, id, label }: { nodes: Indexed<ResolvedNode>; id: string; label: string }) {
  const text = useText();
  const path = nodePath(nodes, id);
  return (
    <nav aria-label={label} className="breadcrumbs">
      <ol>
        {path.map((n, i) => (
          <li key={n.id}>
            <Link to={nodeHref(n)} aria-current={i === path.length - 1 ? 'location' : undefined}>
              {text(n.name)}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
