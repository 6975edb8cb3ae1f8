import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface IBundleSize {
  bundle: string;
  file: string;
  minifiedBytes: number;
  gzipBytes: number;
}

/**
 * Sizes of the ship bundles in dist/ (from `gulp bundle --ship`): one entry per web part bundle, plus any shared
 * chunk, minified as shipped and gzipped as SharePoint's CDN serves it.
 */
export function readBundleSizes(distDir: string): IBundleSize[] {
  if (!fs.existsSync(distDir)) return [];
  return fs
    .readdirSync(distDir)
    .filter((file) => file.endsWith('.js') && !file.endsWith('.map'))
    .map((file) => {
      const content = fs.readFileSync(path.join(distDir, file));
      return {
        bundle: file.replace(/_[0-9a-f]{16,}\.js$/, '').replace(/\.js$/, ''),
        file,
        minifiedBytes: content.length,
        gzipBytes: zlib.gzipSync(content, { level: 9 }).length
      };
    })
    .sort((a, b) => a.bundle.localeCompare(b.bundle));
}

export function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
