import { whenIdle } from '../../lib/whenIdle';

// The charts' code (the rate chart's brings recharts): each chart asks for it as it nears the viewport.
export const loadReceivedDisclosedBars = () => import('./ReceivedDisclosedBars');
export const loadRateBars = () => import('./RateBars');

/**
 * Charts are what the Requests page is for: their code starts loading once the page is idle,
 * while its data is still on the way, rather than after the data has come and been laid out.
 * A failure here is left to the chart that asks again, which says so and offers a retry.
 */
export function preloadChartCode(): void {
  void whenIdle(500).then(() => Promise.all([loadReceivedDisclosedBars(), loadRateBars()]).catch(() => undefined));
}
