type Job = () => Promise<void>;

/**
 * Runs jobs one per task, in the order they were queued, so that a page of charts draws
 * them one by one instead of in one long task that would freeze input. A job that fails
 * fails alone: the queue goes on with the next.
 */
export class TaskQueue {
  private readonly waiting: Job[] = [];
  private running = false;

  /** Queues a job; the returned function takes it out again if it has not started. */
  enqueue(job: Job): () => void {
    this.waiting.push(job);
    if (!this.running) {
      this.running = true;
      setTimeout(() => void this.runNext(), 0);
    }
    return () => {
      const index = this.waiting.indexOf(job);
      if (index >= 0) this.waiting.splice(index, 1);
    };
  }

  private async runNext(): Promise<void> {
    const job = this.waiting.shift();
    try {
      await job?.();
    } catch {
      // The job's owner hears of its failure through its own promise; others still get their turn.
    } finally {
      if (this.waiting.length > 0) setTimeout(() => void this.runNext(), 0);
      else this.running = false;
    }
  }
}
