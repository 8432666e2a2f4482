/**
 * Glosa's content-script context, used in place of WXT's `ContentScriptContext` (the
 * build aliases `wxt/utils/content-script-context` to this file).
 *
 * Why: on start, WXT's context announces itself to the page (a `window.postMessage` to
 * "*" and a document event, both carrying the extension id) and shuts down when it
 * sees that event. So any page could learn that Glosa is installed, read its id, and
 * switch it off by dispatching the same event. This context says nothing to the page
 * and listens to nothing the page can send. It is invalidated only when the extension
 * itself goes away (an update or uninstall), which `runtime.id` reveals.
 *
 * It keeps the part of WXT's API that Glosa and WXT's shadow-root UI use.
 */
import { extensionAlive } from './extension-alive';

/**
 * How often a frame checks that the extension is still there (an update, a reload or an
 * uninstall invalidates it). Reading `runtime.id` costs nothing measurable; a shorter
 * wait means a shorter time in which an orphaned script could still be clicked. A port
 * to the background would report it at once, but a port also closes whenever the idle
 * service worker stops, and reopening it would keep the worker awake for every frame.
 */
const livenessCheckMs = 2_000;

export class ContentScriptContext implements AbortController {
  private readonly abortController = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {
    // A content script outlives an update of its extension; its messages then fail.
    // Checking the runtime now and then lets its features remove themselves cleanly.
    const timer = setInterval(() => void this.isInvalid, livenessCheckMs);
    this.onInvalidated(() => clearInterval(timer));
  }

  get signal(): AbortSignal {
    return this.abortController.signal;
  }

  abort(reason?: unknown): void {
    this.abortController.abort(reason);
  }

  get isInvalid(): boolean {
    if (!extensionAlive()) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  block<T>(): Promise<T> {
    return new Promise<T>(() => undefined);
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((time) => {
      if (this.isValid) callback(time);
    });
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((deadline) => {
      if (!this.signal.aborted) callback(deadline);
    }, options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  addEventListener(
    target: EventTarget,
    type: string,
    handler: EventListenerOrEventListenerObject,
    options?: AddEventListenerOptions,
  ): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  notifyInvalidated(): void {
    this.abort('Glosa was updated or removed');
  }
}
