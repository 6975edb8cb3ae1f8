/**
 * Demo data for the local workbench: group memberships, the roster, a few hundred enquiries across work types and
 * states over the last three weeks, live waiting ones, escalations with computed deadlines, and QOL checks.
 * History goes in through the local SharePoint's bulk hook (SharePoint itself cannot backdate Created); everything
 * live goes through the app's own stores as the persona who would do it.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import { LIST } from '../../src/data/schema';
import { EnquiryStore, resolvedDayKey } from '../../src/data/stores/EnquiryStore';
import { EscalationStore } from '../../src/data/stores/EscalationStore';
import { HandlingStore } from '../../src/data/stores/HandlingStore';
import type { IHandling } from '../../src/data/stores/types';
import { hasBlockingFindings } from '../../src/domain/privacy';
import { computeEscalationDeadlines } from '../../src/domain/escalationDeadlines';
import { createBusinessCalendar } from '../../src/domain/businessCalendar';
import type { EscalationCategory } from '../../src/domain/escalationCategories';
import { ENQUIRY_REASONS, NOTHING_CHECKED, REFERENCES_CHECKED } from '../../src/domain/enquiryValues';
import type { ILocalSharePoint } from '../server';
import personasFile from '../personas.json';
import { localSpAs } from './localClient';
import { addPersonasToGroups } from './personaGroups';
import { DEMO_ANSWERS, DEMO_QUESTIONS, DEMO_REFERENCES } from './demoText';
import { seedEscalations } from './seedEscalations';
import { seedResources } from './seedResources';
import { seedQol } from './seedQol';
import { seedBlueprint } from './seedBlueprint';

interface IDemoPersona {
  login: string;
  title: string;
  role: string;
  centre: string;
  timeZone: string;
  groups?: string[];
  workTypes?: string[];
  siteOwner?: boolean;
}

const personas = personasFile.personas as IDemoPersona[];
const OWNER = 'owner@boutique.local';
const OFFICERS = personas.filter((p) => p.role === 'Service Officer');
const TPSOS = personas.filter((p) => p.role === 'TPSO');
const REASONS: string[] = ENQUIRY_REASONS.slice();
const CHECKED: string[] = REFERENCES_CHECKED.filter((r) => r !== NOTHING_CHECKED);

/** Small deterministic generator: the same demo data on every machine. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

function clean(text: string): string {
  if (hasBlockingFindings(text)) throw new Error(`Demo text would break the privacy rule: ${text}`);
  return text;
}

export async function seedDemoData(
  server: ILocalSharePoint,
  log: (line: string) => void
): Promise<Record<string, number>> {
  const owner = localSpAs(server.siteUrl, OWNER);
  const next = random(20261122);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)];

  // Groups: who is who after set-up.
  const userIds: Record<string, number> = {};
  for (const persona of personas) {
    const user = await owner.web.ensureUser(persona.login);
    userIds[persona.login] = user.Id;
  }
  await addPersonasToGroups(owner);

  // Roster: TPSOs with their specialties, the SSO and the team leader.
  const roster = owner.web.lists.getByTitle(LIST.roster).items;
  for (const persona of personas.filter((p) => p.role === 'TPSO' || p.role === 'SSO' || p.role === 'Team Leader')) {
    await roster.add({
      Title: persona.title,
      PersonId: userIds[persona.login],
      PersonKey: persona.login,
      WorkTypes: (persona.workTypes || []).join(';'),
      Role: persona.role === 'Team Leader' ? 'TeamLeader' : persona.role,
      Centre: persona.centre,
      CentreTimeZone: persona.timeZone,
      OnDuty: true,
      TeamLeaderKey: 'tl@boutique.local'
    });
  }

  // History: resolved, escalated and withdrawn enquiries over the last three weeks.
  const now = Date.now();
  const workTypes = Object.keys(DEMO_QUESTIONS);
  let history = 0;
  // What TPS staff decided about each past enquiry, written to Enquiry Handling by the TPSO (what the queue's
  // Mine, Taken over and Resolved today read): keyed by the enquiry's RequestKey until its id is known.
  const decided: Array<{ tpso: string; requestKey: string; row: Record<string, unknown> }> = [];
  // This morning: the first enquiries of each officer were answered in the last hours of today (local time), so
  // every TPSO's "Resolved today" has a morning's work in it.
  const sinceMidnight = now - new Date(new Date(now).setHours(0, 0, 0, 0)).getTime();
  const morning = Math.min(sinceMidnight, 3 * 3600 * 1000);
  for (const officer of OFFICERS) {
    const rows: Record<string, unknown>[] = [];
    for (let i = 0; i < 150; i++) {
      const today = i < 6;
      const workType = today
        ? pick((TPSOS[i % TPSOS.length].workTypes || workTypes).filter((w) => DEMO_QUESTIONS[w]))
        : pick(workTypes);
      const tpso = TPSOS.find((t) => (t.workTypes || []).indexOf(workType) >= 0) || pick(TPSOS);
      const created = today
        ? new Date(now - morning * (0.3 + 0.6 * next()) - 20 * 60 * 1000 * next())
        : new Date(now - 30 * 60 * 1000 - next() * 21 * 24 * 3600 * 1000);
      const claimed = new Date(created.getTime() + (1 + next() * 6) * 60 * 1000);
      const resolved = new Date(claimed.getTime() + (2 + next() * 12) * 60 * 1000);
      const roll = next();
      const status = today ? 'Resolved' : roll < 0.82 ? 'Resolved' : roll < 0.92 ? 'Escalated' : 'Withdrawn';
      const resolvedAt = today ? new Date(Math.min(resolved.getTime(), now - 60 * 1000)) : resolved;
      const base: Record<string, unknown> = {
        Title: clean(pick(DEMO_QUESTIONS[workType])).slice(0, 80),
        Created: created.toISOString(),
        Modified: (status === 'Withdrawn' ? created : resolvedAt).toISOString(),
        WorkType: workType,
        Status: status,
        Reason: pick(REASONS),
        Question: clean(pick(DEMO_QUESTIONS[workType])),
        ReferencesChecked:
          next() < 0.1
            ? [NOTHING_CHECKED]
            : [pick(CHECKED), pick(CHECKED)].filter((v, ix, all) => all.indexOf(v) === ix),
        CustomerOnHold: next() < 0.5,
        CentreTimeZone: officer.timeZone,
        RequesterKey: officer.login,
        RequestKey: `demo-${officer.login}-${i}`
      };
      if (status !== 'Withdrawn') {
        Object.assign(base, {
          AssigneeKey: tpso.login,
          AssigneeId: userIds[tpso.login],
          ClaimedAt: claimed.toISOString()
        });
      }
      if (status === 'Resolved') {
        Object.assign(base, {
          ResolvedAt: resolvedAt.toISOString(),
          ResolvedDayKey: resolvedDayKey(tpso.login, resolvedAt),
          NotifiedAt: resolvedAt.toISOString(),
          ReferencesGiven: pick(DEMO_REFERENCES),
          Resolution: clean(pick(DEMO_ANSWERS))
        });
      }
      if (status !== 'Withdrawn') {
        const row: Record<string, unknown> = {
          Created: claimed.toISOString(),
          Modified: resolvedAt.toISOString(),
          WorkType: workType,
          Status: status,
          RequesterKey: officer.login,
          AssigneeKey: tpso.login,
          AssigneeId: userIds[tpso.login],
          ClaimedAt: claimed.toISOString()
        };
        for (const f of ['ResolvedAt', 'ResolvedDayKey', 'NotifiedAt', 'ReferencesGiven', 'Resolution']) {
          if (base[f] !== undefined) row[f] = base[f];
        }
        if (status === 'Escalated') row.EscalatedAt = resolvedAt.toISOString();
        decided.push({ tpso: tpso.login, requestKey: String(base.RequestKey), row });
      }
      rows.push(base);
    }
    server.bulkInsert(LIST.enquiries, rows, officer.login);
    history += rows.length;
  }
  // Their Enquiry Handling items, as each TPSO would have written them (the list is TPS staff's own).
  const ids: Record<string, number> = {};
  const stored: Array<{ Id: number; RequestKey: string }> = await owner.web.lists
    .getByTitle(LIST.enquiries)
    .items.select('Id', 'RequestKey')
    .top(5000)();
  for (const e of stored) ids[e.RequestKey] = e.Id;
  for (const tpso of TPSOS) {
    const rows = decided
      .filter((d) => d.tpso === tpso.login)
      .map((d) => ({ Title: String(ids[d.requestKey]), EnquiryId: ids[d.requestKey], ...d.row }));
    server.bulkInsert(LIST.handling, rows, tpso.login);
  }

  // Live: enquiries posted in the last minutes, waiting for a TPSO; two already claimed.
  const live: Array<{ officer: IDemoPersona; workType: string; minutesAgo: number }> = [
    { officer: OFFICERS[0], workType: 'ABSTUDY', minutesAgo: 2 },
    { officer: OFFICERS[1], workType: 'FHA', minutesAgo: 4 },
    { officer: OFFICERS[0], workType: 'PES', minutesAgo: 7 },
    { officer: OFFICERS[1], workType: 'AIC', minutesAgo: 9 },
    { officer: OFFICERS[0], workType: 'EMEP', minutesAgo: 12 },
    { officer: OFFICERS[1], workType: 'TAP', minutesAgo: 1 },
    { officer: OFFICERS[0], workType: 'MIV', minutesAgo: 6 },
    { officer: OFFICERS[1], workType: 'ABSTUDY', minutesAgo: 3 }
  ];
  const liveIds: number[] = [];
  for (let i = 0; i < live.length; i++) {
    const { officer, workType } = live[i];
    const store = new EnquiryStore(localSpAs(server.siteUrl, officer.login));
    const created = await store.create({
      requestKey: `demo-live-${i}`,
      workType,
      reason: pick(REASONS),
      question: clean(pick(DEMO_QUESTIONS[workType])),
      referencesChecked: ['Operational Blueprint', 'NNU'],
      referencesRead: '111-05070020',
      customerOnHold: i % 2 === 0,
      centreTimeZone: officer.timeZone,
      requesterKey: officer.login
    });
    liveIds.push(created.id);
  }
  // A morning in the queue: each TPSO holds one claimed and one taken over (Mine, Taken over), written as the
  // queue writes them: Enquiry Handling first, then the copy on the officer's item.
  const held: Array<{ index: number; tpso: IDemoPersona; takeOver?: string }> = [
    { index: 0, tpso: TPSOS[0] },
    { index: 7, tpso: TPSOS[0], takeOver: 'Complex arrears: the officer can serve the next customer' },
    { index: 1, tpso: TPSOS[1] },
    { index: 6, tpso: TPSOS[1], takeOver: 'Manual intervention needs a full reassessment' }
  ];
  for (const { index, tpso, takeOver } of held) {
    const sp = localSpAs(server.siteUrl, tpso.login);
    const enquiries = new EnquiryStore(sp);
    const e = await enquiries.getById(liveIds[index]);
    const claimedAt = new Date(now - (live[index].minutesAgo - 1) * 60 * 1000);
    const handling = new HandlingStore(sp);
    let h: IHandling = await handling.claim(
      { enquiryId: e.id, workType: e.workType, requesterKey: e.requesterKey },
      tpso.login,
      userIds[tpso.login],
      claimedAt
    );
    if (takeOver) {
      h = await handling.update(h, {
        status: 'TakenOver',
        takenOverAt: new Date(),
        takenOverByKey: tpso.login,
        takeOverReason: takeOver
      });
    }
    await enquiries.patchOnce(
      e.id,
      {
        status: h.status,
        assigneeKey: tpso.login,
        claimedAt,
        ...(takeOver ? { takenOverAt: h.takenOverAt, takenOverByKey: tpso.login, takeOverReason: takeOver } : {})
      },
      e.etag,
      userIds[tpso.login]
    );
  }

  // Escalations: one of each category, raised by the TPSOs, with deadlines from the domain rules.
  const categories: EscalationCategory[] = [
    'ArrearsStopPayment',
    'NotificationOfDeath',
    'FCSO',
    'SystemIssue',
    'PolicyReferral',
    'ComplexUnableToResolve',
    'ReviewOfDecision'
  ];
  let escalations = 0;
  for (let i = 0; i < categories.length * 2; i++) {
    const category = categories[i % categories.length];
    const tpso = TPSOS[i % TPSOS.length];
    const raisedAt = new Date(now - next() * 5 * 24 * 3600 * 1000);
    const referredToIct =
      category === 'SystemIssue' || category === 'FCSO' || (category === 'NotificationOfDeath' && i % 2 === 1);
    const eped =
      category === 'SystemIssue' ? new Date(raisedAt.getTime() + (3 + next() * 10) * 24 * 3600 * 1000) : undefined;
    const deadlines = computeEscalationDeadlines(
      {
        category,
        raisedAt,
        timeZone: tpso.timeZone,
        referredToIct,
        eped,
        affectsEntitlement: category === 'SystemIssue',
        finalisedAtFirstContact: false
      },
      createBusinessCalendar({ timeZone: tpso.timeZone })
    );
    const workType = pick((tpso.workTypes || workTypes).slice());
    await new EscalationStore(localSpAs(server.siteUrl, tpso.login)).create({
      requestKey: `demo-escalation-${i}`,
      enquiryId: 1 + Math.floor(next() * history),
      workType,
      category,
      dueAt: deadlines.dueAt,
      reviewAt: deadlines.reviewAt,
      nextFollowUpAt: deadlines.nextFollowUpAt,
      eped,
      referredToIct,
      ictIncident: referredToIct ? `INC${String(4000000 + Math.floor(next() * 999999))}` : undefined,
      docRecorded: true,
      urgent: deadlines.urgent,
      raisedByKey: tpso.login,
      centreTimeZone: tpso.timeZone,
      summary: clean(`${pick(DEMO_QUESTIONS[workType])} Escalated: ${deadlines.label}.`)
    });
    escalations++;
  }

  escalations += await seedEscalations(server.siteUrl, now);
  await seedBlueprint(server.siteUrl, now);

  const qol = await seedQol(server.siteUrl, now);
  log(`  ${await seedResources(server, now)} Operational Blueprint demo items (resources, typed references, flags)`);
  log(`  ${history} past enquiries, ${live.length} live, ${escalations} escalations, ${qol} QOL checks`);
  return { enquiries: history + live.length, escalations, 'QOL checks': qol };
}
