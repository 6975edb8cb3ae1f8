/**
 * Test-only fixture table for the privacy guard: real-looking positives and tricky negatives.
 * Every number here is made up; Medicare and TFN numbers were generated to pass (or fail) their checksums.
 * Scanned with "now" = 1 March 2026, so the no-context birth-year window is 1900–2016.
 */
import { PrivacyKind, PrivacySeverity } from '../privacy';

/** One expected finding. */
export interface ExpectedFinding {
  kind: PrivacyKind;
  severity: PrivacySeverity;
  match: string;
}

/** One fixture row. */
export interface PrivacyFixture {
  text: string;
  expect: ExpectedFinding[];
}

/** "Today" for the fixtures. */
export const FIXTURE_NOW: Date = new Date('2026-03-01T02:00:00Z');

const crn = (match: string): ExpectedFinding => ({ kind: 'crn', severity: 'block', match });
const dob = (match: string): ExpectedFinding => ({ kind: 'dateOfBirth', severity: 'block', match });
const oldEvent = (match: string): ExpectedFinding => ({ kind: 'dateOfBirth', severity: 'warn', match });
const medicare = (match: string): ExpectedFinding => ({ kind: 'medicare', severity: 'block', match });
const tfn = (match: string): ExpectedFinding => ({ kind: 'tfn', severity: 'block', match });
const acmps = (match: string): ExpectedFinding => ({ kind: 'acmps', severity: 'block', match });
const acsp = (match: string): ExpectedFinding => ({ kind: 'acsp', severity: 'block', match });
const titled = (match: string): ExpectedFinding => ({ kind: 'nameWithTitle', severity: 'block', match });
const phone = (match: string): ExpectedFinding => ({ kind: 'phone', severity: 'warn', match });
const email = (match: string): ExpectedFinding => ({ kind: 'email', severity: 'warn', match });
const relative = (match: string): ExpectedFinding => ({ kind: 'childOrExPartner', severity: 'block', match });
const person = (match: string): ExpectedFinding => ({ kind: 'personName', severity: 'block', match });
const bank = (match: string): ExpectedFinding => ({ kind: 'bank', severity: 'block', match });
const address = (match: string): ExpectedFinding => ({ kind: 'address', severity: 'block', match });

/** Texts that must produce the listed findings. */
export const POSITIVE_FIXTURES: PrivacyFixture[] = [
  // CRN
  { text: 'CRN: 204 512 345K', expect: [crn('204 512 345K')] },
  { text: 'Customer 123 456 789A called about arrears', expect: [crn('123 456 789A')] },
  { text: 'crn 123456789a please check', expect: [crn('123456789a')] },
  { text: 'CRN204512345K', expect: [crn('204512345K')] },
  { text: 'record 301-442-918J shows a debt', expect: [crn('301-442-918J')] },
  { text: 'Can you look at 555 123 987 X for me', expect: [crn('555 123 987 X')] },
  { text: '(CRN 402 118 776B)', expect: [crn('402 118 776B')] },
  { text: 'CRNs 204 512 345K and 204 512 346L', expect: [crn('204 512 345K'), crn('204 512 346L')] },
  { text: 'CRN is 204 512 345', expect: [crn('204 512 345')] },
  { text: 'Customer reference number: 204512345', expect: [crn('204512345')] },
  { text: 'customer on hold, 908 776 554H, rate incorrect.', expect: [crn('908 776 554H')] },
  { text: 'Ref 111-05070020 checked; CRN 204 512 345K', expect: [crn('204 512 345K')] },
  { text: 'CRN:204512345K.', expect: [crn('204512345K')] },
  { text: 'Partner CRN 123 987 456 T also affected', expect: [crn('123 987 456 T')] },
  { text: '204 512 345K', expect: [crn('204 512 345K')] },
  // Dates of birth
  { text: 'DOB 12/03/1985', expect: [dob('12/03/1985')] },
  { text: 'D.O.B. 01/01/1970', expect: [dob('01/01/1970')] },
  { text: 'date of birth: 3 March 1962', expect: [dob('3 March 1962')] },
  { text: 'customer born 5/6/1990 in QLD', expect: [dob('5/6/1990')] },
  { text: 'born on 12/03/1985', expect: [dob('12/03/1985')] },
  { text: 'birthday 29/02/1984', expect: [dob('29/02/1984')] },
  { text: 'child born 14/01/2025, PPL claim lodged', expect: [dob('14/01/2025')] },
  { text: 'date of birth of the child 03/02/2026', expect: [dob('03/02/2026')] },
  { text: 'DOB 12/03/85', expect: [dob('12/03/85')] },
  { text: 'dob 1985-03-12', expect: [dob('1985-03-12')] },
  { text: 'Birth date 7th of July 1979', expect: [dob('7th of July 1979')] },
  { text: 'born March 12, 1985', expect: [dob('March 12, 1985')] },
  { text: '12/03/1985 (DOB)', expect: [dob('12/03/1985')] },
  { text: 'Customer 04.11.1956 says the rate is wrong', expect: [dob('04.11.1956')] },
  { text: 'Age pension customer, 17 Aug 1948, rate looks low', expect: [dob('17 Aug 1948')] },
  { text: 'he is 1/1/2001 and studying', expect: [dob('1/1/2001')] },
  { text: 'Partner 22-10-1988 not showing on record', expect: [dob('22-10-1988')] },
  { text: 'DOB: 31 Dec 1999', expect: [dob('31 Dec 1999')] },
  { text: 'Date of birth 1 Feb. 1975', expect: [dob('1 Feb. 1975')] },
  { text: 'birth of baby 02/02/2026 not coded', expect: [dob('02/02/2026')] },
  { text: 'paid on 12/03/2001', expect: [oldEvent('12/03/2001')] },
  { text: 'debt raised since 1 July 2010', expect: [oldEvent('1 July 2010')] },
  { text: 'arrears from 01/07/2012 showing', expect: [oldEvent('01/07/2012')] },
  { text: 'payment ceased 30/06/2015', expect: [oldEvent('30/06/2015')] },
  // Medicare
  { text: 'Medicare 2123 45670 1', expect: [medicare('2123 45670 1')] },
  { text: 'medicare card 2950123482', expect: [medicare('2950123482')] },
  { text: 'card 3456 78120 1-2 on file', expect: [medicare('3456 78120 1-2')] },
  { text: '4567 81236 3', expect: [medicare('4567 81236 3')] },
  { text: 'Medicare no. 5678-12348-1', expect: [medicare('5678-12348-1')] },
  { text: 'MC 6123456741 not matching', expect: [medicare('6123456741')] },
  { text: 'Medicare number 2718 28187 1 2', expect: [medicare('2718 28187 1 2')] },
  { text: 'Medicare card 1234 56789 0', expect: [medicare('1234 56789 0')] },
  // TFN
  { text: 'TFN 123 456 782', expect: [tfn('123 456 782')] },
  { text: 'tax file number 123456774 provided', expect: [tfn('123456774')] },
  { text: 'number 123 456 959 on the form', expect: [tfn('123 456 959')] },
  { text: 'TFN: 123-457-144', expect: [tfn('123-457-144')] },
  { text: 'TFN 876 543 211', expect: [tfn('876 543 211')] },
  { text: 'tax file no 876543210', expect: [tfn('876543210')] },
  { text: 'employer quoted 123 457 625 as the TFN', expect: [tfn('123 457 625')] },
  // Aged care ids
  { text: 'ACMPS 1234567', expect: [acmps('1234567')] },
  { text: 'ACMPS ID: AB12345', expect: [acmps('AB12345')] },
  { text: 'ACSP ID 998877', expect: [acsp('998877')] },
  { text: 'Aged Care Staff Portal id is 55-4433', expect: [acsp('55-4433')] },
  { text: 'acmps? no: ACMPS number 7654321 recorded', expect: [acmps('7654321')] },
  { text: 'ACSP#A1B2C3D4', expect: [acsp('A1B2C3D4')] },
  // Names with titles
  { text: 'Mrs Jane Citizen called', expect: [titled('Mrs Jane Citizen')] },
  { text: 'spoke with Mr Smith today', expect: [titled('Mr Smith')] },
  { text: "Dr O'Brien signed the certificate", expect: [titled("Dr O'Brien")] },
  { text: 'Ms. Nguyen is the nominee', expect: [titled('Ms. Nguyen')] },
  { text: 'Miss Taylor-Brown rang', expect: [titled('Miss Taylor-Brown')] },
  { text: 'Mx Jordan Lee', expect: [titled('Mx Jordan Lee')] },
  { text: 'Mr J. Smith has a debt', expect: [titled('Mr J. Smith')] },
  { text: 'per Mr SMITH', expect: [titled('Mr SMITH')] },
  { text: 'nominee Mrs Patel and Mr Patel', expect: [titled('Mrs Patel'), titled('Mr Patel')] },
  { text: 'Master Oliver is the child', expect: [titled('Master Oliver')] },
  // Phones
  { text: 'call back on 0412 345 678', expect: [phone('0412 345 678')] },
  { text: 'mobile 0412345678', expect: [phone('0412345678')] },
  { text: 'ph (02) 9876 5432', expect: [phone('(02) 9876 5432')] },
  { text: '+61 412 345 678 is the contact', expect: [phone('+61 412 345 678')] },
  { text: 'landline 08 9123 4567', expect: [phone('08 9123 4567')] },
  { text: 'phone 03-9123-4567', expect: [phone('03-9123-4567')] },
  { text: '+61398765432', expect: [phone('+61398765432')] },
  { text: 'customer (07) 3123 4567 after 2pm', expect: [phone('(07) 3123 4567')] },
  { text: 'new number 0498 765 432.', expect: [phone('0498 765 432')] },
  // Emails
  { text: 'email jane.citizen@gmail.com', expect: [email('jane.citizen@gmail.com')] },
  { text: 'sent to j_smith+ppl@example.com.au.', expect: [email('j_smith+ppl@example.com.au')] },
  { text: "Contact: o'neil@bigpond.net.au", expect: [email("o'neil@bigpond.net.au")] },
  { text: 'JOHN.SMITH@OUTLOOK.COM replied', expect: [email('JOHN.SMITH@OUTLOOK.COM')] },
  { text: 'employer payroll@acme-farms.com.au emailed', expect: [email('payroll@acme-farms.com.au')] },
  // Children and ex-partners
  { text: 'her son Jack is at school', expect: [relative('Jack')] },
  { text: 'ex-partner John has care', expect: [relative('John')] },
  { text: 'child named Mia turns 16', expect: [relative('Mia')] },
  { text: 'Daughter Chloe moved out', expect: [relative('Chloe')] },
  { text: 'ex husband Darren is paying', expect: [relative('Darren')] },
  { text: 'ex-wife Sarah-Jane claims FTB', expect: [relative('Sarah-Jane')] },
  { text: 'his stepson Liam lives there', expect: [relative('Liam')] },
  { text: 'the child, Noah, is 7', expect: [relative('Noah')] },
  { text: 'former partner Michael disputes care', expect: [relative('Michael')] },
  { text: 'partner called Aisha', expect: [relative('Aisha')] },
  { text: 'grandson Ethan in her care', expect: [relative('Ethan')] },
  // Were negatives until names without a title and bank details were blocked (seed 002 item 7: "This includes
  // names ... and any other customer details"): a listed given name before "called", a labelled account number.
  { text: 'Jason called the centre', expect: [person('Jason')] },
  { text: 'account 7123456701', expect: [bank('7123456701')] },
  // Names without a title, addresses, bank details
  { text: 'Jane Citizen rang about her FTB', expect: [person('Jane Citizen')] },
  { text: 'customer Tom said the payment stopped', expect: [person('Tom')] },
  { text: "spoke to Mr Nguyen's daughter Lily", expect: [titled('Mr Nguyen'), relative('Lily')] },
  { text: 'the children Mia and Noah are in shared care', expect: [relative('Mia'), relative('Noah')] },
  { text: 'ex-partner Dave Smith has the kids', expect: [relative('Dave Smith')] },
  { text: 'Nguyen Thi Lan rang', expect: [person('Nguyen Thi Lan')] },
  { text: 'lives at 14 Smith Street Geelong', expect: [address('14 Smith Street Geelong')] },
  { text: 'new address Unit 3/22 Example Rd', expect: [address('Unit 3/22 Example Rd')] },
  { text: 'postal PO Box 312 Katherine', expect: [address('PO Box 312 Katherine')] },
  { text: 'BSB 062-000 account 12345678', expect: [bank('062-000 account 12345678')] },
  { text: 'paid into 062000 12345678 instead', expect: [bank('062000 12345678')] },
  { text: 'acc no. 1234 5678 given', expect: [bank('1234 5678')] },
  // Mixed
  {
    text: 'Mrs Jane Citizen CRN 204 512 345K DOB 12/03/1985 mobile 0412 345 678',
    expect: [titled('Mrs Jane Citizen'), crn('204 512 345K'), dob('12/03/1985'), phone('0412 345 678')]
  },
  {
    text: 'son Jack (born 01/02/2015) ref 111-05070020',
    expect: [relative('Jack'), dob('01/02/2015')]
  },
  {
    text: 'TFN 123 456 782, Medicare 2123 45670 1, email a.b@c.com',
    expect: [tfn('123 456 782'), medicare('2123 45670 1'), email('a.b@c.com')]
  },
  {
    text: 'INC0012345 raised. Customer 204512345K paid 12/03/2026',
    expect: [crn('204512345K')]
  },
  {
    text: 'ACMPS 1234567 and ex-partner Bob',
    expect: [acmps('1234567'), relative('Bob')]
  }
];

/** Texts that must produce no finding at all. */
export const NEGATIVE_FIXTURES: PrivacyFixture[] = [
  { text: 'See 111-05070020 for the process', expect: [] },
  { text: 'Refs: 111-05070020, 109-01010000, 007-21122234', expect: [] },
  { text: 'Old e-Reference 111.11030 says otherwise', expect: [] },
  { text: 'e-Ref 111.11031 detail page', expect: [] },
  { text: 'ICT incident INC0012345 raised', expect: [] },
  { text: 'incident IM1234567 still open', expect: [] },
  { text: 'Service first number SF12345678 quoted', expect: [] },
  { text: 'RITM0123456 logged through mySupport', expect: [] },
  { text: 'arrears of $1,234.56 generated', expect: [] },
  { text: 'overpayment $12,345,678.90 looks wrong', expect: [] },
  { text: 'rate $987.65 per fortnight', expect: [] },
  { text: 'paid on 12/03/2026', expect: [] },
  { text: 'EPED 30/06/2026', expect: [] },
  { text: 'effective 30 June 2026', expect: [] },
  { text: 'next payment 1 March 2026', expect: [] },
  { text: 'due 2026-03-15', expect: [] },
  { text: 'lodged 15/01/2025, still pending', expect: [] },
  { text: 'The claim was granted on 01/07/2024.', expect: [] },
  { text: 'from 1/7/2019 the rate changed', expect: [] },
  { text: 'review date 3 Jan 2027', expect: [] },
  { text: 'The NNU dated 14/02/2026 applies', expect: [] },
  { text: 'customer called at 10:45 am', expect: [] },
  { text: 'waited 12:30 to 13:15', expect: [] },
  { text: 'taper rate of 50% applies above 2,000', expect: [] },
  { text: 'income test reduces by 12.5%', expect: [] },
  { text: 'postcode 2000', expect: [] },
  { text: 'lives in 4870, remote area', expect: [] },
  { text: 'NNU 2024/031 confirms no workaround', expect: [] },
  { text: 'NNU-2025-117 known issue', expect: [] },
  { text: 'payment code FTB-A and JSP', expect: [] },
  { text: 'reason code CAN 019', expect: [] },
  { text: 'Q999 letter requested', expect: [] },
  { text: 'P24845 step-parent issue applies', expect: [] },
  { text: '12345678 is not a TFN', expect: [] },
  { text: 'batch 1234567890 failed', expect: [] },
  { text: 'number 2123 45671 1 on the form', expect: [] },
  { text: 'job 876 543 211 in the queue', expect: [] },
  { text: 'amount 123456789 cents', expect: [] },
  { text: 'call 13 24 68 for Centrelink', expect: [] },
  { text: 'Families line 136 150', expect: [] },
  { text: 'use 1800 050 004', expect: [] },
  { text: 'ref 111-04123456-01 page', expect: [] },
  { text: 'activity 0412345678901 closed', expect: [] },
  { text: 'ABN 90 794 605 008', expect: [] },
  { text: 'Child Support Unit enquiry', expect: [] },
  { text: 'Child Care Subsidy not paying', expect: [] },
  { text: 'partner Income test applies', expect: [] },
  { text: 'Dr appointment on Monday', expect: [] },
  { text: 'Please check with The Team Leader', expect: [] },
  { text: 'Ms Teams is down', expect: [] },
  { text: 'Member of a Couple assessment for the partner', expect: [] },
  { text: 'Person record shows two addresses', expect: [] },
  { text: 'TAP for the daughter studying at TAFE', expect: [] },
  { text: 'email the team at @boutique channel', expect: [] },
  { text: 'mailbox name only: not@valid', expect: [] },
  { text: 'version 1.2.2024 of the form', expect: [] },
  { text: 'FY 2015-16 tax return', expect: [] },
  { text: 'financial year 2015/16 assessment', expect: [] },
  { text: 'in 1985 the customer moved', expect: [] },
  { text: 'between 9/11 and now', expect: [] },
  { text: 'Error 500 from Process Direct at 3:15', expect: [] },
  { text: 'Apprentices claim, 3 days in', expect: [] },
  { text: 'ABSTUDY living allowance for 2026', expect: [] },
  { text: 'Step 4 of 111-05070020 fails', expect: [] },
  { text: 'code 31/12/99 looks odd', expect: [] },
  { text: '', expect: [] },
  { text: 'Nothing checked', expect: [] },
  { text: 'Reviewed 30/13/2026 (typo)', expect: [] },
  { text: 'Customer 99/99/1985 invalid', expect: [] },
  { text: 'Roxy Digital Assistant gave a different answer', expect: [] },
  { text: 'Team Leader and Senior Practitioner in Adelaide agree', expect: [] },
  { text: 'Farm Household Allowance and Paid Parental Leave both affected', expect: [] },
  { text: 'Will the customer be paid on Monday?', expect: [] },
  { text: 'Mark the claim as urgent', expect: [] },
  { text: 'Lincoln University student on ABSTUDY', expect: [] },
  { text: 'Austin Health letter attached', expect: [] },
  { text: '3 claims close to the deadline', expect: [] },
  { text: 'Paid 2 weeks in a row', expect: [] },
  { text: 'Employer rang about PPL funds', expect: [] },
  { text: 'Her son is 7 and in her care', expect: [] }
];

/** Every fixture. */
export const PRIVACY_FIXTURES: PrivacyFixture[] = POSITIVE_FIXTURES.concat(NEGATIVE_FIXTURES);
