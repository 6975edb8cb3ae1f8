import { DEFAULT_WORK_TYPES, offeredWorkTypes, sameWorkTypes, workTypesFromList, workTypeTitle } from './workTypes';
import type { WorkType } from './workTypes';

describe('work types of a site', () => {
  it('are the built-in types by title until the Work Types list is read (or while it is empty)', () => {
    const defaults = workTypesFromList(undefined);
    expect(defaults).toHaveLength(DEFAULT_WORK_TYPES.length);
    expect(defaults.map((t) => t.title)).toEqual(
      defaults
        .map((t) => t.title)
        .slice()
        .sort((a, b) => a.localeCompare(b))
    );
    expect(workTypesFromList([])).toBe(defaults);
    expect(sameWorkTypes(defaults, workTypesFromList(DEFAULT_WORK_TYPES.slice()))).toBe(true);
  });

  it('follow the list once read: its rows win, a type it dropped is kept only to title older items', () => {
    const list: WorkType[] = [
      { key: 'ABSTUDY', title: 'ABSTUDY', active: false, guidelineMinutes: 10 },
      { key: 'AIC', title: 'Isolated Children (list title)', active: true, guidelineMinutes: 15 },
      { key: 'NEWTYPE', title: 'A new type', active: true, guidelineMinutes: 7 }
    ];
    const types = workTypesFromList(list);
    expect(types).toHaveLength(DEFAULT_WORK_TYPES.length + 1);
    expect(types.filter((w) => w.key === 'PES')[0]).toMatchObject({
      title: 'Pensioner Education Supplement (PES)',
      active: false
    });
    expect(offeredWorkTypes(types).map((w) => w.key)).toEqual(['NEWTYPE', 'AIC']);
    expect(workTypeTitle(types, 'aic')).toBe('Isolated Children (list title)');
    expect(workTypeTitle(types, 'UNKNOWN')).toBe('UNKNOWN');
    expect(sameWorkTypes(workTypesFromList(undefined), types)).toBe(false);
  });
});
