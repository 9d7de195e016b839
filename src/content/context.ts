// One context per page visit, in the shape WXT's ContentScriptContext proved: everything started
// through it (timers, listeners, observers, the overlay) ends with it, so no page is left with a
// timer or an observer of ours. A context ends when the page is left, when a newer copy of the
// script takes over, or when the extension goes away, which is noticed whenever one of its timers
// or listeners fires (runtime.id is gone) rather than by a poll of its own.
import { runtime } from './runtime.ts';

export const extensionAlive = (): boolean => {
  try {
    return Boolean(runtime.id);
  } catch {
    return false;
  }
};

export class ContentScriptContext {
  readonly #controller = new AbortController();
  /** Callbacks for the extension going away, kept on the outermost context: it ends them all. */
  readonly #invalidated: (() => void)[] = [];
  readonly #root: ContentScriptContext;

  constructor(parent?: ContentScriptContext) {
    this.#root = parent ? parent.#root : this;
    parent?.signal.addEventListener('abort', () => this.abort(), { once: true, signal: this.signal });
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get isValid(): boolean {
    return !this.signal.aborted;
  }

  /** A context for part of this one (a page visit), ending with it or before it. */
  child(): ContentScriptContext {
    return new ContentScriptContext(this);
  }

  abort(): void {
    this.#controller.abort();
  }

  /** Runs once if the extension goes away while this context is running. */
  onInvalidated(callback: () => void): void {
    this.#root.#invalidated.push(() => {
      if (this.isValid) callback();
    });
  }

  setTimeout(callback: () => void, ms: number): void {
    // The guide schedules a look after every burst of mutations: a timer that ran lets go of the signal.
    const cancel = (): void => clearTimeout(id);
    const id = setTimeout(() => {
      this.signal.removeEventListener('abort', cancel);
      this.run(callback);
    }, ms);
    this.signal.addEventListener('abort', cancel, { once: true });
  }

  setInterval(callback: () => void, ms: number): void {
    const id = setInterval(() => this.run(callback), ms);
    this.signal.addEventListener('abort', () => clearInterval(id), { once: true });
  }

  addEventListener<E extends Event = Event>(
    target: EventTarget, type: string, listener: (event: E) => void, options: AddEventListenerOptions = {},
  ): void {
    target.addEventListener(type, (event) => this.run(() => listener(event as E)), { ...options, signal: this.signal });
  }

  observe(target: Node, options: MutationObserverInit, callback: () => void): void {
    const observer = new MutationObserver(() => this.run(callback));
    observer.observe(target, options);
    this.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  }

  /** Runs callback unless the context has ended; notices the extension gone (a panel's button asks this). */
  run(callback: () => void): void {
    if (!this.isValid) return;
    if (!extensionAlive()) return this.#invalidate();
    callback();
  }

  #invalidate(): void {
    const root = this.#root;
    if (!root.isValid) return;
    for (const callback of root.#invalidated.splice(0)) callback();
    root.abort();
  }
}
