import * as React from 'react';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'TpsQueueWebPartStrings';
import { format } from '../../../../shared/text/format';
import { STOP_PAYMENT_STEPS } from '../../../../domain/queuePriority';
import type { StopPaymentStep } from '../../../../domain/queuePriority';
import { centreCity, zonedClock } from '../../../../domain/escalationDue';
import { stopPaymentDue, zoneOf } from '../../model';
import type { IStopPaymentStepsProps } from './IStopPaymentStepsProps';
import { getClassNames } from './StopPaymentSteps.styles';

const STEP_WORDS: { [s in StopPaymentStep]: string } = {
  verifyArrearsIncorrect: strings.StopStepVerify,
  checkStopPaymentDoc: strings.StopStepDoc,
  escalateToSeniorPractitioner: strings.StopStepEscalate
};

/**
 * A stop-payment request: the clock to close of business in the officer's centre and the TPSO's steps in seed 004's
 * order, as a checklist the TPSO ticks while working (a guide: the escalation itself still asks for the DOC).
 */
export const StopPaymentSteps: React.FC<IStopPaymentStepsProps> = ({ enquiry, now }) => {
  const classes = getClassNames(useTheme());
  const [done, setDone] = React.useState<StopPaymentStep[]>([]);
  const due: Date | undefined = stopPaymentDue(enquiry);
  const zone: string = zoneOf(enquiry);
  const minutesLeft: number | undefined = due ? Math.floor((due.getTime() - now.getTime()) / 60000) : undefined;
  return (
    <section className={classes.box} aria-label={strings.StopPaymentHeading} data-testid="stop-payment-steps">
      <h4 style={{ margin: 0 }}>{strings.StopPaymentHeading}</h4>
      {due && (
        <Text block={true}>
          {format(
            minutesLeft !== undefined && minutesLeft < 0 ? strings.StopPaymentOverdue : strings.StopPaymentDue,
            zonedClock(due, zone),
            centreCity(zone),
            minutesLeft !== undefined ? Math.max(0, minutesLeft) : ''
          )}
        </Text>
      )}
      <ol className={classes.steps}>
        {STOP_PAYMENT_STEPS.map((step) => (
          <li key={step}>
            <Checkbox
              label={STEP_WORDS[step]}
              checked={done.indexOf(step) >= 0}
              onChange={(_e, v) => setDone((d) => (v ? d.concat([step]) : d.filter((x) => x !== step)))}
            />
          </li>
        ))}
      </ol>
    </section>
  );
};
