import * as React from 'react';
import * as strings from 'TpsQueueWebPartStrings';
import { format } from '../../../../shared/text/format';
import { formatCrn } from '../../../../domain/crn';
import { contactSourceText, isRecordedByTps, officerOf, outcomeText, phaseText, timeOf } from '../../model';
import { parseCorrections } from '../../../../domain/tpsOutcomes';
import type { IEnquiryFactsProps } from './IEnquiryFactsProps';
import { classNames as classes } from './EnquiryFacts.styles';

/** One fact of the enquiry; an optional one only when it has a value. */
const Fact: React.FC<{ term: string; value: React.ReactNode; optional?: boolean }> = ({ term, value, optional }) =>
  optional && !value ? null : (
    <>
      <dt className={classes.term}>{term}</dt>
      <dd className={classes.detail}>{value}</dd>
    </>
  );

/** What the officer asked and where the enquiry stands, as a description list. */
export const EnquiryFacts: React.FC<IEnquiryFactsProps> = ({ enquiry, clock }) => (
  <dl className={classes.facts}>
    <Fact
      term={strings.ColStatus}
      value={
        <>
          {enquiry.status}
          {enquiry.assigneeKey ? ' · ' + (enquiry.assigneeName || enquiry.assigneeKey) : ''}
        </>
      }
    />
    <Fact term={strings.ColReason} value={enquiry.reason} />
    <Fact term={strings.Question} value={enquiry.question} />
    <Fact term={strings.ColOnHold} value={enquiry.customerOnHold ? strings.Yes : strings.No} />
    <Fact term={strings.ColOfficer} value={officerOf(enquiry)} />
    <Fact term={strings.ContactSource} value={contactSourceText(enquiry.contactSource)} />
    <Fact term={strings.ColWaited} value={format(strings.WaitedMinutes, clock.waitingMinutes)} />
    <Fact
      optional={true}
      term={strings.HandlingClock}
      value={
        clock.handlingMinutes !== undefined && (
          <>
            {format(strings.HandlingMinutes, clock.handlingMinutes, clock.guidelineMinutes)} · {phaseText(clock.phase)}
          </>
        )
      }
    />
    <Fact optional={true} term={strings.OutcomeLabel} value={outcomeText(enquiry.outcome)} />
    <Fact
      optional={true}
      term={strings.CorrectionsLabel}
      value={parseCorrections(enquiry.corrections)
        .map((c) =>
          format(
            strings.CorrectionLine,
            c.field === 'workType' ? strings.CorrectWorkType : strings.CorrectReason,
            c.from,
            c.to,
            c.byKey,
            timeOf(c.at)
          )
        )
        .join('; ')}
    />
    <Fact
      optional={true}
      term={strings.OfficerSees}
      value={isRecordedByTps(enquiry) ? strings.OfficerSeesMailOnly : ''}
    />
    <Fact
      term={strings.ReferencesChecked}
      value={
        <>
          {enquiry.referencesChecked.length > 0 ? enquiry.referencesChecked.join(', ') : strings.NoneRecorded}
          {enquiry.referencesRead ? ' · ' + format(strings.ReferencesRead, enquiry.referencesRead) : ''}
        </>
      }
    />
    <Fact optional={true} term={strings.Crn} value={enquiry.crn && formatCrn(enquiry.crn)} />
    <Fact
      optional={true}
      term={strings.TakenOverLabel}
      value={
        enquiry.takenOverAt && format(strings.TakenOverFacts, timeOf(enquiry.takenOverAt), enquiry.takeOverReason || '')
      }
    />
    <Fact optional={true} term={strings.ReferencesGiven} value={enquiry.referencesGiven} />
    <Fact optional={true} term={strings.Comments} value={enquiry.resolution} />
  </dl>
);
