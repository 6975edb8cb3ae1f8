import * as React from 'react';
import { DetailsList, DetailsListLayoutMode, SelectionMode } from '@fluentui/react/lib/DetailsList';
import type { IColumn } from '@fluentui/react/lib/DetailsList';
import { Link } from '@fluentui/react/lib/Link';
import { Text } from '@fluentui/react/lib/Text';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'TpsQueueWebPartStrings';
import { format } from '../../../../shared/text/format';
import type { IEnquiry } from '../../../../data/stores/types';
import type { GuidelinePhase } from '../../../../domain/guidelineClock';
import type { WorkType } from '../../../../domain/workTypes';
import { clockOf } from '../../model';
import { workTypeTitle } from '../../../../domain/workTypes';
import type { QueueViewKey } from '../../model';
import { useNow } from '../../../../shared/hooks/useNow';

/** Props of {@link QueueList}. */
export interface IQueueListProps {
  view: QueueViewKey;
  /** Rows in the order to show them. */
  items: IEnquiry[];
  selectedId: number | undefined;
  onOpen: (e: IEnquiry) => void;
  /** More than one page matched: say so (the TPSO narrows by work type). */
  hasMore: boolean;
  /** Work types for titles and guideline minutes (the Work Types list, or the built-in ones until it is read). */
  workTypes: ReadonlyArray<WorkType>;
}

const classes = mergeStyleSets({
  under5: { color: '#107c10', fontWeight: 600 },
  fiveToTen: { color: '#8a5300', fontWeight: 600 },
  overGuideline: { color: '#a4262c', fontWeight: 600 }
});

/** Label of a guideline phase. */
export function phaseText(phase: GuidelinePhase): string {
  return phase === 'under5' ? strings.PhaseUnder5 : phase === 'fiveToTen' ? strings.PhaseFiveToTen : strings.PhaseOver;
}

function statusText(status: string): string {
  switch (status) {
    case 'Waiting': return strings.StatusWaiting;
    case 'Claimed': return strings.StatusClaimed;
    case 'TakenOver': return strings.StatusTakenOver;
    case 'Resolved': return strings.StatusResolved;
    case 'Escalated': return strings.StatusEscalated;
    default: return status;
  }
}

/** The queue or one of the TPSO's views as a list; each row opens the enquiry by keyboard or pointer. */
export const QueueList: React.FC<IQueueListProps> = ({ view, items, selectedId, onOpen, hasMore, workTypes }) => {
  const now: Date = useNow(30000);
  const columns: IColumn[] = [
    {
      key: 'open', name: strings.ColEnquiry, minWidth: 80, maxWidth: 100,
      onRender: (e: IEnquiry) => (
        <Link onClick={() => onOpen(e)} aria-label={format(strings.OpenAria, e.id, workTypeTitle(workTypes, e.workType))}
          aria-current={e.id === selectedId ? true : undefined}>
          {format(strings.OpenLink, e.id)}
        </Link>
      )
    },
    { key: 'workType', name: strings.ColWorkType, minWidth: 120, maxWidth: 220, isMultiline: true, onRender: (e: IEnquiry) => workTypeTitle(workTypes, e.workType) },
    { key: 'reason', name: strings.ColReason, minWidth: 160, maxWidth: 260, isMultiline: true, onRender: (e: IEnquiry) => e.reason },
    {
      key: 'waited', name: view === 'resolvedToday' ? strings.ColResolved : strings.ColWaited, minWidth: 130, maxWidth: 200, isMultiline: true,
      onRender: (e: IEnquiry) => {
        if (view === 'resolvedToday') {
          return e.resolvedAt ? e.resolvedAt.toLocaleTimeString() : '';
        }
        const c = clockOf(e, now, workTypes);
        return (
          <span className={classes[c.phase]}>
            {format(strings.WaitedMinutes, c.elapsedMinutes)} · {phaseText(c.phase)}
            {c.suggestTakeOver ? ' · ' + strings.SuggestTakeOverShort : ''}
          </span>
        );
      }
    },
    { key: 'hold', name: strings.ColOnHold, minWidth: 70, maxWidth: 90, onRender: (e: IEnquiry) => (e.customerOnHold ? strings.Yes : strings.No) },
    { key: 'officer', name: strings.ColOfficer, minWidth: 120, maxWidth: 200, onRender: (e: IEnquiry) => e.authorName || e.requesterKey }
  ];
  if (view !== 'waiting') {
    columns.push({ key: 'status', name: strings.ColStatus, minWidth: 90, maxWidth: 120, onRender: (e: IEnquiry) => statusText(e.status) });
  }
  if (items.length === 0) {
    return <Text block={true}>{view === 'waiting' ? strings.EmptyState : strings.EmptyView}</Text>;
  }
  return (
    <div>
      <Text block={true} variant="small">{format(strings.RowCount, items.length)}</Text>
      <DetailsList
        items={items}
        columns={columns}
        getKey={(e: IEnquiry) => String(e.id)}
        setKey="queue"
        selectionMode={SelectionMode.none}
        layoutMode={DetailsListLayoutMode.justified}
        onItemInvoked={(e: IEnquiry) => onOpen(e)}
        ariaLabelForGrid={strings.ListLabel}
        compact={true}
      />
      {hasMore && <Text block={true}>{strings.MoreThanShown}</Text>}
    </div>
  );
};
