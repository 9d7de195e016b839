// Highlights the current step's field with a frame drawn above the page (GitHub's own nodes are
// never moved or restyled) and shows the procedure's instruction beside it.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { words } from '../model/i18n.ts';
import { Badge } from './badge.tsx';
import { useCalloutFocus } from './callout-focus.ts';
import type { StepView } from './view.ts';

interface Props<S extends string> {
  readonly step: StepView<S>;
  readonly position: number;
  readonly total: number;
  readonly filling: boolean;
  readonly locate: (step: S) => Element | undefined;
  readonly mayScroll: () => boolean;
  readonly back: () => void;
  readonly next: () => void;
  readonly fillStep: (step: S) => void;
}

interface Box {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

const reducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;
const calloutWidth = 320;
const margin = 8;

function measure(element: Element | undefined): Box | undefined {
  if (!element) return undefined;
  const rect = element.getBoundingClientRect();
  return rect.width || rect.height ? { top: rect.top, left: rect.left, width: rect.width, height: rect.height } : undefined;
}

const inView = (box: Box | undefined): boolean =>
  box !== undefined && box.top >= 0 && box.left >= 0 && box.top + box.height <= innerHeight && box.left + box.width <= innerWidth;

const sameBox = (a: Box | undefined, b: Box | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.top === b.top && a.left === b.left && a.width === b.width && a.height === b.height);

/**
 * Keeps the frame and the callout on the field: measured after each render and on scroll and
 * resize (at most once a frame), and written straight to their style, because scrolling moves the
 * field on every frame and a preact render per frame would cost the page more than the move.
 * A scroll moves the field but does not change it, so scroll frames measure the field found last.
 * Renders again only when the field appears or disappears. Returns whether it is on the page.
 */
function useFollowTarget<S extends string>(
  step: S, locate: (step: S) => Element | undefined, renderKey: unknown,
  frame: RefObject<HTMLElement | null>, callout: RefObject<HTMLElement | null>,
): boolean {
  const [found, setFound] = useState(false);
  const target = useRef<Element | undefined>(undefined);
  /** Where they were last put; null before the first time. */
  const placed = useRef<Box | undefined | null>(null);
  const follow = (): void => {
    if (!target.current?.isConnected) target.current = locate(step);
    const box = measure(target.current);
    setFound(box !== undefined);
    if (placed.current !== null && sameBox(placed.current, box)) return;
    placed.current = box;
    if (box && frame.current) place(frame.current, { top: box.top - 4, left: box.left - 4, width: box.width + 8, height: box.height + 8 });
    if (callout.current) place(callout.current, placeCallout(box));
  };
  useLayoutEffect(() => {
    target.current = locate(step);
    follow();
  }, [step, locate, renderKey, found]);
  useEffect(() => {
    let pending = 0;
    const update = (): void => {
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(follow);
    };
    addEventListener('scroll', update, { capture: true, passive: true });
    addEventListener('resize', update, { passive: true });
    return () => {
      cancelAnimationFrame(pending);
      removeEventListener('scroll', update, { capture: true });
      removeEventListener('resize', update);
    };
  }, [step, locate]);
  return found;
}

function place(element: HTMLElement, { top, left, width, height }: { top: number; left: number; width?: number; height?: number }): void {
  element.style.top = `${top}px`;
  element.style.left = `${left}px`;
  if (width !== undefined) element.style.width = `${width}px`;
  if (height !== undefined) element.style.height = `${height}px`;
}

const calloutHeight = 200;

/** How far the callout may reach over the end of a wide field (its controls sit on the left). */
const allowedOverlap = 48;

/** Beside the field when there is room; otherwise above it, over the steps already done (the
 * procedure runs down the page), so the fields still to do stay visible and clickable. Below it
 * only near the top of the window. The guide panel is on the left. */
function placeCallout(box: Box | undefined): { top: number; left: number } {
  const rightmost = innerWidth - calloutWidth - margin;
  if (!box) return { top: 80, left: rightmost };
  const beside = Math.min(box.left + box.width + margin, rightmost);
  if (beside >= box.left + box.width - allowedOverlap) {
    return { top: Math.min(Math.max(margin, box.top), innerHeight - calloutHeight - margin), left: beside };
  }
  // A field taller than the window (the classic form's scope list) leaves no room above or below
  // it: stand over the end of the field, not over what follows it (GitHub's Generate button).
  if (box.height + calloutHeight + 2 * margin > innerHeight) {
    return { top: Math.min(Math.max(margin, box.top), innerHeight - calloutHeight - margin), left: rightmost };
  }
  const above = box.top - calloutHeight - margin;
  const top = above >= margin ? above : box.top + box.height + margin;
  return { top, left: Math.min(Math.max(margin, box.left), rightmost) };
}

export function Spotlight<S extends string>({ step, position, total, filling, locate, mayScroll, back, next, fillStep }: Props<S>) {
  const frame = useRef<HTMLDivElement>(null);
  const callout = useCalloutFocus(step.id, filling, step.badge);
  const found = useFollowTarget(step.id, locate, step, frame, callout);
  useEffect(() => {
    const target = locate(step.id);
    // A field in view stays where it is: a person who moves on by hand is already clicking there.
    if (!target || !mayScroll() || inView(measure(target))) return;
    // A fill moves from field to field faster than a smooth scroll ends; each of its frames would
    // move GitHub's anchored menus and our frame again.
    target.scrollIntoView({ block: 'center', behavior: filling || reducedMotion() ? 'auto' : 'smooth' });
  }, [step.id]);

  const canFill = step.fillable && step.badge !== 'done' && step.badge !== 'not-needed';

  return (
    <>
      <div ref={frame} class="spotlight" aria-hidden="true" hidden={!found} />
      {/* Hidden while filling: GitHub's menus and dialogs open where it would stand. */}
      <section ref={callout} class="callout" hidden={filling} aria-busy={filling} aria-labelledby="pat-pilot-callout-title" data-testid="callout">
        <header class="callout-header">
          <span class="callout-count">{words('callout_count', position, total)}</span>
          <Badge badge={step.badge} />
        </header>
        <h2 id="pat-pilot-callout-title" class="callout-title">{step.title}</h2>
        <p class="callout-text">{step.instruction}</p>
        {!found && <p class="callout-text muted">{words('callout_notOnPage')}</p>}
        <div class="callout-actions">
          <button type="button" class="btn" onClick={back} disabled={position === 1}>{words('callout_back')}</button>
          {canFill && (
            <button type="button" class="btn btn-primary" data-primary onClick={() => fillStep(step.id)} disabled={filling}>
              {words('callout_fillField')}
            </button>
          )}
          {step.id === 'generate' && found && (
            <button type="button" class="btn btn-primary" data-primary onClick={() => (locate(step.id) as HTMLElement | undefined)?.focus()}>
              {words('callout_goToButton')}
            </button>
          )}
          <button type="button" class="btn" data-next onClick={next} disabled={position === total}>{words('callout_next')}</button>
        </div>
        <p class="callout-hint muted small">{words('callout_shortcutHint')}</p>
      </section>
    </>
  );
}
