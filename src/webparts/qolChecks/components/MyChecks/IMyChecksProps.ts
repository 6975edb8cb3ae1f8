import type { IQolResponse, IQolResult } from '../../../../data/stores/types';

/** Props of {@link MyChecks}: an officer's own checks and responses. */
export interface IMyChecksProps {
  /** The officer's results (QOL Results; SharePoint trims them to theirs). */
  results: IQolResult[];
  /** The officer's responses (QOL Responses). */
  responses: IQolResponse[];
  /** More results than shown. */
  hasMore: boolean;
  /** A response landed: show it at once. */
  onResponded(r: IQolResponse): void;
  /** Words for the live region (screen readers). */
  onAnnounce(text: string): void;
}
