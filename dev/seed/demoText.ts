/**
 * Demo questions and answers: realistic, and free of customer details (the privacy guard checks each one when
 * the seed runs, so a careless edit here fails `npm start` rather than teaching bad habits).
 */
export const DEMO_QUESTIONS: Record<string, string[]> = {
  ABSTUDY: [
    'Living allowance rate does not change after the away-from-base study load was updated.',
    'Coding the incidentals allowance gives an error that the reference does not cover.',
    'Arrears generated after changing the approved course; not sure the amount is right.'
  ],
  APPRENTICES: [
    'Apprentice support loan record will not accept the updated training contract dates.',
    'Customer asks to speak to a technical expert about the completion payment.'
  ],
  AISR: ['Income stream review shows a negative adjustment after the annual update; unsure it is correct.'],
  AIC: [
    'Boarding allowance rate does not reflect the school term details recorded.',
    'System will not allow the second-home allowance update.'
  ],
  CSU: ['Care percentage change did not flow to the family payment assessment.'],
  COMPLEX_ASSESSMENT: ['Complex assessment workflow will not finalise: the task stays open after coding.'],
  EMEP: ['Payment not generated although the eligible equipment is recorded.'],
  FHA: [
    'Farm household allowance activity plan dates will not save.',
    'Rate does not reflect the updated farm income estimate.'
  ],
  FHA_VOUCHER: ['Voucher approval screen returns an error when the amount is entered.'],
  MIV: ['Manual intervention debt calculation looks wrong after the rate change.'],
  MOCA: ['Member of a couple assessment will not accept the separated-under-one-roof outcome.'],
  PPLEPT: ['Employer funding for paid parental leave not issued after the employer details were confirmed.'],
  PES: ['Pensioner education supplement not paid for the new study period.'],
  TAP: ['Tertiary access payment rejected although the course is on the approved list.'],
  UTLAH: ['Unreasonable to live at home assessment outcome does not flow to the rate.']
};

export const DEMO_ANSWERS: string[] = [
  'Study load must be recoded from the start of the new period; rate then recalculates. Checked the outcome with the officer.',
  'Known issue covered by the current NNU: use the workaround steps, then recode. No further action needed.',
  'Arrears are correct: the change of course backdates entitlement to the date of effect. Explained to the officer.',
  'Update blocked by an open task; finalised the task, then the update saved.'
];

export const DEMO_REFERENCES: string[] = ['111-05070020', '111-05070010', '111-21122234', '108-03030000'];
