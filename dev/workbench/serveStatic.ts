import fs from 'node:fs';
import path from 'node:path';
import type http from 'node:http';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2'
};

/** Serves the built workbench; unknown paths get index.html (it routes by query string). */
export function serveStatic(dir: string): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    throw new Error(
      `No built workbench in ${dir}: run \`npx vite build --config dev/workbench/vite.config.mts\` first.`
    );
  }
  return (req, res) => {
    const urlPath = decodeURIComponent((req.url || '/').split('?')[0]);
    let file = path.normalize(path.join(dir, urlPath));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      file = path.join(dir, 'index.html');
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  };
}
