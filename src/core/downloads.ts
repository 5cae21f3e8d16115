/**
 * Downloads of what a widget shows: CSV of the figures (pure, tested), PNG and SVG of a Vega view.
 */
import type { View } from 'vega';

/** CSV (RFC 4180) with a header row; cells that could be read as formulas are prefixed. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const cell = (value: string | number | null): string => {
    if (value === null) return '';
    let text = String(value);
    // Spreadsheet formula injection: a cell starting with = + - @ would run as a formula.
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Saves `data` under `filename` through a temporary link. */
export function saveFile(filename: string, data: Blob | string): void {
  const url = typeof data === 'string' ? data : URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  if (typeof data !== 'string') setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadCsv(filename: string, header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): void {
  // A byte-order mark so spreadsheet programs read the Nordic letters as UTF-8.
  saveFile(filename, new Blob(['\ufeff', toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }));
}

/** PNG (at twice the size, for sharp print) or SVG of a Vega view. */
export async function downloadView(view: View, format: 'png' | 'svg', filename: string): Promise<void> {
  saveFile(filename, await view.toImageURL(format, format === 'png' ? 2 : 1));
}

/** A file name from parts: `nordic-foreign-born-share-2022.csv`. */
export function fileName(parts: (string | number)[], extension: string): string {
  const stem = parts
    .map((part) => String(part).normalize('NFKD').replace(/[^\w-]+/g, '-').toLowerCase())
    .filter(Boolean)
    .join('-');
  return `${stem}.${extension}`;
}
