// Pan and zoom for the taxonomy canvas. d3-zoom owns the gestures (wheel, drag, pinch, double-click);
// this class wraps it so React can create it in an effect and destroy it on unmount. It never touches
// the DOM React renders: it reports the transform and the view applies it to its own <g>.
import { select, type Selection } from 'd3-selection';
// d3-transition adds .transition() to selections; importing it is the point.
// eslint-disable-next-line import/no-unassigned-import
import 'd3-transition';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

export interface View {
  x: number;
  y: number;
  k: number;
}

export class ZoomController {
  private readonly behavior: ZoomBehavior<SVGSVGElement, unknown>;
  private readonly svg: Selection<SVGSVGElement, unknown, null, undefined>;

  constructor(
    element: SVGSVGElement,
    onChange: (view: View) => void,
    private readonly reducedMotion: () => boolean = () => matchMedia('(prefers-reduced-motion: reduce)').matches,
  ) {
    this.svg = select(element);
    this.behavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.15, 3])
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        const { x, y, k } = event.transform;
        onChange({ x, y, k });
      });
    this.svg.call(this.behavior).on('dblclick.zoom', null);
  }

  private apply(t: ZoomTransform, animate: boolean) {
    if (animate && !this.reducedMotion()) this.svg.transition().duration(300).call(this.behavior.transform, t);
    else this.svg.call(this.behavior.transform, t);
  }

  private size() {
    const el = this.svg.node()!;
    return { width: el.clientWidth || 800, height: el.clientHeight || 600 };
  }

  current(): View {
    const t = zoomTransform(this.svg.node()!);
    return { x: t.x, y: t.y, k: t.k };
  }

  /** Puts a layout point at the centre of the canvas, keeping the zoom level. */
  centerOn(px: number, py: number, animate = true) {
    const { width, height } = this.size();
    const { k } = this.current();
    this.apply(zoomIdentity.translate(width / 2 - px * k, height / 2 - py * k).scale(k), animate);
  }

  /** Puts a point in view only if it is not already comfortably inside the canvas. */
  reveal(px: number, py: number, margin = 60) {
    const { width, height } = this.size();
    const { x, y, k } = this.current();
    const sx = px * k + x;
    const sy = py * k + y;
    if (sx < margin || sy < margin || sx > width - margin || sy > height - margin) this.centerOn(px, py);
  }

  zoomBy(factor: number) {
    if (this.reducedMotion()) this.svg.call(this.behavior.scaleBy, factor);
    else this.svg.transition().duration(200).call(this.behavior.scaleBy, factor);
  }

  /**
   * Fits layout bounds into the canvas (never zooming in past 1). `labelRoom` is extra width right of
   * the bounds for the last column's labels (tidy); a radial tree needs it on every side.
   */
  fit(bounds: { x0: number; y0: number; x1: number; y1: number }, { labelRoom = 240, radial = false, animate = true } = {}) {
    const { width, height } = this.size();
    const padX = radial ? labelRoom : 40;
    const padY = radial ? labelRoom : 40;
    const w = Math.max(1, bounds.x1 - bounds.x0 + 2 * padX + (radial ? 0 : labelRoom));
    const h = Math.max(1, bounds.y1 - bounds.y0 + 2 * padY);
    const k = Math.max(0.15, Math.min(1, width / w, height / h));
    const cx = (bounds.x0 + bounds.x1) / 2 + (radial ? 0 : labelRoom / 2);
    const cy = (bounds.y0 + bounds.y1) / 2;
    this.apply(zoomIdentity.translate(width / 2 - cx * k, height / 2 - cy * k).scale(k), animate);
  }

  destroy() {
    this.svg.interrupt().on('.zoom', null);
  }
}
