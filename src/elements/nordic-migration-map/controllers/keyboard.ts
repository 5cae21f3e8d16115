/**
 * Keyboard navigation and focus on the drawing: focus starts on the first outlined area (or the
 * one nearest the centre), the arrow keys move to the nearest area in that direction, Enter or
 * Space selects, Escape hides the tooltip, and leaving the drawing hides tooltip and outline.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AreaRow, MapModel } from '../map-model.js';
import { nearestInDirection, type Direction } from '../model.js';

export interface KeyboardOptions {
  model(): MapModel | undefined;
  /** The drawing's size (read only when focus needs a starting area). */
  size(): { width: number; height: number };
  /** Outlines the area and shows its tooltip. */
  show(id: string): void;
  /** Hides the tooltip, and the outline too unless `tooltipOnly`. */
  hide(tooltipOnly?: boolean): void;
  select(row: AreaRow): void;
}

const DIRECTIONS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export class KeyboardController implements ReactiveController {
  /** The area with keyboard focus (or last clicked); empty for none. */
  focusId = '';

  constructor(
    host: ReactiveControllerHost,
    private readonly options: KeyboardOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  readonly onFocus = (): void => {
    const model = this.options.model();
    if (!model || !model.rows.length) return;
    if (!this.focusId || !model.byId.has(this.focusId)) {
      const start = model.rows.find((r) => r.highlighted) ?? (() => {
        const { width, height } = this.options.size();
        return nearestTo(model.rows, width / 2, height / 2);
      })();
      if (!start) return;
      this.focusId = start.id;
    }
    this.options.show(this.focusId);
  };

  readonly onBlur = (): void => {
    this.options.hide();
  };

  readonly onKeydown = (event: KeyboardEvent): void => {
    const model = this.options.model();
    if (!model) return;
    const direction = DIRECTIONS[event.key];
    const current = model.byId.get(this.focusId);
    if (direction) {
      event.preventDefault();
      if (!current) {
        this.onFocus();
        return;
      }
      const next = nearestInDirection(current, model.rows.filter((r) => r.anchor), direction);
      if (next) {
        this.focusId = next.id;
        this.options.show(next.id);
      }
    } else if (event.key === 'Enter' || event.key === ' ') {
      if (current) {
        event.preventDefault();
        this.options.select(current);
      }
    } else if (event.key === 'Escape') {
      this.options.hide(true);
    }
  };
}

/** The row whose label point is nearest to (x, y). */
export function nearestTo<T extends { x: number; y: number; anchor: unknown }>(rows: readonly T[], x: number, y: number): T | undefined {
  let best: T | undefined;
  let distance = Infinity;
  for (const row of rows) {
    if (!row.anchor) continue;
    const d = Math.hypot(row.x - x, row.y - y);
    if (d < distance) {
      distance = d;
      best = row;
    }
  }
  return best;
}
