import {
  GROUP,
  IFieldDefinition,
  IListGrant,
  LIST,
  listDefinition,
  OFFICER_ROLE,
  RoleType,
  SCHEMA,
  SCHEMA_VERSION,
  schemaAtVersion,
  SITE_OWNERS,
  TPS_CONTRIBUTOR_ROLE
} from '../../src/data/schema';
import { withPermissions } from '../../src/data/provisioning/plan';
import { readFields, writeFields } from '../../src/data/stores/fieldMap';
import { ENQUIRY_FIELDS } from '../../src/data/stores/types';

function field(list: string, name: string): IFieldDefinition | undefined {
  return listDefinition(SCHEMA, list).fields.filter((f) => f.internalName === name)[0];
}

describe('schema', () => {
  it('is version 5 with eleven lists and three groups', () => {
    expect(SCHEMA.version).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(5);
    expect(SCHEMA.lists.map((l) => l.title)).toEqual([
      'TPS Settings',
      'Work Types',
      'TPS Roster',
      'Enquiries',
      'Escalations',
      'QOL Checks',
      'Feedback',
      'QOL Results',
      'QOL Responses',
      'Enquiry Handling',
      'Feedback Notices',
      'TPS Resources',
      'QOL Directions'
    ]);
    expect(SCHEMA.groups.map((g) => g.title)).toEqual(['Service Officers', 'TPS Officers', 'Service Support Officers']);
  });

  it('gives TPSOs no grant on Feedback Notices (each notice is granted to its one TPSO) and no item-level security there', () => {
    const n = listDefinition(SCHEMA, LIST.feedbackNotices);
    expect(n.readSecurity).toBeUndefined();
    expect(n.permissions!.grants.map((g) => g.principal)).not.toContain('TPS Officers');
    expect(n.permissions!.grants.map((g) => g.principal)).not.toContain('Service Officers');
  });

  it('secures enquiries per item and keys every create', () => {
    const e = listDefinition(SCHEMA, LIST.enquiries);
    expect([e.readSecurity, e.writeSecurity]).toEqual([2, 2]);
    for (const l of [LIST.enquiries, LIST.escalations, LIST.qolChecks, LIST.feedback]) {
      expect(field(l, 'RequestKey')).toMatchObject({ type: 'Text', indexed: true });
    }
    expect(field(LIST.enquiries, 'CRN')).toMatchObject({ maxLength: 12 });
    expect(field(LIST.enquiries, 'Status')!.choices).toContain('Withdrawn');
  });

  it('declares who may use each list: TPS staff only on escalations and QOL, read-only roster and work types', () => {
    const grants = (title: string): IListGrant[] =>
      (listDefinition(SCHEMA, title).permissions || { grants: [] }).grants.slice();
    const ownersFull: IListGrant = { principal: SITE_OWNERS, role: RoleType.Administrator };
    for (const title of [LIST.escalations, LIST.qolChecks, LIST.handling]) {
      expect(grants(title)).toEqual([
        ownersFull,
        { principal: GROUP.tpsOfficers, role: TPS_CONTRIBUTOR_ROLE },
        { principal: GROUP.serviceSupportOfficers, role: TPS_CONTRIBUTOR_ROLE }
      ]);
    }
    for (const title of [LIST.roster, LIST.workTypes, LIST.resources]) {
      expect(grants(title)).toEqual([
        ownersFull,
        { principal: GROUP.serviceOfficers, role: RoleType.Reader },
        { principal: GROUP.tpsOfficers, role: RoleType.Reader },
        { principal: GROUP.serviceSupportOfficers, role: RoleType.Reader }
      ]);
    }
    const feedback = listDefinition(SCHEMA, LIST.feedback);
    expect([feedback.readSecurity, feedback.writeSecurity]).toEqual([2, 2]);
    expect(grants(LIST.feedback)).toContainEqual({ principal: GROUP.serviceOfficers, role: OFFICER_ROLE });
    expect(grants(LIST.feedback)).toContainEqual({
      principal: GROUP.serviceSupportOfficers,
      role: TPS_CONTRIBUTOR_ROLE
    });
    // no list of customer work inherits the web (its Members hold Manage Lists, its Visitors Read); TPS Settings
    // is read by the groups only, so someone in none is told whom to ask at the first request
    expect(grants(LIST.enquiries)).toEqual([
      ownersFull,
      { principal: GROUP.serviceOfficers, role: OFFICER_ROLE },
      { principal: GROUP.tpsOfficers, role: TPS_CONTRIBUTOR_ROLE },
      { principal: GROUP.serviceSupportOfficers, role: TPS_CONTRIBUTOR_ROLE }
    ]);
    expect(grants(LIST.settings)).toEqual(grants(LIST.workTypes));
    // no Boutique TPS permission level deletes
    for (const r of SCHEMA.roles) {
      expect(r.removedPermissions).toEqual(expect.arrayContaining([4]));
    }
    expect(SCHEMA.groups.map((g) => g.role)).toEqual([OFFICER_ROLE, TPS_CONTRIBUTOR_ROLE, TPS_CONTRIBUTOR_ROLE]);
    // one handling item per enquiry: EnquiryId is unique (no item-level security on that list)
    const handling = listDefinition(SCHEMA, LIST.handling);
    expect(handling.readSecurity).toBeUndefined();
    expect(field(LIST.handling, 'EnquiryId')).toMatchObject({ indexed: true, unique: true });
    expect(SCHEMA.lists.filter((l) => !l.permissions)).toEqual([]);
  });

  it('never asks for a unique column on a list with item-level read security (SharePoint Online refuses it)', () => {
    for (const l of SCHEMA.lists) {
      if (l.readSecurity === 2) {
        expect({ list: l.title, unique: l.fields.filter((f) => f.unique).map((f) => f.internalName) }).toEqual({
          list: l.title,
          unique: []
        });
      }
    }
  });

  it('before version 3 every RequestKey was unique, no Canberra choice, no view columns', () => {
    const v2 = schemaAtVersion(SCHEMA, 2);
    for (const l of [LIST.enquiries, LIST.feedback]) {
      expect(listDefinition(v2, l).fields.filter((f) => f.internalName === 'RequestKey')[0].unique).toBe(true);
      expect(listDefinition(v2, l).defaultViewFields).toBeUndefined();
    }
    expect(listDefinition(v2, LIST.enquiries).permissions).toBeUndefined();
    expect(
      listDefinition(v2, LIST.roster).fields.filter((f) => f.internalName === 'CentreTimeZone')[0].choices
    ).not.toContain('Australia/Canberra');
  });

  it('feedback review statuses and the TPS Resources list come with version 4, appended', () => {
    const status = (version: number): ReadonlyArray<string> | undefined =>
      listDefinition(schemaAtVersion(SCHEMA, version), LIST.feedback).fields.filter(
        (f) => f.internalName === 'Status'
      )[0].choices;
    expect(status(3)).toEqual(['New', 'Acknowledged']);
    expect(status(4)).toEqual(['New', 'Acknowledged', 'Flagged', 'Confirmed', 'Declined', 'Closed']);
    expect(schemaAtVersion(SCHEMA, 3).lists.map((l) => l.title)).not.toContain(LIST.resources);
    const resources = listDefinition(SCHEMA, LIST.resources);
    expect(resources.fields.every((f) => f.addedInVersion === 4)).toBe(true);
    expect(
      listDefinition(SCHEMA, LIST.enquiries)
        .fields.slice(-4)
        .map((f) => [f.internalName, f.addedInVersion])
    ).toEqual([
      ['EscalationCategory', 4],
      ['NnuReference', 4],
      ['StopPayment', 4],
      ['ContactSource', 4]
    ]);
  });

  it('shows the columns owners keep in the default views of Work Types and TPS Roster', () => {
    for (const l of [LIST.workTypes, LIST.roster, LIST.resources]) {
      const def = listDefinition(SCHEMA, l);
      expect((def.defaultViewFields || []).slice().sort()).toEqual(def.fields.map((f) => f.internalName).sort());
    }
  });

  it('the schema at version 1 has no list permissions and no item-level security on feedback', () => {
    const v1 = schemaAtVersion(SCHEMA, 1);
    expect(v1.lists.filter((l) => !!l.permissions)).toEqual([]);
    expect(listDefinition(v1, LIST.feedback).readSecurity).toBeUndefined();
    expect(listDefinition(v1, LIST.enquiries).readSecurity).toBe(2);
  });

  it('every mapped enquiry property is a schema field', () => {
    const names = listDefinition(SCHEMA, LIST.enquiries).fields.map((f) => f.internalName);
    for (const m of ENQUIRY_FIELDS) {
      expect(names).toContain(m.field);
    }
  });

  it('text fields fit SharePoint (255)', () => {
    for (const l of SCHEMA.lists) {
      for (const f of l.fields) {
        if (f.type === 'Text') {
          expect(f.maxLength || 255).toBeLessThanOrEqual(255);
        }
      }
    }
  });
});

describe('permissions maths', () => {
  it('adds Override List Behaviors (CancelCheckout, bit 9) to Contribute', () => {
    const contribute = { high: 432, low: 1011030767 };
    const r = withPermissions(contribute, [9]);
    expect(r.low).toBe((1011030767 | 256) >>> 0);
    expect(r.high).toBe(432);
    expect(withPermissions({ high: 0, low: 0 }, [31])).toEqual({ high: 0, low: 2 ** 30 });
    expect(withPermissions({ high: 0, low: 0 }, [32]).low).toBe(2 ** 31);
  });
});

describe('field mapping', () => {
  it('round-trips dates, multi choices and clears', () => {
    const at = new Date('2025-03-01T01:02:03.000Z');
    const body = writeFields(
      { claimedAt: at, referencesChecked: ['NNU'], crn: 'x', status: undefined },
      ENQUIRY_FIELDS,
      ['crn']
    );
    expect(body).toEqual({ ClaimedAt: '2025-03-01T01:02:03.000Z', ReferencesChecked: ['NNU'], CRN: '' });
    const read = readFields(
      {
        Id: 1,
        ClaimedAt: '2025-03-01T01:02:03Z',
        ReferencesChecked: { results: ['NNU', 'mySupport'] },
        CustomerOnHold: true
      },
      ENQUIRY_FIELDS
    );
    expect(read.claimedAt).toEqual(at);
    expect(read.referencesChecked).toEqual(['NNU', 'mySupport']);
    expect(read.customerOnHold).toBe(true);
    expect(read.crn).toBeUndefined();
  });
});
