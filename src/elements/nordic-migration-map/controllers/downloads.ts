/**
 * The map's downloads: the figures as CSV (one row per area) and the drawing as PNG or SVG, each
 * named after the indicator and year.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import type { View } from 'vega';
import type { LangCode } from '../../../core/data-types.js';
import { downloadCsv, downloadView, fileName } from '../../../core/downloads.js';
import { withLocale } from '../../../core/localization.js';
import type { MapModel } from '../map-model.js';
import { rowName } from '../map-text.js';

export interface DownloadsOptions {
  model(): MapModel | undefined;
  /** Runs an export of the drawing (see MapViewController.withOutlines). */
  exporting<T>(work: (view: View) => Promise<T>): Promise<T | undefined>;
  lang(): LangCode;
}

export class DownloadsController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly options: DownloadsOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  csv(): void {
    const model = this.options.model();
    if (!model) return;
    const lang = this.options.lang();
    const label = model.label();
    downloadCsv(
      fileName(['nordic', model.indicatorId, model.year], 'csv'),
      withLocale(lang, () => [msg('id'), msg('Name'), msg('Country'), msg('Indicator'), msg('Year'), msg('Value')]),
      model.rows.map((r) => [model.level === 'country' ? r.place.country : r.id, rowName(model, r, lang), r.place.country, label, r.year ?? '', r.value]),
    );
  }

  async image(format: 'png' | 'svg'): Promise<void> {
    const model = this.options.model();
    if (!model) return;
    await this.options.exporting((view) => downloadView(view, format, fileName(['nordic', model.indicatorId, model.year], format)));
  }
}
