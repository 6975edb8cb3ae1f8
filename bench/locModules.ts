/**
 * Lets Node (tsx) load the SPFx loc modules the app's words come from, as SharePoint and jest do: `import * as
 * strings from 'BoutiqueSharedStrings'` resolves to the AMD `loc/en-us.js` of that name. Import this first.
 */
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const LOC: Record<string, string> = {
  BoutiqueSharedStrings: 'src/shared/loc/en-us.js',
  AskTpsWebPartStrings: 'src/webparts/askTps/loc/en-us.js',
  TpsQueueWebPartStrings: 'src/webparts/tpsQueue/loc/en-us.js',
  EscalationsWebPartStrings: 'src/webparts/escalations/loc/en-us.js',
  QolChecksWebPartStrings: 'src/webparts/qolChecks/loc/en-us.js'
};

type Resolve = (request: string, ...rest: unknown[]) => string;
const moduleInternals = Module as unknown as { _resolveFilename: Resolve; _cache: Record<string, unknown> };
const resolve: Resolve = moduleInternals._resolveFilename;

for (const [name, file] of Object.entries(LOC)) {
  const filename = path.join(root, file);
  let strings: unknown;
  const define = (_deps: unknown, factory: () => unknown): void => {
    strings = factory();
  };
  // eslint-disable-next-line no-new-func
  new Function('define', fs.readFileSync(filename, 'utf8'))(define);
  const m = new Module(filename);
  m.filename = filename;
  m.loaded = true;
  m.exports = strings;
  moduleInternals._cache[`loc:${name}`] = m;
}

moduleInternals._resolveFilename = function (request: string, ...rest: unknown[]): string {
  return LOC[request] ? `loc:${request}` : resolve.call(this, request, ...rest);
};
