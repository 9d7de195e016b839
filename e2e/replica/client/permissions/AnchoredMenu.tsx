/** @jsxImportSource react */
// A Primer React-style anchored overlay holding a menu: portalled to the end of <body>, placed
// under its button, closed by Escape (focus goes back to the button) or a click outside, and
// walked with the arrow keys, Home and End.
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import styles from './styles/Overlay.module.css';

const menuItems = '[role="menuitem"], [role="menuitemcheckbox"], [role="menuitemradio"]';

function portalRoot(): HTMLElement {
  const existing = document.getElementById('__primerPortalRoot__');
  if (existing) return existing;
  const root = Object.assign(document.createElement('div'), { id: '__primerPortalRoot__' });
  document.body.append(root);
  return root;
}

export interface AnchoredMenuProps {
  readonly anchor: RefObject<HTMLElement | null>;
  /** returnFocus: Escape or a choice hands focus back to the anchor; a click elsewhere does not. */
  readonly onClose: (returnFocus: boolean) => void;
  readonly width?: 'auto' | 'medium';
  readonly children: ReactNode;
}

function moveFocus(overlay: HTMLElement, event: KeyboardEvent): void {
  const items = [...overlay.querySelectorAll<HTMLElement>(menuItems)];
  const index = items.indexOf(document.activeElement as HTMLElement);
  let next: HTMLElement | null | undefined;
  switch (event.key) {
    case 'ArrowDown': next = items[Math.min(index + 1, items.length - 1)]; break;
    // Above the first item is the search field, where there is one.
    case 'ArrowUp': next = index > 0 ? items[index - 1] : overlay.querySelector<HTMLElement>('input'); break;
    case 'Home': next = items[0]; break;
    case 'End': next = items.at(-1); break;
    default: return;
  }
  event.preventDefault();
  next?.focus();
}

export function AnchoredMenu({ anchor, onClose, width = 'auto', children }: AnchoredMenuProps) {
  const overlay = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState({ top: 0, left: 0 });

  useLayoutEffect(() => {
    const box = anchor.current?.getBoundingClientRect();
    if (box) setPosition({ top: box.bottom + window.scrollY + 4, left: box.left + window.scrollX });
  }, [anchor]);

  // The parent re-renders on every change; the listeners below always call its latest onClose.
  const close = useRef(onClose);
  close.current = onClose;

  useEffect(() => {
    const first = (selector: string): HTMLElement | null | undefined => overlay.current?.querySelector<HTMLElement>(selector);
    // A search field first, else the checked item, else the first item.
    (first('input') ?? first(`:is(${menuItems})[aria-checked="true"]`) ?? first(menuItems))?.focus();
    const onPointerDown = (event: MouseEvent): void => {
      const inside = event.target instanceof Node && (overlay.current?.contains(event.target) || anchor.current?.contains(event.target));
      if (!inside) close.current(false);
    };
    const onKeyDown = (event: globalThis.KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      close.current(true);
    };
    document.addEventListener('mousedown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('mousedown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [anchor]);

  return createPortal(
    <div
      ref={overlay}
      className={styles.Overlay}
      data-width={width}
      style={position}
      onKeyDown={(event) => { if (overlay.current) moveFocus(overlay.current, event); }}
    >
      {children}
    </div>,
    portalRoot(),
  );
}

/** A menu button's state: the anchor to place the menu under, open or not, and how to close. */
export function useMenuButton() {
  const anchor = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  return {
    anchor,
    open,
    toggle: () => setOpen((wasOpen) => !wasOpen),
    close: (returnFocus: boolean) => {
      setOpen(false);
      if (returnFocus) anchor.current?.focus();
    },
  };
}
