/**
 * Glosa's slices give the page's own work a turn (`yieldToMain`). After a wait behind
 * something long, the page's timers that fell due meanwhile were queued after the slice's
 * task, so the slice takes one more turn behind them. A task queue and a clock driven by
 * hand stand in for the browser's (Node orders its message ports otherwise).
 */
import { describe, expect, it } from 'vitest';
import { heldUpMs, yielder } from '../../../entrypoints/content/yield-to-main';

function taskQueue() {
  let clock = 0;
  const tasks: Array<{ name: string; run: () => void }> = [];
  return {
    now: () => clock,
    post: (run: () => void) => tasks.push({ name: 'glosa', run }),
    /** A page task (a timer falling due) queued now. */
    page: (name: string, run: () => void = () => {}) => tasks.push({ name, run }),
    advance: (ms: number) => {
      clock += ms;
    },
    /** Runs the queue in order until empty; the names of the tasks run. */
    async drain(): Promise<string[]> {
      const ran: string[] = [];
      for (let task = tasks.shift(); task; task = tasks.shift()) {
        ran.push(task.name);
        task.run();
        await Promise.resolve();
        await Promise.resolve();
      }
      return ran;
    },
  };
}

describe('yieldToMain', () => {
  it('resumes at its turn when it was not held up', async () => {
    const queue = taskQueue();
    let resumed = false;
    void yielder(queue.post, queue.now)().then(() => {
      resumed = true;
    });
    queue.advance(2);
    queue.page('page timer');
    expect(await queue.drain()).toEqual(['glosa', 'page timer']);
    expect(resumed).toBe(true);
  });

  it('takes one more turn, behind a page timer that fell due, when it was held up', async () => {
    const queue = taskQueue();
    const order: string[] = [];
    void yielder(queue.post, queue.now)().then(() => order.push('slice'));
    // A long frame: the page's timer falls due during it, queued after the slice's task.
    queue.advance(heldUpMs + 1);
    queue.page('page timer', () => order.push('page timer'));
    expect(await queue.drain()).toEqual(['glosa', 'page timer', 'glosa']);
    expect(order).toEqual(['page timer', 'slice']);
  });

  it('takes only one more turn, however long the second wait', async () => {
    const queue = taskQueue();
    let resumed = false;
    const post = (run: () => void) => {
      queue.post(run);
      queue.advance(heldUpMs * 3);
    };
    void yielder(post, queue.now)().then(() => {
      resumed = true;
    });
    expect(await queue.drain()).toEqual(['glosa', 'glosa']);
    expect(resumed).toBe(true);
  });
});
