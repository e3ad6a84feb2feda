import { describe, expect, it } from 'vitest';
import {
  bandPositions,
  keptOnAxis,
  linearPositions,
  shownLabels,
  valueGridLines,
} from '../../src/features/requests/axisLabels';
import { TICK_GAP } from '../../src/features/requests/chartText';

const labels = (positions: number[], width: number) => positions.map((position) => ({ position, width }));

describe('which labels an axis shows', () => {
  it('shows every label when each has room', () => {
    expect(shownLabels(labels(bandPositions(6, 600), 40), 600)).toEqual([true, true, true, true, true, true]);
  });

  it('keeps the first and the last, and leaves out labels that would come within the gap of a neighbour', () => {
    const shown = shownLabels(labels(bandPositions(10, 300), 45), 300);
    expect(shown[0]).toBe(true);
    expect(shown[9]).toBe(true);
    expect(shown.filter(Boolean).length).toBeLessThan(10);
    const middles = shown.flatMap((isShown, index) =>
      isShown ? [keptOnAxis({ position: bandPositions(10, 300)[index]!, width: 45 }, 300)] : [],
    );
    for (let index = 1; index < middles.length; index += 1) {
      expect(middles[index]! - middles[index - 1]!).toBeGreaterThanOrEqual(45 + TICK_GAP);
    }
  });

  it('leaves out the last when it cannot clear the first', () => {
    expect(shownLabels(labels([10, 30], 40), 40)).toEqual([true, false]);
  });

  it('has nothing to show for no labels', () => {
    expect(shownLabels([], 100)).toEqual([]);
  });
});

describe('keptOnAxis', () => {
  it('moves an end label inwards until it lies on the axis, and leaves others', () => {
    expect(keptOnAxis({ position: 5, width: 40 }, 200)).toBe(20);
    expect(keptOnAxis({ position: 195, width: 40 }, 200)).toBe(180);
    expect(keptOnAxis({ position: 100, width: 40 }, 200)).toBe(100);
  });
});

describe('positions along an axis', () => {
  it('puts categories in the middle of equal bands, and values in proportion', () => {
    expect(bandPositions(4, 400)).toEqual([50, 150, 250, 350]);
    expect(linearPositions([0, 50, 100], 100, 300)).toEqual([0, 150, 300]);
    expect(linearPositions([0], 0, 300)).toEqual([0]);
  });
});

describe('valueGridLines', () => {
  const offset = { top: 10, left: 40, width: 200, height: 100 };

  it('draws one horizontal line per tick, from the foot up, when the value axis runs up', () => {
    const grid = valueGridLines([0, 50, 100], 100);
    expect(grid.horizontalCoordinatesGenerator({ offset })).toEqual([110, 60, 10]);
    expect(grid.verticalCoordinatesGenerator()).toEqual([]);
  });
});
