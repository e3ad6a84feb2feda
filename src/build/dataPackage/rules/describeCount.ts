import type { Count, DisclosureFigure } from '../../../api/schemas';

/** A figure in the words of a check message (English, for publishers). */
export function describeCount(figure: Count | DisclosureFigure): string {
  switch (figure.kind) {
    case 'exact':
      return `${figure.value}`;
    case 'suppressed':
      return `fewer than ${figure.lessThan}`;
    case 'band':
      return `${figure.min}–${figure.max}`;
    case 'notReported':
      return 'not reported';
    case 'share':
      return `${figure.percent}%`;
    case 'shareBand':
      return `${figure.minPercent}–${figure.maxPercent}%`;
  }
}
