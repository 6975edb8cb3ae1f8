import { readReferences, referenceHref, referenceProblem, storeReferences } from './references';

const never = (): boolean => false;

describe('typed references', () => {
  it('reads the older text of OB numbers as OB references, keeping other tokens', () => {
    expect(readReferences('111-05070020, 109-01010000')).toEqual([
      { kind: 'OB', text: '111-05070020' },
      { kind: 'OB', text: '109-01010000' }
    ]);
    expect(readReferences('111-05070020 see-NNU')).toEqual([
      { kind: 'OB', text: '111-05070020' },
      { kind: 'Other', text: 'see-NNU' }
    ]);
    expect(readReferences(undefined)).toEqual([]);
  });

  it('stores plain OB numbers as the older text, so older readers keep working', () => {
    expect(
      storeReferences([
        { kind: 'OB', text: ' 111-05070020 ' },
        { kind: 'OB', text: '109-01010000' },
        { kind: 'NNU', text: '  ' }
      ])
    ).toBe('111-05070020, 109-01010000');
  });

  it('stores any other kind as JSON and reads it back; no OB number needed', () => {
    const refs = [
      { kind: 'NNU' as const, text: 'NNU 2024-118', url: 'https://intranet.example/nnu' },
      { kind: 'OfficeLocator' as const, text: 'Hobart Smart Centre' }
    ];
    const stored: string = storeReferences(refs);
    expect(stored.charAt(0)).toBe('[');
    expect(readReferences(stored)).toEqual(refs);
  });

  it('drops a link on OB numbers and resources, which link themselves', () => {
    expect(
      readReferences(
        storeReferences([
          { kind: 'Resource', text: 'ictServiceDesk', url: 'https://x.example' },
          { kind: 'NNU', text: 'N1' }
        ])
      )
    ).toEqual([
      { kind: 'Resource', text: 'ictServiceDesk' },
      { kind: 'NNU', text: 'N1' }
    ]);
  });

  it('finds what is wrong with one reference', () => {
    expect(referenceProblem({ kind: 'OB', text: '111.11030' }, never)).toBe('notObNumber');
    expect(referenceProblem({ kind: 'mySupport', text: 'KB1', url: 'vbscript:msgbox(1)' }, never)).toBe('badLink');
    expect(referenceProblem({ kind: 'Other', text: ' ' }, never)).toBe('empty');
    expect(referenceProblem({ kind: 'Other', text: 'x' }, () => true)).toBe('privacy');
    expect(
      referenceProblem({ kind: 'mySupport', text: 'KB1', url: 'https://support.example/kb1' }, never)
    ).toBeUndefined();
  });

  it('links OB numbers to the Blueprint, resources to the URL the owner keeps, others to their own link', () => {
    expect(referenceHref({ kind: 'OB', text: '111-05070020' })).toMatch(/search\.aspx\?k=111-05070020$/);
    expect(
      referenceHref({ kind: 'Resource', text: 'ictServiceDesk' }, (k) =>
        k === 'ictServiceDesk' ? 'https://ict.example' : undefined
      )
    ).toBe('https://ict.example');
    expect(referenceHref({ kind: 'Resource', text: 'unknown' }, () => undefined)).toBeUndefined();
    expect(referenceHref({ kind: 'NNU', text: 'N1' })).toBeUndefined();
    expect(referenceHref({ kind: 'NNU', text: 'N1', url: 'https://nnu.example/1' })).toBe('https://nnu.example/1');
  });
});
