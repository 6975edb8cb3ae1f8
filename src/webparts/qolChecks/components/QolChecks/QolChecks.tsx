import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'QolChecksWebPartStrings';
import type { IQolCheck, IQolDirection, IQolResponse } from '../../../../data/stores/types';
import { WebPartShell } from '../../../../shared/components/WebPartShell';
import { useNow } from '../../../../shared/hooks/useNow';
import { useServices } from '../../../../shared/services';
import { format } from '../../../../shared/text/format';
import type { IRecordedCheck } from '../../actions';
import { useDirected } from '../../hooks/useDirected';
import { useQolHome } from '../../hooks/useQolHome';
import { myUrgentRows, urgentQueue } from '../../model';
import { DirectedChecks } from '../DirectedChecks';
import type { IDirectChecksFormProps } from '../DirectChecksForm/IDirectChecksFormProps';
import { MyChecks } from '../MyChecks';
import { MyUrgentRequests } from '../MyUrgentRequests';
import { UrgentQueue } from '../UrgentQueue';
import type { IRecordCheckFormProps } from '../RecordCheckForm/IRecordCheckFormProps';
import type { IRequestUrgentFormProps } from '../RequestUrgentForm/IRequestUrgentFormProps';
import type { IQolSummaryProps } from '../QolSummary/IQolSummaryProps';
import { outcomeWords } from '../words';
import type { IQolChecksProps } from './IQolChecksProps';
import { getClassNames } from './QolChecks.styles';

// The record form (people picker, work types) and the summary (tables and chart) load on demand, not in the first bundle.
const RecordCheckForm = React.lazy(
  () => import(/* webpackChunkName: 'qol-forms' */ '../RecordCheckForm/RecordCheckForm')
) as React.ComponentType<IRecordCheckFormProps>;
const RequestUrgentForm = React.lazy(
  () => import(/* webpackChunkName: 'qol-forms' */ '../RequestUrgentForm/RequestUrgentForm')
) as React.ComponentType<IRequestUrgentFormProps>;
const DirectChecksForm = React.lazy(
  () => import(/* webpackChunkName: 'qol-forms' */ '../DirectChecksForm/DirectChecksForm')
) as React.ComponentType<IDirectChecksFormProps>;
const QolSummary = React.lazy(
  () => import(/* webpackChunkName: 'qol-summary' */ '../QolSummary/QolSummary')
) as React.ComponentType<IQolSummaryProps>;

/** A check recorded in this visit, listed under the form so a checker sees their morning's progress. */
interface IRecordedLine {
  id: number;
  text: string;
}

/** What the person sees, by their roster role: record checks (TPSOs), quality at a glance (TL/SSO), their own checks (officers). */
const QolChecksContent: React.FC = () => {
  const home = useQolHome();
  const { user } = useServices();
  const now = useNow(30000);
  const classes = getClassNames(useTheme());
  const [announcement, setAnnouncement] = React.useState<string>('');
  // The record form: closed, open for a routine check (no claim), or open on an urgent claim.
  const [form, setForm] = React.useState<{ open: boolean; claim?: IQolCheck }>({ open: false });
  const [urgentFormOpen, setUrgentFormOpen] = React.useState<boolean>(false);
  const [recorded, setRecorded] = React.useState<IRecordedLine[]>([]);
  const [directOpen, setDirectOpen] = React.useState<boolean>(false);
  const { replaceClaim, addResponse } = home;
  const directed = useDirected(home.directions, recorded.length, now, home.myRecentChecks);

  const onRecorded = React.useCallback(
    (r: IRecordedCheck, officerName: string): void => {
      const text: string = format(strings.SavedAnnouncement, officerName, outcomeWords(r.check.outcome));
      setAnnouncement(text);
      setRecorded((lines) =>
        [{ id: r.check.id, text: format(strings.CheckLine, r.check.workType, r.check.activityRef, text) }].concat(lines)
      );
      if (r.check.urgent) {
        replaceClaim(r.check);
        setForm({ open: false });
      }
    },
    [replaceClaim]
  );

  const onUrgentSent = React.useCallback(
    (r: IQolResponse): void => {
      addResponse(r);
      setAnnouncement(format(strings.UrgentSent, r.activityRef || ''));
      setUrgentFormOpen(false);
    },
    [addResponse]
  );

  const onDirected = React.useCallback((d: IQolDirection, tpsoName: string): void => {
    setAnnouncement(format(strings.DirectSaved, d.checkCount, tpsoName));
    setDirectOpen(false);
  }, []);

  const queue = React.useMemo(
    () =>
      urgentQueue(home.urgentRequests, home.urgentClaims, home.person ? home.person.workTypes : [], user.login, now),
    [home.urgentRequests, home.urgentClaims, home.person, user.login, now]
  );
  const myUrgent = React.useMemo(
    () => myUrgentRows(home.myResponses, home.myResults),
    [home.myResponses, home.myResults]
  );

  if (home.load.kind === 'loading') {
    return <Spinner label={strings.Loading} />;
  }
  if (home.load.kind === 'failed') {
    return (
      <MessageBar
        messageBarType={MessageBarType.error}
        actions={<DefaultButton text={strings.Retry} onClick={home.retry} />}
      >
        {home.load.message}
      </MessageBar>
    );
  }
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <div className={classes.announcer} role="status" aria-live="polite" data-testid="qol-announcer">
        {announcement}
      </div>
      {home.refreshError && <MessageBar messageBarType={MessageBarType.warning}>{home.refreshError}</MessageBar>}
      {home.views.indexOf('record') >= 0 && (
        <Stack tokens={{ childrenGap: 8 }}>
          <Text as="h3" variant="large" block={true}>
            {strings.UrgentQueueHeading}
          </Text>
          <UrgentQueue
            rows={queue}
            onClaimed={replaceClaim}
            onLost={home.refreshNow}
            onAnnounce={setAnnouncement}
            onRecord={(claim) => setForm({ open: true, claim })}
          />
          <Text as="h3" variant="large" block={true}>
            {strings.DirectedHeading}
          </Text>
          <DirectedChecks rows={directed} />
          <Text as="h3" variant="large" block={true}>
            {strings.RecordHeading}
          </Text>
          <Text block={true} className={classes.intro}>
            {strings.RecordIntro}
          </Text>
          {!form.open && (
            <PrimaryButton
              text={strings.OpenRecordForm}
              onClick={() => setForm({ open: true })}
              styles={{ root: { alignSelf: 'flex-start' } }}
            />
          )}
          {form.open && (
            <React.Suspense fallback={<Spinner label={strings.FormLoading} />}>
              <RecordCheckForm
                key={form.claim ? form.claim.id : 'routine'}
                claim={form.claim}
                onRecorded={onRecorded}
                onClose={() => setForm({ open: false })}
              />
            </React.Suspense>
          )}
          {recorded.length > 0 && (
            <>
              <Text as="h3" variant="large" block={true}>
                {strings.RecordedThisSession}
              </Text>
              <ul className={classes.recorded} data-testid="qol-recorded">
                {recorded.map((l) => (
                  <li key={l.id}>
                    <Text>{l.text}</Text>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Stack>
      )}
      {home.views.indexOf('summary') >= 0 && (
        <Stack tokens={{ childrenGap: 8 }}>
          {!directOpen && (
            <DefaultButton
              text={strings.DirectOpen}
              onClick={() => setDirectOpen(true)}
              styles={{ root: { alignSelf: 'flex-start' } }}
            />
          )}
          {directOpen && (
            <React.Suspense fallback={<Spinner label={strings.FormLoading} />}>
              <DirectChecksForm onDirected={onDirected} onClose={() => setDirectOpen(false)} />
            </React.Suspense>
          )}
          <Text as="h3" variant="large" block={true}>
            {strings.SummaryHeading}
          </Text>
          <React.Suspense fallback={<Spinner label={strings.SummaryLoading} />}>
            <QolSummary />
          </React.Suspense>
        </Stack>
      )}
      {home.views.indexOf('mine') >= 0 && (
        <Stack tokens={{ childrenGap: 8 }}>
          <Text as="h3" variant="large" block={true}>
            {strings.UrgentHeading}
          </Text>
          <MyUrgentRequests rows={myUrgent} />
          {!urgentFormOpen && (
            <DefaultButton
              text={strings.UrgentRequestHeading}
              onClick={() => setUrgentFormOpen(true)}
              styles={{ root: { alignSelf: 'flex-start' } }}
            />
          )}
          {urgentFormOpen && (
            <React.Suspense fallback={<Spinner label={strings.FormLoading} />}>
              <RequestUrgentForm onSent={onUrgentSent} onClose={() => setUrgentFormOpen(false)} />
            </React.Suspense>
          )}
          <Text as="h3" variant="large" block={true}>
            {strings.MyChecksHeading}
          </Text>
          <MyChecks
            results={home.myResults}
            responses={home.myResponses}
            hasMore={home.hasMore}
            onResponded={home.addResponse}
            onAnnounce={setAnnouncement}
          />
        </Stack>
      )}
    </Stack>
  );
};

/** Root of the QOL Checks web part: mounted unchanged in SharePoint, Teams, the local workbench and tests. */
export const QolChecks: React.FC<IQolChecksProps> = ({ services }) => (
  <WebPartShell services={services} title={strings.Title}>
    <Stack tokens={{ childrenGap: 8 }}>
      <Text as="h2" variant="xLarge" block={true}>
        {strings.Title}
      </Text>
      <QolChecksContent />
    </Stack>
  </WebPartShell>
);
