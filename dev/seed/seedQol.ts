/**
 * Demo QOL checks: a real morning for a checker and an officer. Tom and Fiona (TPSOs) have checked Sam's and Priya's
 * work in their own work types over this month and last, with every outcome; some feedback is acknowledged and some
 * send-backs confirmed corrected, others still open; one urgent request waits in Tom's queue; Terry has directed checks to Tom. Everything goes in through the app's stores as the persona who
 * would do it (checks and the officers' copies as the checker; responses as the officer), so the officers' copies
 * carry their own permissions exactly as the web part makes them.
 */
import { QolCheckStore } from '../../src/data/stores/QolCheckStore';
import { QolDirectionStore } from '../../src/data/stores/QolDirectionStore';
import { QolResponseStore } from '../../src/data/stores/QolResponseStore';
import { QolResultStore } from '../../src/data/stores/QolResultStore';
import { assessQol, qolMonthKey, URGENT_REQUEST_KIND, urgentMonthKey } from '../../src/domain/qol';
import type { FourPillar, NonCriticalErrorKind } from '../../src/domain/qol';
import { hasBlockingFindings } from '../../src/domain/privacy';
import { localSpAs } from './localClient';

const DAY: number = 24 * 3600 * 1000;

interface IDemoCheck {
  checker: string;
  officer: string;
  workType: string;
  daysAgo: number;
  pillars?: FourPillar[];
  errors?: NonCriticalErrorKind[];
  feedback?: string;
  /** The officer has acknowledged the feedback / confirmed the correction. */
  acknowledged?: boolean;
  corrected?: boolean;
}

const T1 = 'tpso1@boutique.local';
const T2 = 'tpso2@boutique.local';
const S1 = 'so1@boutique.local';
const S2 = 'so2@boutique.local';

const DEMO: IDemoCheck[] = [
  { checker: T1, officer: S1, workType: 'ABSTUDY', daysAgo: 0 },
  {
    checker: T1,
    officer: S1,
    workType: 'ABSTUDY',
    daysAgo: 1,
    pillars: ['RightRate'],
    feedback: "The rate used last year's income estimate; recalculate from the current estimate."
  },
  {
    checker: T1,
    officer: S1,
    workType: 'PES',
    daysAgo: 2,
    errors: ['Documentation'],
    feedback: 'The DOC does not say which reference was used.'
  },
  {
    checker: T1,
    officer: S1,
    workType: 'AIC',
    daysAgo: 3,
    pillars: ['RightDate'],
    feedback: 'Date of effect taken from the wrong event; see the reference and recode.',
    acknowledged: true,
    corrected: true
  },
  { checker: T1, officer: S2, workType: 'TAP', daysAgo: 1 },
  {
    checker: T1,
    officer: S2,
    workType: 'TAP',
    daysAgo: 4,
    errors: ['LetterOrNotification', 'ActivityManagement'],
    feedback: 'The letter was not issued and the activity was left open.',
    acknowledged: true
  },
  { checker: T1, officer: S2, workType: 'APPRENTICES', daysAgo: 6 },
  {
    checker: T1,
    officer: S2,
    workType: 'ABSTUDY',
    daysAgo: 35,
    pillars: ['RightPerson'],
    feedback: "The change was coded on the partner's record.",
    acknowledged: true
  },
  {
    checker: T2,
    officer: S1,
    workType: 'FHA',
    daysAgo: 0,
    errors: ['ProcedureNotFollowed'],
    feedback: 'The checklist step for assets was skipped.'
  },
  { checker: T2, officer: S1, workType: 'FHA', daysAgo: 2 },
  { checker: T2, officer: S1, workType: 'EMEP', daysAgo: 40 },
  {
    checker: T2,
    officer: S2,
    workType: 'MIV',
    daysAgo: 1,
    pillars: ['RightProgram', 'RightRate'],
    feedback: 'Assessed under the wrong program; the rate follows from it.'
  },
  { checker: T2, officer: S2, workType: 'AISR', daysAgo: 3 },
  {
    checker: T2,
    officer: S2,
    workType: 'FHA_VOUCHER',
    daysAgo: 5,
    errors: ['Other'],
    feedback: 'Voucher approval noted in the wrong field.',
    acknowledged: true
  }
];

/** Seeds the demo QOL checks with the officers' copies and some responses; returns how many checks. */
export async function seedQol(siteUrl: string, now: number = Date.now()): Promise<number> {
  let n = 0;
  for (const d of DEMO) {
    const sp = localSpAs(siteUrl, d.checker);
    const checkedAt = new Date(now - d.daysAgo * DAY);
    const pillars: FourPillar[] = d.pillars || [];
    const errors: NonCriticalErrorKind[] = d.errors || [];
    const feedback: string = d.feedback || '';
    if (hasBlockingFindings(feedback)) throw new Error(`Demo feedback would break the privacy rule: ${feedback}`);
    const verdict = assessQol(pillars, errors.length);
    const requestKey = `demo-qol-${n}`;
    const common = {
      requestKey,
      workType: d.workType,
      officerKey: d.officer,
      activityRef: `ACT-${4100 + n}`,
      outcome: verdict.outcome,
      pillarsFailed: pillars.slice(),
      nonCriticalErrors: errors.slice(),
      feedback,
      sentBack: verdict.requiresSendBack,
      checkedAt
    };
    const y = checkedAt.getFullYear();
    const m = checkedAt.getMonth() + 1;
    const check = await new QolCheckStore(sp).create({
      ...common,
      checkerKey: d.checker,
      urgent: false,
      officerMonthKey: qolMonthKey(d.officer, y, m),
      workTypeMonthKey: qolMonthKey(d.workType, y, m),
      checkerMonthKey: qolMonthKey(d.checker, y, m)
    });
    await new QolResultStore(sp).publish({ ...common, checkId: check.id });
    const responses = new QolResponseStore(localSpAs(siteUrl, d.officer));
    if (d.acknowledged) {
      await responses.respond({
        requestKey: `qol-acknowledged-${check.id}`,
        kind: 'Acknowledged',
        checkId: check.id,
        officerKey: d.officer
      });
    }
    if (d.corrected) {
      await responses.respond({
        requestKey: `qol-corrected-${check.id}`,
        kind: 'Corrected',
        checkId: check.id,
        officerKey: d.officer
      });
    }
    n++;
  }
  // An open urgent request: Sam's business-critical ABSTUDY activity, waiting in Tom's urgent queue.
  const nowDate = new Date(now);
  await new QolResponseStore(localSpAs(siteUrl, S1)).respond({
    requestKey: 'demo-urgent-1',
    kind: URGENT_REQUEST_KIND,
    checkId: 0,
    officerKey: S1,
    workType: 'ABSTUDY',
    urgentReason: 'BusinessCriticalWork',
    activityRef: 'ACT-4300',
    urgentMonthKey: urgentMonthKey(nowDate.getFullYear(), nowDate.getMonth() + 1)
  });
  // Directed checks: Terry Leader asks Tom for five of Sam's activities this week and ten ABSTUDY ones next week.
  const directions = new QolDirectionStore(localSpAs(siteUrl, 'tl@boutique.local'));
  await directions.create({
    requestKey: 'demo-direction-1',
    tpsoKey: T1,
    officerKey: S1,
    checkCount: 5,
    dueDate: new Date(now + 3 * DAY),
    directedByKey: 'tl@boutique.local'
  });
  await directions.create({
    requestKey: 'demo-direction-2',
    tpsoKey: T1,
    workType: 'ABSTUDY',
    checkCount: 10,
    dueDate: new Date(now + 7 * DAY),
    directedByKey: 'tl@boutique.local'
  });
  return n;
}
