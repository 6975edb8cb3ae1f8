import * as React from 'react';
import { toUserMessage } from '../../../data/errors';
import type { IQolResponse, IQolResult, IRosterEntry } from '../../../data/stores/types';
import { useIsMounted } from '../../../shared/hooks/useIsMounted';
import { useServices } from '../../../shared/services';
import { viewsForRole } from '../model';
import type { QolView } from '../model';

/** An officer's own results read on first render (one page; the list says when there are more). */
export const MY_CHECKS_PAGE_SIZE: number = 100;

/** Where the first load is. */
export type QolLoad = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready' };

/** What {@link useQolHome} gives the web part. */
export interface IQolHome {
  load: QolLoad;
  /** The views this person gets (from their roster role). */
  views: QolView[];
  /** The person's roster row, when the roster lists them. */
  person: IRosterEntry | undefined;
  /** The signed-in person's own results (QOL Results, security-trimmed to theirs). */
  myResults: IQolResult[];
  /** More results than shown. */
  hasMore: boolean;
  /** The person's own responses (QOL Responses). */
  myResponses: IQolResponse[];
  /** Shows a response at once after it landed. */
  addResponse(r: IQolResponse): void;
  retry(): void;
}

function personRow(rows: IRosterEntry[]): IRosterEntry | undefined {
  return rows.filter((r) => r.role === 'TPSO')[0] || rows.filter((r) => r.role === 'SSO' || r.role === 'TeamLeader')[0] || rows[0];
}

/**
 * First render in one `$batch` after the site gate's read: the person's roster row (which views they get), their
 * own QOL results and their responses. Reading the results for everyone costs nothing extra in the batch and spares
 * a second round trip for officers, who are most of the site's people.
 */
export function useQolHome(): IQolHome {
  const { data, user } = useServices();
  const me: string = user.login.toLowerCase();
  const [load, setLoad] = React.useState<QolLoad>({ kind: 'loading' });
  const [person, setPerson] = React.useState<IRosterEntry | undefined>(undefined);
  const [myResults, setMyResults] = React.useState<IQolResult[]>([]);
  const [hasMore, setHasMore] = React.useState<boolean>(false);
  const [myResponses, setMyResponses] = React.useState<IQolResponse[]>([]);
  const mounted = useIsMounted();

  const first = React.useCallback(async (): Promise<void> => {
    setLoad({ kind: 'loading' });
    try {
      const [rows, results, responses] = await data.readTogether((d) => Promise.all([
        d.roster.forPerson(me), d.qolResults.listForOfficer(me, MY_CHECKS_PAGE_SIZE), d.qolResponses.listForOfficer(me)
      ]));
      if (mounted.current) {
        setPerson(personRow(rows));
        setMyResults(results.items);
        setHasMore(results.hasMore);
        setMyResponses(responses.items);
        setLoad({ kind: 'ready' });
      }
    } catch (error) {
      if (mounted.current) {
        setLoad({ kind: 'failed', message: toUserMessage(error) });
      }
    }
  }, [data, me, mounted]);

  React.useEffect(() => {
    first().catch(() => undefined);
  }, [first]);

  const addResponse = React.useCallback((r: IQolResponse): void => {
    setMyResponses((current) => (current.some((c) => c.id === r.id) ? current : current.concat([r])));
  }, []);

  return {
    load, views: viewsForRole(person ? person.role : undefined), person, myResults, hasMore, myResponses, addResponse,
    retry: () => { first().catch(() => undefined); }
  };
}
