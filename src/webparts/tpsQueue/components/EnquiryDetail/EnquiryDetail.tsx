import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { PrimaryButton, DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'TpsQueueWebPartStrings';
import { format } from '../../../../shared/text/format';
import { canDo } from '../../../../domain/enquiryLifecycle';
import { isOpenEnquiry } from '../../../../domain/enquiryValues';
import { workTypeTitle } from '../../../../domain/workTypes';
import { clockOf, officerOf, stateOf } from '../../model';
import { useEnquiryAction } from '../../hooks/useEnquiryAction';
import { useClaim } from '../../hooks/useClaim';
import { useSendAnswerAgain } from '../../hooks/useSendAnswerAgain';
import { ActionError } from '../ActionError';
import { EnquiryFacts } from '../EnquiryFacts';
import { TakeOverForm } from '../TakeOverForm';
import { FinaliseForm } from '../FinaliseForm';
import { EscalateForm } from '../EscalateForm';
import { OutcomeForm } from '../OutcomeForm';
import { CorrectionForm } from '../CorrectionForm';
import { StopPaymentSteps } from '../StopPaymentSteps';
import type { IEnquiryDetailProps } from './IEnquiryDetailProps';
import { getClassNames } from './EnquiryDetail.styles';

/** One enquiry and every action on it; what the TPSO typed survives any failed action. */
export const EnquiryDetail: React.FC<IEnquiryDetailProps> = ({ onClose, ...input }) => {
  const classes = getClassNames(useTheme());
  const panel = useEnquiryAction(input);
  const { enquiry, actor, disabled } = panel;
  const claim = useClaim(panel);
  const again = useSendAnswerAgain(panel);
  const mine: boolean = canDo(stateOf(enquiry), 'resolve', actor);
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const headingId: string = 'enquiry-heading-' + enquiry.id;

  React.useEffect(() => {
    if (headingRef.current) {
      headingRef.current.focus();
    }
  }, []);

  // A failure whose form is gone (a conflict showed someone else has it now) is still said, here.
  const lastError: string | undefined =
    panel.errorIn('takeOver') ||
    panel.errorIn('finalise') ||
    panel.errorIn('escalate') ||
    panel.errorIn('outcome') ||
    panel.errorIn('complex');
  const orphaned: string | undefined = !mine ? lastError : undefined;

  return (
    <section className={classes.panel} aria-labelledby={headingId}>
      <Stack tokens={{ childrenGap: 12 }}>
        <Stack horizontal={true} horizontalAlign="space-between" verticalAlign="center">
          <h3 id={headingId} ref={headingRef} tabIndex={-1} className={classes.heading}>
            {format(strings.DetailHeading, enquiry.id, workTypeTitle(panel.workTypes, enquiry.workType))}
          </h3>
          <DefaultButton text={strings.Close} onClick={onClose} />
        </Stack>
        {enquiry.stopPayment && isOpenEnquiry(enquiry.status) && <StopPaymentSteps enquiry={enquiry} now={panel.now} />}
        <EnquiryFacts enquiry={enquiry} clock={clockOf(enquiry, panel.now, panel.workTypes)} />

        {panel.busy && <Spinner size={SpinnerSize.small} label={panel.busy} ariaLive="polite" />}

        {claim.mayClaim && (
          <Stack tokens={{ childrenGap: 8 }}>
            <ActionError message={panel.errorIn('claim')} />
            <Stack horizontal={true} verticalAlign="center" tokens={{ childrenGap: 8 }}>
              <PrimaryButton
                text={strings.Claim}
                onClick={() => {
                  claim.claim().catch(() => undefined);
                }}
                disabled={disabled || claim.preparing}
              />
              {claim.preparing && (
                <Spinner size={SpinnerSize.xSmall} label={strings.ClaimPreparing} labelPosition="right" />
              )}
            </Stack>
          </Stack>
        )}
        {!mine && <ActionError message={orphaned} />}
        {!claim.mayClaim && !mine && (enquiry.status === 'Claimed' || enquiry.status === 'TakenOver') && (
          <Text block={true}>
            {format(strings.HeldByOther, enquiry.assigneeName || enquiry.assigneeKey || strings.AnotherTpso)}
          </Text>
        )}

        {again.due && (
          <Stack tokens={{ childrenGap: 8 }}>
            <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
              {format(strings.MailStillDue, officerOf(enquiry))}
            </MessageBar>
            <ActionError message={panel.errorIn('sendAgain')} />
            <Stack horizontal={true}>
              <PrimaryButton
                text={strings.SendAnswerAgain}
                onClick={() => {
                  again.send().catch(() => undefined);
                }}
                disabled={disabled}
              />
            </Stack>
          </Stack>
        )}

        {mine && (
          <Stack tokens={{ childrenGap: 12 }}>
            {enquiry.status === 'Claimed' && (
              <div className={classes.section}>
                <TakeOverForm panel={panel} />
              </div>
            )}
            {enquiry.status === 'TakenOver' && (
              <MessageBar messageBarType={MessageBarType.success} isMultiline={true}>
                {format(strings.OfficerFree, officerOf(enquiry))}
              </MessageBar>
            )}
            <div className={classes.section}>
              <FinaliseForm panel={panel} />
            </div>
            <div className={classes.section}>
              <OutcomeForm panel={panel} />
            </div>
            <div className={classes.section}>
              <EscalateForm panel={panel} />
            </div>
          </Stack>
        )}
        {canDo(stateOf(enquiry), 'correct', actor) && (
          <div className={classes.section}>
            <CorrectionForm panel={panel} />
          </div>
        )}
      </Stack>
    </section>
  );
};
