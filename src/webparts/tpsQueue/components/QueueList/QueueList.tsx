import * as React from 'react';
import { DetailsList, DetailsListLayoutMode, DetailsRow, SelectionMode } from '@fluentui/react/lib/DetailsList';
import type { IColumn, IDetailsRowProps } from '@fluentui/react/lib/DetailsList';
import { Link } from '@fluentui/react/lib/Link';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'TpsQueueWebPartStrings';
import { format } from '../../../../shared/text/format';
import { useNow } from '../../../../shared/hooks/useNow';
import type { IEnquiry } from '../../../../data/stores/types';
import { workTypeTitle } from '../../../../domain/workTypes';
import {
  clockOf,
  contactSourceText,
  isRecordedByTps,
  officerOf,
  outcomeText,
  phaseText,
  statusText,
  stopPaymentDue,
  zoneOf
} from '../../model';
import { queuePriority } from '../../../../domain/queuePriority';
import { zonedClock } from '../../../../domain/escalationDue';
import type { IQueueListProps } from './IQueueListProps';
import { getClassNames, getRowStyles } from './QueueList.styles';

/**
 * DetailsList hands rows a fresh copy of the columns whenever its props change (its adjusted widths): the same
 * columns are the same render functions at the same widths.
 */
function sameColumns(a: ReadonlyArray<IColumn>, b: ReadonlyArray<IColumn>): boolean {
  return (
    a === b ||
    (a.length === b.length &&
      a.every(
        (c, i) => c.onRender === b[i].onRender && c.calculatedWidth === b[i].calculatedWidth && c.name === b[i].name
      ))
  );
}

/**
 * A row renders again only when its enquiry changed (id and ETag), it moved, or the columns changed (the clock's
 * minute, the view, the selection): a live update that brings one arrival renders one row, not two thousand.
 */
const QueueRow = React.memo(
  (props: IDetailsRowProps) => <DetailsRow {...props} />,
  (a: IDetailsRowProps, b: IDetailsRowProps) =>
    a.item.id === b.item.id &&
    a.item.etag === b.item.etag &&
    a.itemIndex === b.itemIndex &&
    sameColumns(a.columns, b.columns) &&
    a.styles === b.styles &&
    a.compact === b.compact
);

/** The queue or one of the TPSO's views as a list; each row opens the enquiry by keyboard or pointer. */
export const QueueList: React.FC<IQueueListProps> = ({ view, items, selectedId, onOpen, hasMore, workTypes }) => {
  const theme = useTheme();
  const classes = getClassNames(theme);
  const rowStyles = React.useMemo(() => getRowStyles(theme), [theme]);
  // Fluent's row with the section's text colours (see QueueList.styles.ts).
  // eslint-disable-next-line @rushstack/no-new-null -- Fluent's IRenderFunction contract returns null
  const renderRow = (props?: IDetailsRowProps): JSX.Element | null =>
    props ? <QueueRow {...props} styles={rowStyles} /> : null;
  const now: Date = useNow(30000);
  // The parent may hand a new onOpen each render: the columns call the latest, so they need not change with it.
  const openRef = React.useRef(onOpen);
  openRef.current = onOpen;
  const columns: IColumn[] = React.useMemo(() => columnsOf(), [view, workTypes, selectedId, now, classes]);

  function columnsOf(): IColumn[] {
    const onOpenLatest = (e: IEnquiry): void => openRef.current(e);
    const cols: IColumn[] = [
      {
        key: 'open',
        name: strings.ColEnquiry,
        minWidth: 80,
        maxWidth: 100,
        onRender: (e: IEnquiry) => (
          <Link
            onClick={() => onOpenLatest(e)}
            aria-label={format(strings.OpenAria, e.id, workTypeTitle(workTypes, e.workType))}
            aria-current={e.id === selectedId ? true : undefined}
          >
            {format(strings.OpenLink, e.id)}
          </Link>
        )
      },
      {
        key: 'workType',
        name: strings.ColWorkType,
        minWidth: 120,
        maxWidth: 220,
        isMultiline: true,
        onRender: (e: IEnquiry) => workTypeTitle(workTypes, e.workType)
      },
      {
        key: 'reason',
        name: strings.ColReason,
        minWidth: 160,
        maxWidth: 260,
        isMultiline: true,
        onRender: (e: IEnquiry) => {
          const priority = queuePriority(e);
          const due: Date | undefined = stopPaymentDue(e);
          return (
            <span>
              {priority === 'stopPayment' && (
                <strong className={classes.overGuideline} data-testid="stop-payment-badge">
                  {format(strings.StopPaymentBadge, due ? zonedClock(due, zoneOf(e)) : '')}{' '}
                </strong>
              )}
              {priority === 'technicalExpert' && (
                <strong className={classes.fiveToTen}>{strings.TechnicalExpertBadge} </strong>
              )}
              {e.reason}
              {isRecordedByTps(e) ? ' · ' + contactSourceText(e.contactSource) : ''}
              {e.outcome ? ' · ' + outcomeText(e.outcome) : ''}
            </span>
          );
        }
      },
      {
        key: 'waited',
        name: view === 'resolvedToday' ? strings.ColResolved : strings.ColWaited,
        minWidth: 130,
        maxWidth: 200,
        isMultiline: true,
        onRender: (e: IEnquiry) => {
          if (view === 'resolvedToday') {
            return e.resolvedAt ? e.resolvedAt.toLocaleTimeString() : '';
          }
          const c = clockOf(e, now, workTypes);
          if (c.handlingMinutes === undefined) {
            return <span>{format(strings.WaitedMinutes, c.waitingMinutes)}</span>;
          }
          // The guideline runs from the claim; the wait in the queue is shown apart (seed 002 item 3).
          return (
            <span className={classes[c.phase]}>
              {format(strings.HandlingMinutes, c.handlingMinutes, c.guidelineMinutes)} · {phaseText(c.phase)}
              {c.suggestTakeOver ? ' · ' + strings.SuggestTakeOverShort : ''}
              {' · ' + format(strings.WaitedApart, c.waitingMinutes)}
            </span>
          );
        }
      },
      {
        key: 'hold',
        name: strings.ColOnHold,
        minWidth: 70,
        maxWidth: 90,
        onRender: (e: IEnquiry) => (e.customerOnHold ? strings.Yes : strings.No)
      },
      { key: 'officer', name: strings.ColOfficer, minWidth: 120, maxWidth: 200, onRender: officerOf }
    ];
    if (view !== 'waiting') {
      cols.push({
        key: 'status',
        name: strings.ColStatus,
        minWidth: 90,
        maxWidth: 120,
        onRender: (e: IEnquiry) => statusText(e.status)
      });
    }
    return cols;
  }
  if (items.length === 0) {
    return <Text block={true}>{view === 'waiting' ? strings.EmptyState : strings.EmptyView}</Text>;
  }
  return (
    <div>
      <Text block={true} variant="small">
        {format(strings.RowCount, items.length)}
      </Text>
      <DetailsList
        items={items}
        columns={columns}
        getKey={(e: IEnquiry) => String(e.id)}
        setKey="queue"
        selectionMode={SelectionMode.none}
        layoutMode={DetailsListLayoutMode.justified}
        onItemInvoked={(e: IEnquiry) => onOpen(e)}
        onRenderRow={renderRow}
        ariaLabelForGrid={strings.ListLabel}
        compact={true}
      />
      {hasMore && <Text block={true}>{strings.MoreThanShown}</Text>}
    </div>
  );
};
