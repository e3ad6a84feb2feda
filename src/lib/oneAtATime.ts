/**
 * Runs steps one at a time, in the order added: `take` starts a step at once if none runs, or
 * once the ones before have left; the function it returns leaves (the step is over, or no longer
 * wanted). Steps are told apart by identity: each is a function of its own.
 */
export function oneAtATime() {
  // The first runs; the others wait their turn.
  const queue: Array<() => void> = [];
  return function take(step: () => void): () => void {
    if (queue.push(step) === 1) step();
    return () => {
      const at = queue.indexOf(step);
      if (at < 0) return;
      queue.splice(at, 1);
      if (at === 0) queue[0]?.();
    };
  };
}
