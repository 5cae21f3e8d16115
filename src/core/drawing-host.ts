/**
 * What a widget that draws with Vega must follow besides its attributes: the reader's colour
 * scheme (with `theme="auto"`, switching the system to dark re-colours the drawing), printing
 * (paper is white: a dark drawing takes the light palette while the page prints) and its own
 * width. One controller for the map and the chart; listeners end when the widget disconnects.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FIRST_RUN_BUDGET } from './vega-loader.js';

type DrawingHost = ReactiveControllerHost & HTMLElement & { theme: string };

export interface DrawingCallbacks {
  /**
   * The drawing's colours changed: the system colour scheme (while the widget follows it), or
   * printing began or ended. Must re-colour in microtasks only: the browser lays out the printed
   * page right after `beforeprint`, before any other task.
   */
  onPaletteChange(): void;
  /** The observed box's width changed by 2 px or more. */
  onWidthChange(width: number): void;
}

export class DrawingHostController implements ReactiveController {
  private readonly scheme = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
  private resizeObserver: ResizeObserver | undefined;
  private observed: Element | undefined;
  private lastWidth = 0;
  /** Holds the `print` state (`:host(:state(print))`), which the styles answer with the light palette. */
  private readonly internals: ElementInternals | undefined;
  private readonly onScheme = (): void => {
    if (this.host.theme === 'auto') this.callbacks.onPaletteChange();
  };
  /**
   * During `beforeprint` the page is still a screen, so `@media print` cannot yet give the drawing
   * its colours: the state does, and the drawing re-colours before the page is laid out for paper.
   */
  private readonly onPrint = (event: Event): void => {
    const printing = event.type === 'beforeprint';
    const states = this.internals?.states;
    if (!states || printing === this.printing) return;
    try {
      if (printing) states.add('print');
      else states.delete('print');
    } catch {
      return; // a browser that knows only `--`-prefixed states: the drawing prints as on screen
    }
    this.printing = printing;
    // A view's first run of a mark may otherwise pause for a task (vega-loader.ts), after the printing.
    FIRST_RUN_BUDGET.holdForThisTask();
    this.callbacks.onPaletteChange();
  };
  private printing = false;

  constructor(
    private readonly host: DrawingHost,
    private readonly callbacks: DrawingCallbacks,
  ) {
    host.addController(this);
    try {
      this.internals = host.attachInternals();
    } catch {
      this.internals = undefined; // a subclass attached its own: no print palette then
    }
  }

  hostConnected(): void {
    this.scheme?.addEventListener('change', this.onScheme);
    addEventListener('beforeprint', this.onPrint);
    addEventListener('afterprint', this.onPrint);
  }

  hostDisconnected(): void {
    this.scheme?.removeEventListener('change', this.onScheme);
    removeEventListener('beforeprint', this.onPrint);
    removeEventListener('afterprint', this.onPrint);
    if (this.printing) this.internals?.states.delete('print');
    this.printing = false;
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
