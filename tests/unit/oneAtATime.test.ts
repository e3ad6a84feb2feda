import { describe, expect, it } from 'vitest';
import { OneAtATime } from '../../src/lib/oneAtATime';

describe('OneAtATime', () => {
  it('starts each step once the one before has left, in the order added', () => {
    const queue = new OneAtATime();
    const started: string[] = [];
    const leaveA = queue.add(() => started.push('a'));
    const leaveB = queue.add(() => started.push('b'));
    queue.add(() => started.push('c'));
    expect(started).toEqual(['a']);
    leaveA();
    expect(started).toEqual(['a', 'b']);
    leaveA();
    expect(started).toEqual(['a', 'b']);
    leaveB();
    expect(started).toEqual(['a', 'b', 'c']);
  });

  it('skips a step that leaves before its turn, and starts a step added when none runs', () => {
    const queue = new OneAtATime();
    const started: string[] = [];
    const leaveA = queue.add(() => started.push('a'));
    const leaveB = queue.add(() => started.push('b'));
    const leaveC = queue.add(() => started.push('c'));
    leaveB();
    leaveA();
    expect(started).toEqual(['a', 'c']);
    leaveC();
    queue.add(() => started.push('d'));
    expect(started).toEqual(['a', 'c', 'd']);
  });
});
