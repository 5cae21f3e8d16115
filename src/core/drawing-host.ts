/**
 * What a widget that draws with Vega must follow besides its attributes: the reader's colour
 * scheme (with `theme="auto"`, switching the system to dark re-colours the drawing) and its own
 * width. One controller for the map and the chart; listeners end when the widget disconnects.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type DrawingHost = ReactiveControllerHost & HTMLElement & { theme: string };

export interface DrawingCallbacks {
  /** The system colour scheme changed while the widget follows it. */
  onSchemeChange(): void;
  /** The observed box's width changed by 2 px or more. */
  onWidthChange(width: number): void;
}

export class DrawingHostController implements ReactiveController {
  private readonly scheme = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
  private resizeObserver: ResizeObserver | undefined;
  private observed: Element | undefined;
  private lastWidth = 0;
  private readonly onScheme = (): void => {
    if (this.host.theme === 'auto') this.callbacks.onSchemeChange();
  };

  constructor(
    private readonly host: DrawingHost,
    private readonly callbacks: DrawingCallbacks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.scheme?.addEventListener('change', this.onScheme);
  }

  hostDisconnected(): void {
    this.scheme?.removeEventListener('change', this.onScheme);
    this.unobserveWidth();
  }

  /** Stops watching the width (the drawing was taken down). */
  unobserveWidth(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observed = undefined;
  }

  /** The observed box's width as last reported (0 until the first report). */
  get width(): number {
    return this.lastWidth;
  }

  /**
   * Watches the width of `target` (calling again with the same element does nothing). The
   * observer's own first report gives the starting width: reading it here would force a layout
   * in the middle of the widget's first render.
   */
  observeWidth(target: Element): void {
    if (this.observed === target) return;
    this.resizeObserver?.disconnect();
    this.observed = target;
    this.lastWidth = 0;
    this.resizeObserver = new ResizeObserver(([entry]) => {
      const width = Math.floor(entry?.contentRect.width ?? 0);
      if (Math.abs(width - this.lastWidth) < 2) return;
      this.lastWidth = width;
      // Redrawn in a task of its own, not inside the observer's delivery: a drawing that changes
      // its height there (a scroll bar appearing as maps draw) makes the browser report a
      // resize loop, and the widgets' redraws are no part of the observer's frame.
      setTimeout(() => {
        if (this.resizeObserver && this.lastWidth === width) this.callbacks.onWidthChange(width);
      });
    });
    this.resizeObserver.observe(target);
  }
}

/**
 * Reads resolved CSS custom properties of an element (theme colours for a drawing), with one
 * style computation for all the values of a draw.
 */
export function cssValues(element: Element): (name: string, fallback: string) => string {
  const style = getComputedStyle(element);
  return (name, fallback) => style.getPropertyValue(name).trim() || fallback;
}
