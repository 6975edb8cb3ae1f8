/** Request counts (GET /_local/stats): per user and per page load, with $batch parts counted separately. Bench reads them. */

export interface IStats {
  requests: number;
  batches: number;
  batchInner: number;
  byUser: Record<string, number>;
  byPageLoad: Record<string, { requests: number; batchInner: number; byUser: Record<string, number> }>;
}

function emptyStats(): IStats {
  return { requests: 0, batches: 0, batchInner: 0, byUser: {}, byPageLoad: {} };
}

export class RequestStats {
  private stats = emptyStats();

  /** The counts so far (a reset starts a new object; this one keeps its numbers). */
  public get current(): IStats {
    return this.stats;
  }

  /** Counts one HTTP request by `login`; `inner` is the number of parts when it is a $batch. */
  public count(login: string, pageLoad: string | undefined, inner: number): void {
    const stats = this.stats;
    stats.requests++;
    stats.byUser[login] = (stats.byUser[login] ?? 0) + 1;
    if (inner > 0) {
      stats.batches++;
      stats.batchInner += inner;
    }
    if (pageLoad) {
      const p = stats.byPageLoad[pageLoad] ?? (stats.byPageLoad[pageLoad] = { requests: 0, batchInner: 0, byUser: {} });
      p.requests++;
      p.batchInner += inner;
      p.byUser[login] = (p.byUser[login] ?? 0) + 1;
    }
  }

  public reset(): void {
    this.stats = emptyStats();
  }
}
