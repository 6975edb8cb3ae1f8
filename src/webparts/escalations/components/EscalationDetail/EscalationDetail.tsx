import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'EscalationsWebPartStrings';
import { format } from '../../../../shared/text/format';
import { stateOf } from '../../actions';
import { categoryTitle } from '../../model';
import { useSourceEnquiry } from '../../hooks/useSourceEnquiry';
import { AssignForm } from './AssignForm';
import { FinaliseForm } from './FinaliseForm';
import { History } from './History';
import { StepForm } from './StepForm';
import type { IEscalationDetailProps } from './IEscalationDetailProps';
import { getClassNames } from './EscalationDetail.styles';

const Field: React.FC<{ label: string; text: string | undefined }> = ({ label, text }) => {
  const classes = getClassNames(useTheme());
  return (
    <p className={classes.text}>
      <span className={classes.label}>{label}: </span>
      {text || strings.NoneGiven}
    </p>
  );
};

/**
 * One escalation, opened from the board (loaded on demand with its forms and the business calendar): the source
 * enquiry, the TPSO's summary, ICT incident and NNU, the DOC reminder, the history, and the forms to take,
 * document, follow up and finalise it.
 */
const EscalationDetail: React.FC<IEscalationDetailProps> = ({ escalation: e, onChanged, onAnnounce, onClose }) => {
  const classes = getClassNames(useTheme());
  const source = useSourceEnquiry(e.enquiryId);
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    if (heading.current) {
      heading.current.focus();
    }
  }, [e.id]);
  const pastDayOne: boolean = stateOf(e, new Date()).pastDayOne;
  const saved = (next: typeof e, text: string): void => {
    onChanged(next);
    onAnnounce(text);
  };
  return (
    <section className={classes.root} aria-labelledby="escalation-detail-heading" data-testid="escalation-detail">
      <Stack horizontal={true} horizontalAlign="space-between" verticalAlign="center">
        <h3 id="escalation-detail-heading" className={classes.heading} tabIndex={-1} ref={heading}>
          {format(strings.DetailHeading, e.id)} · {categoryTitle(e.category)}
        </h3>
        <DefaultButton text={strings.Close} onClick={onClose} />
      </Stack>
      <div className={classes.section}>
        <Field label={strings.EscalationSummary} text={e.summary} />
        <Field label={strings.IctIncident} text={e.ictIncident} />
        <Field label={strings.Nnu} text={e.nnuReference} />
        <MessageBar messageBarType={MessageBarType.info}>{strings.DocReminder}</MessageBar>
      </div>
      <div className={classes.section}>
        <h4 className={classes.label}>{format(strings.SourceHeading, e.enquiryId)}</h4>
        {source.kind === 'loading' && <Spinner label={strings.DetailLoading} />}
        {source.kind === 'failed' && source.message && (
          <MessageBar messageBarType={MessageBarType.warning}>
            {format(strings.SourceUnavailable, source.message)}
          </MessageBar>
        )}
        {source.kind === 'ready' && (
          <>
            <Field label={strings.SourceQuestion} text={source.enquiry.question} />
            <Field label={strings.SourceAnswer} text={source.enquiry.resolution} />
            <Field label={strings.SourceReferences} text={source.enquiry.referencesGiven} />
          </>
        )}
      </div>
      <div className={classes.section}>
        <h4 className={classes.label}>{strings.HistoryHeading}</h4>
        <History notes={e.notes} />
      </div>
      <div className={classes.section}>
        <h4 className={classes.label}>{strings.AssignHeading}</h4>
        <AssignForm escalation={e} onSaved={saved} />
      </div>
      <div className={classes.section}>
        <h4 className={classes.label}>{strings.NoteHeading}</h4>
        <StepForm escalation={e} pastDayOne={pastDayOne} onSaved={saved} />
      </div>
      <div className={classes.section}>
        <h4 className={classes.label}>{strings.FinaliseHeading}</h4>
        <FinaliseForm
          escalation={e}
          enquiry={source.kind === 'ready' ? source.enquiry : undefined}
          pastDayOne={pastDayOne}
          onSaved={saved}
        />
      </div>
    </section>
  );
};

export default EscalationDetail;
