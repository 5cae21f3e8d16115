/**
 * Inline style values that are safe under a strict Content Security Policy. Lit's `styleMap`
 * writes a `style` attribute on first render, which `style-src-attr 'none'` (or `style-src`
 * without 'unsafe-inline') blocks; this directive only uses the CSSOM (`style.setProperty`),
 * which CSP allows. Use in element position: `<span ${styleProps({ color: 'red' })}></span>`.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type StyleValues = Record<string, string | undefined>;

class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('styleProps() goes in element position: <span ${styleProps(...)}>');
  }

  render(_styles: StyleValues): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [StyleValues]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.previous) if (styles[name] === undefined) style.removeProperty(name);
    this.previous = new Set();
    for (const [name, value] of Object.entries(styles)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

/** Sets CSS properties (kebab-case names, e.g. `background-color`, `--my-var`) through the CSSOM. */
export const styleProps = directive(StylePropsDirective);
