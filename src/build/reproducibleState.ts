import type { DehydratedState } from '@tanstack/react-query';

/**
 * The state without the clock: TanStack stamps each query with the time it was dehydrated, which
 * only a query dehydrated while pending uses, and every page would differ from one build of the same
 * data to the next. Stamped with its data's time instead, the same package builds the same site.
 */
export function reproducible(state: DehydratedState): DehydratedState {
  return {
    ...state,
    queries: state.queries.map((query) => ({ ...query, dehydratedAt: query.state.dataUpdatedAt })),
  };
}
