import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'TpsQueueWebPartStrings';
import { useServices } from '../../../../shared/services';
import { format } from '../../../../shared/text/format';
import type { QueueViewKey } from '../../model';
import { useQueuePrefs } from '../../hooks/useQueuePrefs';
import { useQueueData } from '../../hooks/useQueueData';
import { useQueueSelection } from '../../hooks/useQueueSelection';
import { QueueFilters } from '../QueueFilters';
import { QueueList } from '../QueueList';
import type { IEnquiryDetailProps } from '../EnquiryDetail';

// The open enquiry's panel and the record-a-contact form (their forms, pickers and the EPED calendar) load on demand.
const EnquiryDetail = React.lazy(() =>
  import(/* webpackChunkName: 'queue-forms' */ '../EnquiryDetail').then((m) => ({ default: m.EnquiryDetail }))
) as React.ComponentType<IEnquiryDetailProps>;
const RecordContactForm = React.lazy(() =>
  import(/* webpackChunkName: 'queue-forms' */ '../RecordContactForm').then((m) => ({ default: m.RecordContactForm }))
) as React.ComponentType<IRecordContactFormProps>;
import type { IRecordContactFormProps } from '../RecordContactForm';

/**
 * The TPSO's queue: the views, the work type choice, the list and the open enquiry. The queue is narrowed in the
 * browser to the work types chosen, which default to the TPSO's specialties (see useQueueData for the reads).
 */
export const QueueApp: React.FC = () => {
  const { user } = useServices();
  const login: string = user.login.toLowerCase();
  const [notice, setNotice] = React.useState<string>('');
  const [recording, setRecording] = React.useState<boolean>(false);
  const prefs = useQueuePrefs(login);
  const queue = useQueueData({
    login,
    chosen: prefs.chosen,
    onSpecialties: prefs.rememberSpecialties,
    onNotice: setNotice
  });
  const selection = useQueueSelection({
    replace: queue.replace,
    refreshWaiting: queue.refreshWaiting,
    onNotice: setNotice,
    readWhole: queue.readWhole
  });
  const { view, current, workTypes, rosterError } = queue;
  const { selected } = selection;

  const showView = (key: QueueViewKey): void => {
    selection.close();
    queue.changeView(key);
  };

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <div role="status" aria-live="polite" aria-atomic="true" data-testid="queue-announcer">
        {notice && (
          <MessageBar
            messageBarType={MessageBarType.info}
            onDismiss={() => setNotice('')}
            dismissButtonAriaLabel={strings.Dismiss}
          >
            {notice}
          </MessageBar>
        )}
      </div>
      {rosterError && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
          {format(strings.RosterFailed, rosterError)}
        </MessageBar>
      )}
      {!rosterError && prefs.prefs.specialties && prefs.prefs.specialties.length === 0 && (
        <MessageBar messageBarType={MessageBarType.info}>{strings.NoSpecialties}</MessageBar>
      )}
      <Pivot
        selectedKey={view}
        onLinkClick={(item) => showView(((item && item.props.itemKey) || 'waiting') as QueueViewKey)}
        headersOnly={true}
        aria-label={strings.ViewsLabel}
      >
        <PivotItem itemKey="waiting" headerText={strings.ViewWaiting} />
        <PivotItem itemKey="mine" headerText={strings.ViewMine} />
        <PivotItem itemKey="takenOver" headerText={strings.ViewTakenOver} />
        <PivotItem itemKey="resolvedToday" headerText={strings.ViewResolvedToday} />
        <PivotItem itemKey="transfers" headerText={strings.ViewTransfers} />
      </Pivot>
      {!recording && (
        <Stack horizontal={true}>
          <DefaultButton
            text={strings.RecordContactOpen}
            onClick={() => {
              selection.close();
              setRecording(true);
            }}
          />
        </Stack>
      )}
      {recording && (
        <React.Suspense fallback={<Spinner size={SpinnerSize.medium} label={strings.FormLoading} ariaLive="polite" />}>
          <RecordContactForm
            workTypes={workTypes}
            onCancel={() => setRecording(false)}
            onRecorded={(e, message) => {
              setRecording(false);
              setNotice(message);
              showView('mine');
              selection.open(e);
            }}
          />
        </React.Suspense>
      )}
      {view === 'transfers' && (
        <Text block={true} variant="small">
          {strings.TransfersHelp}
        </Text>
      )}
      {view === 'waiting' && <QueueFilters workTypes={workTypes} prefs={prefs} />}
      {current.kind === 'loading' && <Spinner size={SpinnerSize.medium} label={strings.Loading} ariaLive="polite" />}
      {current.kind === 'error' && (
        <MessageBar
          messageBarType={MessageBarType.error}
          isMultiline={true}
          actions={<DefaultButton onClick={() => showView(view)}>{strings.Retry}</DefaultButton>}
        >
          {format(strings.LoadFailed, current.message)}
        </MessageBar>
      )}
      {current.kind === 'ready' && (
        <QueueList
          view={view}
          items={queue.rows}
          selectedId={selected ? selected.id : undefined}
          onOpen={selection.open}
          hasMore={current.hasMore}
          workTypes={workTypes}
        />
      )}
      {selected && (
        <React.Suspense fallback={<Spinner size={SpinnerSize.medium} label={strings.FormLoading} ariaLive="polite" />}>
          <EnquiryDetail
            key={selected.id}
            enquiry={selected}
            onChanged={selection.onChanged}
            onLost={selection.onLost}
            onRefreshed={selection.onRefreshed}
            onClose={selection.close}
            workTypes={workTypes}
            finaliseProgress={selection.progressFor(selected.id)}
          />
        </React.Suspense>
      )}
    </Stack>
  );
};
