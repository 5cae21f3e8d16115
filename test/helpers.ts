// Small helpers the browser tests share.

/** Text with every run of white space (including the no-break spaces Intl writes) made one space. */
export const clean = (value: string | null | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();

/** The cleaned text of an element's shadow root, or of the first match of `selector` in it. */
export function shadowText(element: Element, selector = ''): string {
  const root = element.shadowRoot;
  return clean((selector ? root?.querySelector(selector) : root)?.textContent);
}

export interface SavedFile {
  name: string;
  /** The saved bytes, read from the link's blob: or data: URL. */
  blob: Blob;
}

/**
 * Catches the files a widget saves through a temporary download link (src/core/downloads.ts):
 * the link's click is cancelled, so the browser downloads nothing, and its file is read instead.
 */
export function catchDownloads(): { next(): Promise<SavedFile>; stop(): void } {
  const waiting: ((file: SavedFile) => void)[] = [];
  const saved: Promise<SavedFile>[] = [];
  const onClick = (event: MouseEvent): void => {
    const link = event.target;
    if (!(link instanceof HTMLAnchorElement) || !link.hasAttribute('download')) return;
    event.preventDefault();
    const file = fetch(link.href)
      .then((response) => response.blob())
      .then((blob) => ({ name: link.download, blob }));
    const resolve = waiting.shift();
    if (resolve) void file.then(resolve);
    else saved.push(file);
  };
  document.addEventListener('click', onClick, true);
  return {
    next: () => saved.shift() ?? new Promise((resolve) => waiting.push(resolve)),
    stop: () => document.removeEventListener('click', onClick, true),
  };
}
