// Small helpers the browser tests share.

/** Text with every run of white space (including the no-break spaces Intl writes) made one space. */
export const clean = (value: string | null | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();

/** The cleaned text of an element's shadow root, or of the first match of `selector` in it. */
export function shadowText(element: Element, selector = ''): string {
  const root = element.shadowRoot;
  return clean((selector ? root?.querySelector(selector) : root)?.textContent);
}
