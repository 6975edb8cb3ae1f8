import { FIXTURE_NOW } from './__fixtures__/privacy.fixtures';
import { LABELLED_SENTENCES } from './__fixtures__/privacyLabelled';
import type { LabelledSentence } from './__fixtures__/privacyLabelled';
import { measure, PrivacyScore } from './__fixtures__/privacyMeasure';
import { redact, scanText } from './privacy';

// Behaviour thresholds on a fixed labelled set (seed 002 item 7): names are found, ordinary TPS wording is not
// blocked. The figures per kind are printed by `npm run bench`.
describe('privacy guard on the labelled set', () => {
  const score: PrivacyScore = measure(LABELLED_SENTENCES, { now: FIXTURE_NOW });
  const withDetails: LabelledSentence[] = LABELLED_SENTENCES.filter((s) => s.expect.length > 0);

  it('is at least 300 sentences, about half with customer details', () => {
    expect(LABELLED_SENTENCES.length).toBeGreaterThanOrEqual(300);
    expect(withDetails.length).toBeGreaterThanOrEqual(150);
    expect(LABELLED_SENTENCES.length - withDetails.length).toBeGreaterThanOrEqual(150);
  });

  it('finds at least 98% of names (with or without a title, children and ex-partners)', () => {
    expect(score.nameRecall).toBeGreaterThanOrEqual(0.98);
  });

  it('blocks at most 2% of sentences without customer details', () => {
    expect(score.falseBlockRate).toBeLessThanOrEqual(0.02);
  });

  it('finds addresses and bank details', () => {
    expect(score.perKind.address.recall).toBeGreaterThanOrEqual(0.95);
    expect(score.perKind.bank.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('leaves nothing to block once every finding is replaced (the one-click fix)', () => {
    for (const s of withDetails) {
      const redacted: string = redact(s.text, { now: FIXTURE_NOW });
      expect({
        text: s.text,
        left: scanText(redacted, { now: FIXTURE_NOW }).filter((f) => f.severity === 'block')
      }).toEqual({
        text: s.text,
        left: []
      });
    }
  });
});
