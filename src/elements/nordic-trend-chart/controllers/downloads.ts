/**
 * The chart's downloads: the figures as CSV (a column per country, estimates named) and the
 * drawing as PNG or SVG, named after the series, mode and period.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import type { View } from 'vega';
import type { LangCode } from '../../../core/data-types.js';
import { downloadCsv, downloadView, fileName } from '../../../core/downloads.js';
import { withLocale } from '../../../core/localization.js';
import { yearSpan } from '../../../core/source-line.js';
import { keyName } from '../chart-text.js';
import type { YearRange } from '../period.js';
import type { TrendView } from '../templates.js';
import { hasEstimates, type TrendPoint } from '../trend-data.js';

export interface ChartDownloadsOptions {
  model(): (TrendView & { period: YearRange; points: TrendPoint[] }) | undefined;
  view(): View | undefined;
  lang(): LangCode;
}

export class ChartDownloadsController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly options: ChartDownloadsOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private name(extension: string): string {
    const model = this.options.model()!;
    return fileName(['nordic', model.series, model.mode, yearSpan(model.period.from, model.period.to)], extension);
  }

  csv(): void {
    const model = this.options.model()!;
    const lang = this.options.lang();
    const round = (value: number | null) => (value === null || model.mode === 'absolute' ? value : Math.round(value * 100) / 100);
    const estimates = hasEstimates(model.points);
    const header = withLocale(lang, () => [msg('Year'), ...model.keys.map((key) => keyName(key, lang)), ...(estimates ? [msg('Estimates')] : [])]);
    const rows = model.rows.map((row) => [
      row.year,
      ...model.keys.map((key) => round(row.values[key] ?? null)),
      ...(estimates ? [model.keys.filter((key) => row.estimates[key]).join(' ')] : []),
    ]);
    downloadCsv(this.name('csv'), header, rows);
  }

  async image(format: 'png' | 'svg'): Promise<void> {
    const view = this.options.view();
    if (view) await downloadView(view, format, this.name(format));
  }
}
