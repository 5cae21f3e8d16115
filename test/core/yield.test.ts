import { expect } from '@open-wc/testing';
import { TaskBudget, yieldToMain } from '../../src/core/yield.js';

const busy = (ms: number): void => {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // a task that runs long
  }
};
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

describe('TaskBudget', () => {
  it('counts the current task only: a budget made long ago is not spent in a new task, and is once that task has run its time', async () => {
    const budget = new TaskBudget(30);
    await nextTask();
    await nextTask();
    expect(budget.spent(), 'a new task').to.equal(false);
    busy(35);
    expect(budget.spent(), 'after 35 ms of work').to.equal(true);
    await yieldToMain();
    expect(budget.spent(), 'after giving the main thread back').to.equal(false);
  });

  it('yield() gives the main thread back only when the task has run its time', async () => {
    const budget = new TaskBudget(30);
    await nextTask();
    let otherTaskRan = false;
    setTimeout(() => (otherTaskRan = true));
    await budget.yield();
    expect(otherTaskRan, 'no pause in a fresh task').to.equal(false);
    busy(35);
    await budget.yield();
    await nextTask();
    expect(otherTaskRan).to.equal(true);
  });

  it('holdForThisTask(): never spent until the current task ends (printing)', async () => {
    const budget = new TaskBudget(30);
    busy(35);
    budget.holdForThisTask();
    expect(budget.spent()).to.equal(false);
    await nextTask();
    expect(budget.spent(), 'the next task starts afresh').to.equal(false);
    busy(35);
    expect(budget.spent(), 'and is held no more').to.equal(true);
  });
});
