import type { ApplicationStatus } from '@policyhub/domain';

/**
 * Pages that follow what happens on the server (issue 10): while something the page shows waits
 * for the insurer (an application in underwriting, a case sent for pre-underwriting, employees
 * whose applications are being underwritten), its query is read again every few seconds; once
 * nothing shown is pending it stops. Polling, not server-sent events: the answer can land in any
 * server process (they share only the database), it needs no new endpoint or connection per tab,
 * and TanStack Query already pauses it in background tabs (refetchIntervalInBackground false) and
 * reads at once when the tab is shown again (refetchOnWindowFocus).
 */
export type FollowPace = 'fast' | 'slow' | false;

export const FOLLOW_FAST_MS = 2_000;
export const FOLLOW_SLOW_MS = 30_000;
/** Fast reads before a page still waiting slows down (≈ 1 minute): a case answered by e-mail takes hours. */
export const FOLLOW_FAST_READS = 30;

/** The interval after `reads` successful reads at `pace` (false = do not poll). */
export function followInterval(pace: FollowPace, reads: number): number | false {
  if (!pace) return false;
  if (pace === 'slow' || reads >= FOLLOW_FAST_READS) return FOLLOW_SLOW_MS;
  return FOLLOW_FAST_MS;
}

/** The options a followed query adds to its refetchInterval. */
export const FOLLOW_OPTIONS = { refetchIntervalInBackground: false, refetchOnWindowFocus: true } as const;

/** The refetchInterval of a query whose pending state `paceOf` reads from its (unselected) data. */
export function followQuery<T>(paceOf: (data: T) => FollowPace) {
  return (query: { state: { data: T | undefined; dataUpdateCount: number } }): number | false =>
    query.state.data === undefined
      ? false
      : followInterval(paceOf(query.state.data), query.state.dataUpdateCount);
}

/** Terminal application states stop; a person reviewing (人工核保) is followed slowly. */
export function applicationPace(status: ApplicationStatus): FollowPace {
  if (status === 'issued' || status === 'declined' || status === 'cancelled') return false;
  return status === 'manual_review' ? 'slow' : 'fast';
}

/** Fast while any of the statuses shown is one of `pending`. */
export function anyPending<S extends string>(statuses: readonly S[], pending: readonly S[]): FollowPace {
  return statuses.some((s) => pending.includes(s)) ? 'fast' : false;
}
