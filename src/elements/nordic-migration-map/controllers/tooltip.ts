/**
 * The tooltip: an area's name, country, figure and measure beside the pointer or at the area's
 * label point, and, for keyboard focus, the same words in the live region for screen readers.
 * Rendered straight into its box (no update of the element), so a hover costs one small render.
 */
import { html, nothing, render, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { LangCode } from '../../../core/data-types.js';
import type { MapModel } from '../map-model.js';
import { tooltipText } from '../map-text.js';

export interface TooltipOptions {
  /** Where the tooltip box (`.tooltip`) and the live region (`.live`) are. */
  root(): ParentNode;
  model(): MapModel | undefined;
  lang(): LangCode;
}

export class TooltipController implements ReactiveController {
  visible = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: TooltipOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Shows the area's tooltip at (x, y), or at its label point and in the live region when no point is given (keyboard). */
  show(id: string, x?: number, y?: number): void {
    const model = this.options.model();
    const row = model?.byId.get(id);
    const root = this.options.root();
    const tooltip = root.querySelector<HTMLElement>('.tooltip');
    const live = root.querySelector<HTMLElement>('.live');
    if (!model || !row || !tooltip) return;
    const text = tooltipText(model, row, this.options.lang());
    const sameCountry = model.level === 'country';
    render(
      html`<strong>${text.name}</strong>${sameCountry ? nothing : html`<span>${text.country}</span><br />`}<span>${text.value}</span>${text.measure ? html`<br /><span class="measure">${text.measure}</span>` : nothing}`,
      tooltip,
    );
    tooltip.style.left = `${x ?? row.x}px`;
    tooltip.style.top = `${y ?? row.y}px`;
    tooltip.hidden = false;
    this.visible = true;
    if (live && x === undefined) live.textContent = `${text.name}${sameCountry ? '' : `, ${text.country}`}: ${text.value}${text.measure ? ` (${text.measure})` : ''}`;
  }

  hide(): void {
    const tooltip = this.options.root().querySelector<HTMLElement>('.tooltip');
    if (tooltip) tooltip.hidden = true;
    this.visible = false;
  }
}
