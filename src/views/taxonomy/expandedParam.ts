// The taxonomy's expanded set in the URL, compactly: "all", or a bitset over every node in preorder,
// base64url-encoded (the whole survey fits in a few dozen characters). A link made before the content
// changed still decodes; it may just open a slightly different set of branches.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function encodeExpanded(order: readonly string[], expanded: ReadonlySet<string>): string {
  if (order.length > 0 && order.every((id) => expanded.has(id))) return 'all';
  let out = '';
  for (let i = 0; i < order.length; i += 6) {
    let v = 0;
    for (let b = 0; b < 6; b++) if (i + b < order.length && expanded.has(order[i + b])) v |= 1 << b;
    out += B64[v];
  }
  return out.replace(/A+$/, ''); // trailing zero digits carry nothing
}

/** Total: any string decodes to a set (unknown characters count as zero bits). */
export function decodeExpanded(order: readonly string[], param: string): Set<string> {
  if (param === 'all') return new Set(order);
  const set = new Set<string>();
  for (let c = 0; c < param.length && c * 6 < order.length; c++) {
    const v = Math.max(0, B64.indexOf(param[c]));
    for (let b = 0; b < 6; b++) if (v & (1 << b) && c * 6 + b < order.length) set.add(order[c * 6 + b]);
  }
  return set;
}
