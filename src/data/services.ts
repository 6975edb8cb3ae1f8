import { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import { GraphFI } from '@pnp/graph';
import type { IEnsureSiteOptions, IEnsureSiteResult } from './ensureSite';
import { createMailer, IMailer } from './mail';
import { canManageSite, ISiteOwner, ISiteStatus, readSchemaVersion, readSiteOwners } from './siteStatus';
import { ChangeFeed } from './stores/changeFeed';
import { EnquiryStore } from './stores/EnquiryStore';
import { EscalationStore } from './stores/EscalationStore';
import { FeedbackStore } from './stores/FeedbackStore';
import { FeedbackNoticeStore } from './stores/FeedbackNoticeStore';
import { FeedbackReviewStore } from './stores/FeedbackReviewStore';
import { HandlingStore } from './stores/HandlingStore';
import { QolCheckStore } from './stores/QolCheckStore';
import { QolDirectionStore } from './stores/QolDirectionStore';
import { QolResponseStore } from './stores/QolResponseStore';
import { QolResultStore } from './stores/QolResultStore';
import { ResourceStore } from './stores/ResourceStore';
import { RosterStore } from './stores/RosterStore';
import { SettingsStore } from './stores/SettingsStore';
import { WorkTypeStore } from './stores/WorkTypeStore';

/** What {@link createDataServices} needs from the host. */
export interface IDataServicesOptions {
  /** PnPjs SharePoint root, created once per web part context. */
  sp: SPFI;
  /** PnPjs Graph root, when mail is available. */
  graph?: GraphFI;
  /** Signed-in user's login; lower-cased into the *Key columns. */
  currentUserLogin: string;
}

/** Site provisioning state and setup. */
export interface ISiteServices {
  /** One GET: is the site set up for this version of the app? */
  readSchemaVersion(): Promise<ISiteStatus>;
  /** The people to ask when the site is not set up. */
  readSiteOwners(): Promise<ISiteOwner[]>;
  /** Whether the current user may set up the site (the workbench's stand-in for page context permissions). */
  canManageSite(): Promise<boolean>;
}

/** Everything the web parts hand to React through a context. */
export interface IDataServices {
  /** The signed-in user's key (lower-case login). */
  currentUserKey: string;
  /** Site status. */
  status: ISiteServices;
  /** Idempotent provisioning (site owners). */
  ensureSite(options?: IEnsureSiteOptions): Promise<IEnsureSiteResult>;
  /** Enquiries. */
  enquiries: EnquiryStore;
  /** What TPS staff decided about each enquiry (Enquiry Handling): what TPS views and counts read. */
  handling: HandlingStore;
  /** Escalations. */
  escalations: EscalationStore;
  /** QOL checks. */
  qolChecks: QolCheckStore;
  /** Officers' read-only copies of their QOL checks. */
  qolResults: QolResultStore;
  /** Officers' acknowledgements and corrections. */
  qolResponses: QolResponseStore;
  /** QOL checks directed to TPSOs. */
  qolDirections: QolDirectionStore;
  /** Feedback to team leaders. */
  feedback: FeedbackStore;
  /** TPSOs' read-only copies of closed feedback about their answers. */
  feedbackNotices: FeedbackNoticeStore;
  /** Reviewers' confirm or decline of each flag, and the Team Leader's record (where officers cannot write). */
  feedbackReviews: FeedbackReviewStore;
  /** Work types. */
  workTypes: WorkTypeStore;
  /** Roster. */
  roster: RosterStore;
  /** TPS Resources (the intranet links each step shows). */
  resources: ResourceStore;
  /** TPS Settings. */
  settings: SettingsStore;
  /** Mail, when a GraphFI was given. */
  mailer: IMailer | undefined;
  /**
   * Runs reads that load together as one `$batch`: one HTTP request in SharePoint, where the digest comes from the
   * page. `reads` gets stores bound to the batch and must start every request before it returns (e.g.
   * `d => Promise.all([d.enquiries.listAllWaiting(), d.roster.forPerson(me)])`); a request started after an
   * `await` inside it would miss the batch. Pages read this way page on (`next()`) outside the batch.
   */
  readTogether<T>(reads: (batched: IDataServices) => Promise<T>, options?: IReadTogetherOptions): Promise<T>;
  /** The change log of a list (LIST.*): what changed since a token, for live updates that read only that. */
  changesOf(listTitle: string): ChangeFeed;
}

/** How a {@link IDataServices.readTogether} batch is cut. */
export interface IReadTogetherOptions {
  /**
   * Most reads per `$batch` request (PnPjs's default is 20). SharePoint Online takes at most 100 operations in one
   * `$batch` (pnp/pnpcore#284 "REST batching has a maximum of 100 requests"; pnp/pnpjs#3207).
   */
  maxRequests?: number;
}

/** SharePoint Online's most operations in one `$batch` request (see {@link IReadTogetherOptions}). */
export const MAX_BATCH_REQUESTS: number = 100;

/** Builds the data services of one web part from its PnPjs roots. */
export function createDataServices(options: IDataServicesOptions): IDataServices {
  const { sp, graph } = options;
  const readTogether = async <T>(
    reads: (batched: IDataServices) => Promise<T>,
    batchOptions?: IReadTogetherOptions
  ): Promise<T> => {
    const [batchedSp, execute] = sp.batched(
      batchOptions && batchOptions.maxRequests ? { maxRequests: batchOptions.maxRequests } : undefined
    );
    const result: Promise<T> = reads(createDataServices({ ...options, sp: batchedSp, graph: undefined }));
    // A failed batch rejects both; the reads' own promise carries the per-request errors.
    await Promise.all([execute(), result]);
    return result;
  };
  return {
    currentUserKey: options.currentUserLogin.toLowerCase(),
    status: {
      readSchemaVersion: () => readSchemaVersion(sp),
      readSiteOwners: () => readSiteOwners(sp),
      canManageSite: () => canManageSite(sp)
    },
    // Provisioning runs once per site, by an owner: load it on demand so no one else downloads it.
    ensureSite: async (o?: IEnsureSiteOptions): Promise<IEnsureSiteResult> => {
      const provisioning = await import(/* webpackChunkName: 'boutique-site-setup' */ './ensureSite');
      return provisioning.ensureSite(sp, o);
    },
    enquiries: new EnquiryStore(sp),
    handling: new HandlingStore(sp),
    escalations: new EscalationStore(sp),
    qolChecks: new QolCheckStore(sp),
    qolResults: new QolResultStore(sp),
    qolResponses: new QolResponseStore(sp),
    qolDirections: new QolDirectionStore(sp),
    feedback: new FeedbackStore(sp),
    feedbackNotices: new FeedbackNoticeStore(sp),
    feedbackReviews: new FeedbackReviewStore(sp),
    workTypes: new WorkTypeStore(sp),
    roster: new RosterStore(sp),
    resources: new ResourceStore(sp),
    settings: new SettingsStore(sp),
    mailer: graph ? createMailer(graph) : undefined,
    readTogether,
    changesOf: (listTitle: string) => new ChangeFeed(sp, listTitle)
  };
}
