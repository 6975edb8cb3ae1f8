import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'EscalationsWebPartStrings';
import type { IEscalationNote } from '../../../../data/stores/types';
import { format } from '../../../../shared/text/format';
import { getClassNames } from './EscalationDetail.styles';

function kindWords(n: IEscalationNote): string {
  switch (n.kind) {
    case 'assign':
      return format(strings.KindAssign, n.assigneeKey || '');
    case 'followUp':
      return strings.KindFollowUp;
    case 'finalise':
      return strings.KindFinalise;
    case 'alert':
      return format(strings.KindAlert, n.reason || '');
    default:
      return strings.KindNote;
  }
}

const Line: React.FC<{ label: string; text: string | undefined }> = ({ label, text }) => {
  const classes = getClassNames(useTheme());
  return text ? (
    <p className={classes.text}>
      <span className={classes.label}>{label}: </span>
      {text}
    </p>
  ) : null;
};

/** The escalation's history, oldest first: who, when, what (seed 004 "Documenting escalations"). Never edited. */
export const History: React.FC<{ notes: IEscalationNote[] }> = ({ notes }) => {
  const classes = getClassNames(useTheme());
  if (notes.length === 0) {
    return <p className={classes.meta}>{strings.HistoryEmpty}</p>;
  }
  return (
    <ol className={classes.history}>
      {notes.map((n, i) => (
        <li key={i} className={classes.entry}>
          <div className={classes.meta}>{format(strings.HistoryAt, n.at.toLocaleString('en-AU'), n.byKey)}</div>
          <div className={classes.label}>{kindWords(n)}</div>
          {n.kind !== 'alert' && <Line label={strings.ReasonLabel} text={n.reason} />}
          <Line label={strings.ActionTaken} text={n.actionTaken} />
          <Line label={strings.ResourcesUsed} text={n.resourcesUsed} />
          <Line label={strings.ActionRequired} text={n.actionRequiredByOfficer} />
          {n.officerCallBack && <p className={classes.text}>{strings.CallBack}</p>}
          <Line label={strings.WhyNotFinalised} text={n.whyNotFinalised} />
        </li>
      ))}
    </ol>
  );
};
