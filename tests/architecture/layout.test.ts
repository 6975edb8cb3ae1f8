// The layout BRIEF.md asks for, checked from the source: web part classes stay thin wiring, loc keys do not drift
// between mystrings.d.ts and en-us.js. Import rules (pure domain, no SPFx in components) are ESLint's: lintRules.test.mjs.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

const sourceFiles = walk(path.join(root, 'src')).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));

describe('source layout', () => {
  it('keeps each web part class to wiring: it names its root component and nothing else', () => {
    const classes = sourceFiles.filter((f) => /WebPart\.ts$/.test(f));
    expect(classes.map((f) => path.basename(f)).sort()).toEqual([
      'AskTpsWebPart.ts',
      'EscalationsWebPart.ts',
      'QolChecksWebPart.ts',
      'TpsQueueWebPart.ts'
    ]);
    for (const file of classes) {
      const source = fs.readFileSync(file, 'utf8');
      expect(source).toMatch(/extends BoutiqueWebPartBase/);
      expect(source.split('\n').length).toBeLessThan(20);
    }
  });

  it('keeps loc keys identical between mystrings.d.ts and en-us.js', () => {
    const locDirs = walk(path.join(root, 'src'))
      .filter((f) => /[\\/]loc[\\/]en-us\.js$/.test(f))
      .map((f) => path.dirname(f));
    expect(locDirs.length).toBe(5);
    for (const dir of locDirs) {
      let strings: Record<string, string> = {};
      const define = (_deps: unknown, factory: () => Record<string, string>): void => {
        strings = factory();
      };
      // eslint-disable-next-line no-new-func
      new Function('define', fs.readFileSync(path.join(dir, 'en-us.js'), 'utf8'))(define);
      const declared = [
        ...fs.readFileSync(path.join(dir, 'mystrings.d.ts'), 'utf8').matchAll(/^\s+(\w+): string;/gm)
      ].map((m) => m[1]);
      expect({ dir: path.relative(root, dir), keys: Object.keys(strings).sort() }).toEqual({
        dir: path.relative(root, dir),
        keys: declared.sort()
      });
    }
  });

  it('gives every web part manifest the four hosts BRIEF.md asks for', () => {
    const manifests = walk(path.join(root, 'src/webparts')).filter((f) => f.endsWith('.manifest.json'));
    expect(manifests).toHaveLength(4);
    for (const file of manifests) {
      // Manifests are JSON with comments in SPFx; ours have none.
      const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { supportedHosts: string[] };
      expect(manifest.supportedHosts.sort()).toEqual([
        'SharePointFullPage',
        'SharePointWebPart',
        'TeamsPersonalApp',
        'TeamsTab'
      ]);
    }
  });
});
