import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'EscalationsWebPartStrings';
import { format } from '../../../../shared/text/format';
import type { IBoardRow } from '../../model';
import type { IEscalationListProps } from './IEscalationListProps';
import { getClassNames } from './EscalationList.styles';

const Row: React.FC<{ row: IBoardRow; selected: boolean; onOpen: (id: number) => void }> = ({
  row,
  selected,
  onOpen
}) => {
  const classes = getClassNames(useTheme());
  const e = row.escalation;
  const stateClass: string =
    row.due.state === 'overdue' ? classes.overdue : row.due.state === 'dueToday' ? classes.dueToday : '';
  const titleId: string = 'escalation-' + e.id + '-title';
  return (
    <li
      className={classes.row + (selected ? ' ' + classes.selected : '')}
      data-escalation-id={e.id}
      aria-labelledby={titleId}
    >
      <h3 id={titleId} className={classes.title}>
        {format(strings.RowTitle, e.id, row.categoryTitle)}
      </h3>
      <div className={classes.due + ' ' + stateClass} data-testid="due">
        {e.urgent && <span className={classes.badge}>{strings.BadgeUrgent}</span>}
        {row.due.state === 'overdue' && <span className={classes.badge}>{strings.BadgeOverdue}</span>}
        {row.due.state === 'dueToday' && <span className={classes.badge}>{strings.BadgeDueToday}</span>}
        <span data-testid="due-text">{row.dueText}</span>
      </div>
      <div className={classes.meta}>
        {format(
          strings.RowMeta,
          e.workType,
          e.raisedByKey,
          e.assigneeKey ? format(strings.AssignedTo, e.assigneeName || e.assigneeKey) : strings.Unassigned
        )}
      </div>
      {e.summary && <p className={classes.summary}>{e.summary}</p>}
      <DefaultButton text={format(strings.Open, e.id)} onClick={() => onOpen(e.id)} aria-expanded={selected} />
    </li>
  );
};

/** The board's escalations, urgent first then soonest deadline, each with its deadline in words. */
export const EscalationList: React.FC<IEscalationListProps> = ({ rows, selectedId, onOpen }) => {
  const classes = getClassNames(useTheme());
  return (
    <ul className={classes.list} aria-label={strings.Title}>
      {rows.map((r) => (
        <Row key={r.escalation.id} row={r} selected={r.escalation.id === selectedId} onOpen={onOpen} />
      ))}
    </ul>
  );
};
