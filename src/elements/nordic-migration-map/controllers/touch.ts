/**
 * Tooltips with touch: a tap on an area shows its tooltip, which stays (the pointer's leaving,
 * which a finger does right after every tap, no longer hides it) until the next tap anywhere on the
 * page. A mouse still shows the tooltip while hovering and hides it on leaving.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface TouchOptions {
  /** Hides the tooltip and the outline (the next tap after a held tooltip). */
  release(): void;
}

export class TouchTooltipController implements ReactiveController {
  /** The last pointer that came over or down was a finger (or pen). */
  private touch = false;
  /** A tooltip shown by a tap is on screen. */
  private held = false;

  private readonly onPointer = (event: PointerEvent): void => {
    this.touch = event.pointerType === 'touch' || event.pointerType === 'pen';
    if (event.type === 'pointerdown' && this.held) {
      this.held = false;
      this.options.release();
    }
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly options: TouchOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('pointerdown', this.onPointer, true);
    document.addEventListener('pointerover', this.onPointer, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.onPointer, true);
    document.removeEventListener('pointerover', this.onPointer, true);
    this.held = false;
  }

  /** A tooltip was shown under the pointer: held when a finger put it there. */
  shown(): void {
    this.held = this.touch;
  }

  /** The pointer left an area: true while a tapped tooltip must stay. */
  get holds(): boolean {
    return this.held;
  }
}
