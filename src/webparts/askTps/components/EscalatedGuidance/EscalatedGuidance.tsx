import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'AskTpsWebPartStrings';
import type { OfficerStep } from '../../../../domain/escalationGuidance';
import { ReferenceLinks } from '../../../../shared/components/ReferenceLinks';
import { STEP_RESOURCES } from '../../model';
import type { IEscalatedGuidanceProps } from './IEscalatedGuidanceProps';

const STEP_WORDS: { readonly [s in OfficerStep]: string } = {
  keepHandling: strings.StepKeepHandling,
  tellCustomer: strings.StepTellCustomer,
  callbackIsYours: strings.StepCallbackIsYours,
  ictThroughMySupport: strings.StepIctThroughMySupport,
  familiesWebform: strings.StepFamiliesWebform,
  stopPayment: strings.StepStopPayment
};

/**
 * After an escalation, what the officer does (seed 002 item 8): keep handling the customer, what to tell them,
 * and for a system issue backed by an NNU that they may go to ICT through mySupport unless it is a Families claim,
 * each with the TPS Resources links that step needs (seed 004 "Extra").
 */
export const EscalatedGuidance: React.FC<IEscalatedGuidanceProps> = ({ steps, resources, idPrefix }) => {
  if (steps.length === 0) {
    return null; // eslint-disable-line @rushstack/no-new-null
  }
  const headingId: string = idPrefix + '-next';
  return (
    <section aria-labelledby={headingId} data-testid="escalated-guidance">
      <Text as="h5" variant="medium" id={headingId} block={true} styles={{ root: { fontWeight: 600, margin: 0 } }}>
        {strings.EscalatedHeading}
      </Text>
      <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
        {steps.map((step) => (
          <li key={step}>
            <Stack tokens={{ childrenGap: 2 }}>
              <Text>{STEP_WORDS[step]}</Text>
              {STEP_RESOURCES[step].length > 0 && (
                <ReferenceLinks
                  label={strings.ResourcesSee}
                  numbers={[]}
                  references={STEP_RESOURCES[step].map((key) => ({ kind: 'Resource' as const, text: key }))}
                  resources={resources}
                />
              )}
            </Stack>
          </li>
        ))}
      </ul>
    </section>
  );
};
