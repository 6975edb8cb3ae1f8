/**
 * Keeps src/domain pure: no React, SPFx, PnPjs or Node imports, only relative imports and the date libraries.
 */
import * as fs from 'fs';
import * as path from 'path';

const ALLOWED: RegExp[] = [/^\.\.?\//, /^date-fns(\/|$)/, /^@date-fns\/tz(\/|$)/, /^date-holidays$/];
const IMPORT_RE: RegExp = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full: string = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '__fixtures__') {
        out.push(...sourceFiles(full));
      }
    } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
      out.push(full);
    }
  }
  return out;
}

describe('domain purity', () => {
  const files: string[] = sourceFiles(__dirname);

  it('finds the domain sources', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((f) => [path.relative(__dirname, f), f]))('%s imports only allowed modules', (_name, file) => {
    const text: string = fs.readFileSync(file, 'utf8');
    const bad: string[] = [];
    IMPORT_RE.lastIndex = 0;
    let m: RegExpExecArray | null = IMPORT_RE.exec(text);
    while (m) {
      const spec: string = m[1] || m[2] || m[3] || m[4];
      if (!ALLOWED.some((re) => re.test(spec))) {
        bad.push(spec);
      }
      m = IMPORT_RE.exec(text);
    }
    expect(bad).toEqual([]);
  });

  it('would catch a forbidden import', () => {
    IMPORT_RE.lastIndex = 0;
    const m = IMPORT_RE.exec("import * as React from 'react';");
    expect(m && m[1]).toBe('react');
    expect(ALLOWED.some((re) => re.test('@pnp/sp'))).toBe(false);
    expect(ALLOWED.some((re) => re.test('node:fs'))).toBe(false);
  });
});
