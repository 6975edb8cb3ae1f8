import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface IBundleSize {
  bundle: string;
  file: string;
  minifiedBytes: number;
  gzipBytes: number;
}

/** One chunk of the ship build, from temp/stats/bundle-stats.json (config/webpack/bundleStats.js). */
interface IStatsChunk {
  id: number | string;
  names: string[];
  files: string[];
  entry: boolean;
  modules: { name: string; size: number }[];
}

interface IBundleStats {
  chunks: IStatsChunk[];
  groups: Record<string, (number | string)[]>;
  entrypoints: string[];
}

/** A chunk with its sizes as shipped and its largest modules (webpack's module sizes, before minifying). */
export interface IChunkSize extends IBundleSize {
  entry: boolean;
  largest: { name: string; size: number }[];
}

/** What a page loads before a web part's first screen: bundle, strings, services chunk and the root's chunks. */
export interface IFirstScreen {
  label: string;
  files: string[];
  gzipBytes: number;
}

function sizeOf(distDir: string, file: string): { minifiedBytes: number; gzipBytes: number } {
  const content = fs.readFileSync(path.join(distDir, file));
  return { minifiedBytes: content.length, gzipBytes: zlib.gzipSync(content, { level: 9 }).length };
}

/**
 * Sizes of the ship bundles in dist/ (from `gulp bundle --ship`): the bundle, every chunk and every strings file,
 * minified as shipped and gzipped as SharePoint's CDN serves it.
 */
export function readBundleSizes(distDir: string): IBundleSize[] {
  if (!fs.existsSync(distDir)) return [];
  return fs
    .readdirSync(distDir)
    .filter((file) => file.endsWith('.js') && !file.endsWith('.map'))
    .map((file) => ({
      bundle: file.replace(/_[0-9a-f]{16,}\.js$/, '').replace(/\.js$/, ''),
      file,
      ...sizeOf(distDir, file)
    }))
    .sort((a, b) => a.bundle.localeCompare(b.bundle));
}

function readStats(root: string): IBundleStats | undefined {
  const file = path.join(root, 'temp/stats/bundle-stats.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as IBundleStats) : undefined;
}

/** Every chunk of the ship build with its five largest modules, biggest gzip first. */
export function readChunkSizes(root: string): IChunkSize[] {
  const stats = readStats(root);
  if (!stats) return [];
  const dist = path.join(root, 'dist');
  return stats.chunks
    .filter((chunk) => chunk.files.length > 0)
    .map((chunk) => ({
      bundle: chunk.names[0] || `shared chunk ${chunk.id}`,
      file: chunk.files[0],
      entry: chunk.entry,
      largest: chunk.modules.slice(0, 5),
      ...sizeOf(dist, chunk.files[0])
    }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}

/** The chunk name each web part class gives its root's `import()` (webpackChunkName), by web part folder. */
export function rootChunkNames(root: string): Record<string, string> {
  const names: Record<string, string> = {};
  const webparts = path.join(root, 'src/webparts');
  for (const folder of fs.readdirSync(webparts)) {
    const cls = fs.readdirSync(path.join(webparts, folder)).find((f) => /WebPart\.ts$/.test(f));
    if (!cls) continue;
    const match = /webpackChunkName: '([^']+)'/.exec(fs.readFileSync(path.join(webparts, folder, cls), 'utf8'));
    if (match) names[folder] = match[1];
  }
  return names;
}

/** The strings files (loc) a component's manifest lists: SharePoint loads them with the bundle. */
function stringsFiles(distDir: string): string[] {
  const files = new Set<string>();
  for (const file of fs.readdirSync(distDir).filter((f) => f.endsWith('.manifest.json'))) {
    const manifest = JSON.parse(fs.readFileSync(path.join(distDir, file), 'utf8')) as {
      loaderConfig: { entryModuleId: string; scriptResources: Record<string, { type: string; path?: string }> };
    };
    for (const [id, resource] of Object.entries(manifest.loaderConfig.scriptResources)) {
      if (resource.type === 'path' && id !== manifest.loaderConfig.entryModuleId) files.add(resource.path as string);
    }
  }
  return [...files];
}

/**
 * Gzip bytes loaded before the first screen of the given web parts (folders): the shared bundle, the strings its
 * manifests list, the services chunk and each root's chunk group, every file counted once. It is read from the
 * chunk graph (what webpack loads for each `import()`), not timed in a browser; chunks a first screen does not need
 * (forms, panels, set-up) are not counted because nothing loads them until a click.
 */
export function firstScreen(root: string, folders: string[], label: string): IFirstScreen | undefined {
  const stats = readStats(root);
  if (!stats) return undefined;
  const dist = path.join(root, 'dist');
  const byId = new Map(stats.chunks.map((chunk) => [String(chunk.id), chunk]));
  const rootChunks = rootChunkNames(root);
  const groups = [...stats.entrypoints, 'boutique-services', ...folders.map((folder) => rootChunks[folder])];
  const files = new Set<string>(stringsFiles(dist));
  for (const group of groups) {
    for (const id of stats.groups[group] || []) {
      for (const file of byId.get(String(id))?.files || []) files.add(file);
    }
  }
  const list = [...files].sort();
  return { label, files: list, gzipBytes: list.reduce((sum, file) => sum + sizeOf(dist, file).gzipBytes, 0) };
}

export function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
