// Lecture-mode logic, pure: where "next" and "previous" go (build steps before slides, as reveal.js
// fragments), which view and caption a slide shows at a given step, and what each key does.

export interface SlideShape {
  view: string;
  steps: readonly { view?: string; caption?: unknown }[];
}

export interface Position {
  /** 1-based, as in the URL. */
  slide: number;
  /** 0 = the slide as it opens; k = after the k-th build step. */
  step: number;
}

export function clampPosition(slides: readonly SlideShape[], p: Position): Position {
  const slide = Math.min(Math.max(1, Math.trunc(p.slide) || 1), Math.max(1, slides.length));
  const steps = slides[slide - 1]?.steps.length ?? 0;
  return { slide, step: Math.min(Math.max(0, Math.trunc(p.step) || 0), steps) };
}

export function next(slides: readonly SlideShape[], p: Position): Position {
  const steps = slides[p.slide - 1]?.steps.length ?? 0;
  if (p.step < steps) return { slide: p.slide, step: p.step + 1 };
  if (p.slide < slides.length) return { slide: p.slide + 1, step: 0 };
  return p;
}

/** Back one build step; from a slide's start, to the previous slide fully built. */
export function previous(slides: readonly SlideShape[], p: Position): Position {
  if (p.step > 0) return { slide: p.slide, step: p.step - 1 };
  if (p.slide > 1) return { slide: p.slide - 1, step: slides[p.slide - 2]?.steps.length ?? 0 };
  return p;
}

/** The view a slide shows at a step: the latest step (up to `step`) that sets one, else the slide's. */
export function viewAt(slide: SlideShape, step: number): string {
  for (let k = Math.min(step, slide.steps.length); k >= 1; k--) {
    const v = slide.steps[k - 1].view;
    if (v) return v;
  }
  return slide.view;
}

export type PresentAction =
  | { type: 'go'; to: Position }
  | { type: 'fullscreen' }
  | { type: 'overview' }
  | { type: 'speaker' }
  | { type: 'blank' }
  | { type: 'gotoPrompt' }
  | { type: 'help' }
  | { type: 'none' };

/** reveal.js keys: →/Space/PageDown/N next, ←/PageUp/P previous, Home/End, F, O/Esc, S, B/., G, ?. */
export function presentKey(key: string, slides: readonly SlideShape[], p: Position, shift = false): PresentAction {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case 'n':
    case 'N':
      return { type: 'go', to: next(slides, p) };
    case ' ':
      return { type: 'go', to: shift ? previous(slides, p) : next(slides, p) };
    case 'ArrowLeft':
    case 'PageUp':
    case 'p':
    case 'P':
      return { type: 'go', to: previous(slides, p) };
    case 'Home':
      return { type: 'go', to: { slide: 1, step: 0 } };
    case 'End':
      return { type: 'go', to: { slide: slides.length, step: 0 } };
    case 'f':
    case 'F':
      return { type: 'fullscreen' };
    case 'o':
    case 'O':
    case 'Escape':
      return { type: 'overview' };
    case 's':
    case 'S':
      return { type: 'speaker' };
    case 'b':
    case 'B':
    case '.':
      return { type: 'blank' };
    case 'g':
    case 'G':
      return { type: 'gotoPrompt' };
    case '?':
      return { type: 'help' };
    default:
      return { type: 'none' };
  }
}
