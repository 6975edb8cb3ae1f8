// THIRD-PARTY-NOTICES.md must list what the ship bundles contain now: `npm test` runs this after `npm run ship`.
import fs from 'node:fs';
import path from 'node:path';

// CommonJS build script (scripts/notices.js), read as it runs from `npm run notices`.
// eslint-disable-next-line @typescript-eslint/no-var-requires, @typescript-eslint/no-require-imports
const { noticesText } = require('../../scripts/notices') as { noticesText: () => string };

const root = path.resolve(__dirname, '../..');

describe('THIRD-PARTY-NOTICES.md', () => {
  it('equals what `npm run notices` writes from the ship bundles (run it when this fails)', () => {
    const committed = fs.readFileSync(path.join(root, 'THIRD-PARTY-NOTICES.md'), 'utf8');
    expect(committed === noticesText()).toBe(true);
  });

  it('names the bundled libraries and credits the public holiday data under its licence', () => {
    const text = noticesText();
    expect(text).toMatch(/\| @fluentui\/react \| [\d.]+ \| MIT \|/);
    expect(text).toMatch(/\| @pnp\/sp \| [\d.]+ \| MIT \|/);
    expect(text).toContain('date-holidays');
    expect(text).toContain('https://en.wikipedia.org/wiki/Public_holidays_in_Australia');
    expect(text).toContain('CC BY-SA 3.0');
  });
});
