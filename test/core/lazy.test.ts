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

describe('lazy first render', () => {
  it('waits for an element far below the fold until it scrolls near', async () => {
    const target = far();
    let released = false;
    void whenNearViewport(target).then(() => (released = true));
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
    void whenNearViewport(target).then(() => released.push('near'));
    void whenNearViewport(far).then(() => released.push('far'));
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
    void whenNearViewport(target).then(() => (released = true));
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
});
