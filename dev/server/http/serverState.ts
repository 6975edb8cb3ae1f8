/** What the HTTP endpoints share: the database, the SharePoint site on it, the personas, throttling and stats. */
import { Db, IPersona, resetDb } from '../db';
import type { SpSite } from '../sp';
import { RequestStats } from './stats';
import { Throttle } from './throttle';

export class ServerState {
  public readonly throttle = new Throttle();
  public readonly stats = new RequestStats();
  /**
   * Whether the tenant has approved the solution's Microsoft Graph Mail.Send request. Until an administrator does,
   * Graph refuses the send with 403 ErrorAccessDenied (LOCALSP_GRAPH_CONSENT=0, or POST /_local/graph-consent).
   */
  public mailSendConsented: boolean = process.env.LOCALSP_GRAPH_CONSENT !== '0';

  public constructor(
    public readonly db: Db,
    public readonly site: SpSite,
    public readonly personas: IPersona[],
    /** Server-relative site path, e.g. /sites/boutique. */
    public readonly sitePath: string
  ) {}

  /** A fresh site (every list, item and mail gone), no throttle rule armed, stats from zero. */
  public reset(): void {
    resetDb(this.db, this.personas);
    this.throttle.arm(null);
    this.stats.reset();
    this.mailSendConsented = process.env.LOCALSP_GRAPH_CONSENT !== '0';
  }
}
