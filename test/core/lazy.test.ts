import { expect, waitUntil } from '@open-wc/testing';
import { pauseNearViewport, renderAllNow, resumeNearViewport, whenNearViewport } from '../../src/core/lazy.js';

function far(): HTMLDivElement {
  const spacer = document.createElement('div');
  spacer.style.height = '5000px';
  const target = document.createElement('div');
  target.style.height = '10px';
  document.body.append(spacer, target);
  return target;
}

/** `loading="lazy"`: only the viewport (or print) releases it, not idle time. */
function lazy(element: HTMLElement): HTMLElement {
  element.setAttribute('loading', 'lazy');
  return element;
}

function eager(element: HTMLElement): HTMLElement {
  element.setAttribute('loading', 'eager');
  return element;
}

describe('lazy first render', () => {
  it('waits for an element far below the fold until it scrolls near', async () => {
    const target = far();
    let released = false;
    void whenNearViewport(lazy(target)).then(() => (released = true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(released).to.equal(false);
    target.scrollIntoView();
    await waitUntil(() => released, 'released when near the viewport', { timeout: 3000 });
    target.previousElementSibling!.remove();
    target.remove();
  });

  it('releases an element in view in the next task, before the observer would report', async () => {
    const target = document.createElement('div');
    target.style.height = '10px';
    document.body.prepend(target);
    const far = document.createElement('div');
    far.style.cssText = 'height:10px;margin-top:6000px';
    document.body.append(far);
    window.scrollTo(0, 0);
    const released: string[] = [];
    void whenNearViewport(lazy(target)).then(() => released.push('near'));
    void whenNearViewport(lazy(far)).then(() => released.push('far'));
    // A task queued after the element's wait runs after the check; the observer reports only
    // after the next frame has been drawn.
    await new Promise((resolve) => setTimeout(resolve));
    await Promise.resolve();
    expect(released).to.deep.equal(['near']);
    far.scrollIntoView();
    await waitUntil(() => released.length === 2, 'the far one when scrolled to', { timeout: 3000 });
    window.scrollTo(0, 0);
    target.remove();
    far.remove();
  });

  it('releases everything before printing', async () => {
    const target = far();
    let released = false;
    void whenNearViewport(target).then(() => (released = true));
    window.dispatchEvent(new Event('beforeprint'));
    await waitUntil(() => released, 'released for print');
    target.previousElementSibling!.remove();
    target.remove();
  });

  it('keeps waiting when an element is moved, and does not release removed ones for print', async () => {
    const target = far();
    let released = false;
    void whenNearViewport(lazy(target)).then(() => (released = true));
    const spacer = target.previousElementSibling!;
    target.remove();
    pauseNearViewport(target);
    renderAllNow();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(released, 'a removed element is not released').to.equal(false);
    document.body.prepend(target);
    resumeNearViewport(target);
    window.scrollTo(0, 0);
    await waitUntil(() => released, 'released after moving into view', { timeout: 3000 });
    spacer.remove();
    target.remove();
  });

  describe('loading', () => {
    const idle = (): Promise<void> => new Promise((resolve) => requestIdleCallback(() => resolve()));

    it('auto: draws the waiting ones in idle time without scrolling, nearest first, one after the other', async () => {
      window.scrollTo(0, 0);
      const nearer = far();
      const farther = far();
      const order: string[] = [];
      void whenNearViewport(farther).then(() => {
        order.push('farther');
        farther.dispatchEvent(new Event('nordic-ready'));
      });
      void whenNearViewport(nearer).then(() => {
        order.push('nearer');
        // Until this one is ready, idle time does not start the next.
        setTimeout(() => nearer.dispatchEvent(new Event('nordic-ready')), 300);
      });
      await waitUntil(() => order.length === 1, 'the first released in idle time', { timeout: 3000 });
      expect(order).to.deep.equal(['nearer']);
      await idle();
      await idle();
      expect(order, 'the next waits for the first to be ready').to.deep.equal(['nearer']);
      await waitUntil(() => order.length === 2, 'the second after the first is ready', { timeout: 3000 });
      expect(order).to.deep.equal(['nearer', 'farther']);
      expect(window.scrollY).to.equal(0);
      for (const element of [nearer, farther]) {
        element.previousElementSibling!.remove();
        element.remove();
      }
    });

    it('auto: leaves hidden ones (no box) waiting', async () => {
      const hidden = far();
      hidden.style.display = 'none';
      let released = false;
      void whenNearViewport(hidden).then(() => (released = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      await idle();
      expect(released).to.equal(false);
      hidden.previousElementSibling!.remove();
      hidden.remove();
    });

    it('lazy: idle time does not draw it', async () => {
      const target = far();
      let released = false;
      void whenNearViewport(lazy(target)).then(() => (released = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      await idle();
      await idle();
      expect(released).to.equal(false);
      renderAllNow();
      target.previousElementSibling!.remove();
      target.remove();
    });

    it('eager: draws at once, far below the fold', async () => {
      const target = far();
      let released = false;
      void whenNearViewport(eager(target)).then(() => (released = true));
      await Promise.resolve();
      expect(released).to.equal(true);
      target.previousElementSibling!.remove();
      target.remove();
    });
  });
});
