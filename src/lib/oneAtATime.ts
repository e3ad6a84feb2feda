/** Runs steps one at a time, in the order added: each starts once the one before has left. */
export class OneAtATime {
  private readonly waiting: Array<() => void> = [];
  private running: (() => void) | null = null;

  /** Queues a step, or starts it if none runs; the returned function says it is over (or no longer wanted). */
  add(step: () => void): () => void {
    let left = false;
    const entry = () => step();
    if (this.running) this.waiting.push(entry);
    else this.start(entry);
    return () => {
      if (left) return;
      left = true;
      if (this.running === entry) this.startNext();
      else this.waiting.splice(this.waiting.indexOf(entry), 1);
    };
  }

  private start(entry: () => void) {
    this.running = entry;
    entry();
  }

  private startNext() {
    const next = this.waiting.shift();
    if (next) this.start(next);
    else this.running = null;
  }
}
