// Unpacks the .sppkg that `npm run ship` made and checks what SharePoint will install from it: the app manifest,
// every web part's component manifest with its four hosts, and every script and Teams icon it points at.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';

const root = path.resolve(__dirname, '../..');
const sppkgPath = path.join(root, 'sharepoint/solution/boutique-tps.sppkg');

interface IScriptResource {
  type: string;
  path?: string;
}
interface IComponentManifest {
  id: string;
  alias: string;
  version: string;
  supportedHosts: string[];
  loaderConfig: { entryModuleId: string; scriptResources: Record<string, IScriptResource> };
}

function decodeXmlAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

const sourceManifests = fs.readdirSync(path.join(root, 'src/webparts')).map((folder) => {
  const dir = path.join(root, 'src/webparts', folder);
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.manifest.json'));
  return JSON.parse(fs.readFileSync(path.join(dir, file as string), 'utf8')) as { id: string; alias: string };
});

describe('boutique-tps.sppkg', () => {
  let zip: JSZip;
  let names: string[];

  beforeAll(async () => {
    if (!fs.existsSync(sppkgPath)) throw new Error(`${sppkgPath} is missing: run \`npm run ship\` first.`);
    zip = await JSZip.loadAsync(fs.readFileSync(sppkgPath));
    names = Object.keys(zip.files);
  });

  it('is a tenant-wide deployable client-side solution that asks for Graph Mail.Send', async () => {
    const solution = JSON.parse(fs.readFileSync(path.join(root, 'config/package-solution.json'), 'utf8')).solution;
    const appManifest = await zip.file('AppManifest.xml')!.async('string');
    expect(appManifest).toContain(`ProductID="${solution.id}"`);
    expect(appManifest).toContain(`Version="${solution.version}"`);
    expect(appManifest).toContain('IsClientSideSolution="true"');
    expect(appManifest).toContain('SkipFeatureDeployment="true"');
    expect(appManifest).toMatch(/<WebApiPermissionRequest ResourceId="Microsoft Graph" Scope="Mail.Send"/);
  });

  it.each(sourceManifests.map((m) => [m.alias, m.id]))(
    'holds %s with its hosts, scripts, strings and Teams icons',
    async (_alias, id) => {
      const elementFile = names.find((n) => n.endsWith(`WebPart_${id}.xml`));
      expect(elementFile).toBeDefined();
      const xml = await zip.file(elementFile as string)!.async('string');
      const match = /ComponentManifest="([^"]*)"/.exec(xml);
      expect(match).not.toBeNull();
      const manifest = JSON.parse(decodeXmlAttribute((match as RegExpExecArray)[1])) as IComponentManifest;
      expect(manifest.id).toBe(id);
      expect([...manifest.supportedHosts].sort()).toEqual([
        'SharePointFullPage',
        'SharePointWebPart',
        'TeamsPersonalApp',
        'TeamsTab'
      ]);

      const paths = Object.keys(manifest.loaderConfig.scriptResources)
        .map((key) => manifest.loaderConfig.scriptResources[key])
        .filter((resource) => resource.type === 'path')
        .map((resource) => resource.path as string);
      // The entry bundle, the web part's own strings and the shared strings.
      expect(paths.length).toBeGreaterThanOrEqual(3);
      for (const script of paths) {
        const asset = zip.file(`ClientSideAssets/${script}`);
        expect({ script, packaged: !!asset }).toEqual({ script, packaged: true });
        expect((await asset!.async('uint8array')).length).toBeGreaterThan(100);
      }
      expect(names).toContain(`ClientSideAssets/${id}_color.png`);
      expect(names).toContain(`ClientSideAssets/${id}_outline.png`);
    }
  );

  it('holds every chunk of the ship build, so a web part can load its services, root and forms from the package', () => {
    // temp/stats/bundle-stats.json is written by the same `gulp bundle --ship` (config/webpack/bundleStats.js).
    const stats = JSON.parse(fs.readFileSync(path.join(root, 'temp/stats/bundle-stats.json'), 'utf8')) as {
      chunks: { files: string[] }[];
    };
    const files = stats.chunks.flatMap((chunk) => chunk.files);
    expect(files.length).toBeGreaterThan(4);
    for (const file of files)
      expect({ file, packaged: names.includes(`ClientSideAssets/${file}`) }).toEqual({ file, packaged: true });
  });
});
