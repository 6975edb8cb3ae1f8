import * as React from 'react';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'AskTpsWebPartStrings';
import { createBusinessCalendar } from '../../../../domain/businessCalendar';
import { isCentreTimeZone } from '../../../../domain/centres';
import { centreCity, zonedClock, zonedDay } from '../../../../domain/escalationDue';
import { stopPaymentDueAt } from '../../../../domain/queuePriority';
import { ReferenceLinks } from '../../../../shared/components/ReferenceLinks';
import { format } from '../../../../shared/text/format';
import type { IStopPaymentGuidanceProps } from './IStopPaymentGuidanceProps';

/**
 * What the officer does before posting a stop payment request (seeds 002 item 10, 003 and 004): record the Stop
 * Payment Request DOC with the amount and why the customer is not entitled; TPS then gets it to ICT by close of
 * business in the officer's centre (its time zone and public holidays). Links "How to request to stop an incorrect
 * payment" from TPS Resources.
 */
export const StopPaymentGuidance: React.FC<IStopPaymentGuidanceProps> = (props) => {
  const { centreTimeZone, now, resources, docRecorded, onDocRecorded, errorMessage, disabled, errorId } = props;
  const zone: string | undefined = isCentreTimeZone(centreTimeZone) ? centreTimeZone : undefined;
  const due: Date | undefined = React.useMemo(
    () => (zone ? stopPaymentDueAt(now, createBusinessCalendar({ timeZone: zone })) : undefined),
    [zone, now]
  );
  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline={true} delayedRender={false}>
      <Stack tokens={{ childrenGap: 6 }} data-testid="stop-payment-guidance">
        <Text as="h4" variant="medium" block={true} styles={{ root: { fontWeight: 600, margin: 0 } }}>
          {strings.StopPaymentHeading}
        </Text>
        <ol style={{ margin: 0, paddingLeft: 20 }}>
          <li>{strings.StopPaymentStepDoc}</li>
          <li>{strings.StopPaymentStepQueue}</li>
        </ol>
        {due && zone && (
          <Text block={true} data-testid="stop-payment-due">
            {format(strings.StopPaymentDue, zonedDay(due, zone, now), zonedClock(due, zone), centreCity(zone))}
          </Text>
        )}
        <ReferenceLinks
          label={strings.ResourcesSee}
          numbers={[]}
          references={[{ kind: 'Resource', text: 'stopPayment' }]}
          resources={resources}
        />
        <Checkbox
          label={strings.StopPaymentDocLabel}
          checked={docRecorded}
          onChange={(_e, checked) => onDocRecorded(!!checked)}
          disabled={disabled}
          required={true}
          ariaDescribedBy={errorMessage ? errorId : undefined}
        />
        {errorMessage && (
          <Text id={errorId} variant="small" block={true} role="alert">
            {errorMessage}
          </Text>
        )}
      </Stack>
    </MessageBar>
  );
};
