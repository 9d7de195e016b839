// Keyboard users reach the guide with Alt+Shift+P (the callout's hint names it in their language)
// from anywhere on the page, and keep their place in it: when the step changes or the focused
// button disappears, focus moves to the callout's main action instead of falling back to the top
// of GitHub's page.
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { RefObject } from 'preact';

const isJumpShortcut = (event: KeyboardEvent): boolean => event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyP';

/** The action a keyboard user most likely wants next: fill, else Next, else any enabled button. */
function focusPrimaryAction(callout: HTMLElement): void {
  const buttons = [...callout.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
  (buttons.find((button) => button.dataset.primary !== undefined) ?? buttons.find((button) => button.dataset.next !== undefined) ?? buttons[0])?.focus();
}

export function useCalloutFocus(step: string, filling: boolean, renderKey: unknown): RefObject<HTMLElement | null> {
  const callout = useRef<HTMLElement | null>(null);
  const keyboardInside = useRef(false);
  const focusedStep = useRef(step);
  // Filling works GitHub's widgets, which take the focus for a moment; the person has not left.
  const fillingNow = useRef(filling);
  fillingNow.current = filling;

  useEffect(() => {
    const host = callout.current?.getRootNode() instanceof ShadowRoot ? (callout.current.getRootNode() as ShadowRoot).host : undefined;
    const onKey = (event: KeyboardEvent): void => {
      if (!isJumpShortcut(event) || !callout.current) return;
      event.preventDefault();
      event.stopPropagation();
      focusPrimaryAction(callout.current);
    };
    const onFocusIn = (event: FocusEvent): void => {
      if (fillingNow.current) return;
      keyboardInside.current = event.target === host && Boolean(callout.current?.contains((callout.current.getRootNode() as ShadowRoot).activeElement));
    };
    const onPointerDown = (event: PointerEvent): void => {
      if (event.target !== host && event.isTrusted) keyboardInside.current = false;
    };
    addEventListener('keydown', onKey, true);
    addEventListener('focusin', onFocusIn, true);
    addEventListener('pointerdown', onPointerDown, true);
    return () => {
      removeEventListener('keydown', onKey, true);
      removeEventListener('focusin', onFocusIn, true);
      removeEventListener('pointerdown', onPointerDown, true);
    };
  }, []);

  useLayoutEffect(() => {
    const element = callout.current;
    if (!element || !keyboardInside.current || filling) return;
    const active = (element.getRootNode() as ShadowRoot).activeElement;
    if (focusedStep.current !== step || !active || !element.contains(active)) focusPrimaryAction(element);
    focusedStep.current = step;
  }, [step, filling, renderKey]);

  return callout;
}
