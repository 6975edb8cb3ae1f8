import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** SPFx's loc modules by name, as config/config.json maps them for the real build. */
const LOC_MODULES: Record<string, string> = {
  BoutiqueSharedStrings: 'src/shared/loc/en-us.js',
  AskTpsWebPartStrings: 'src/webparts/askTps/loc/en-us.js',
  TpsQueueWebPartStrings: 'src/webparts/tpsQueue/loc/en-us.js',
  EscalationsWebPartStrings: 'src/webparts/escalations/loc/en-us.js',
  QolChecksWebPartStrings: 'src/webparts/qolChecks/loc/en-us.js'
};

/** Turns the AMD loc files into ES modules with one named export a key, so `import * as strings` works. */
function spfxLocStrings(): Plugin {
  return {
    name: 'spfx-loc-strings',
    enforce: 'pre',
    resolveId(id) {
      return LOC_MODULES[id] ? path.join(root, LOC_MODULES[id]) : undefined;
    },
    transform(code, id) {
      if (!/[\\/]loc[\\/][\w-]+\.js$/.test(id)) return undefined;
      let strings: Record<string, string> = {};
      // eslint-disable-next-line no-new-func
      new Function('define', code)((_deps: unknown, factory: () => Record<string, string>) => {
        strings = factory();
      });
      const lines = Object.keys(strings).map((key) => `export const ${key} = ${JSON.stringify(strings[key])};`);
      return { code: `${lines.join('\n')}\nexport default ${JSON.stringify(strings)};\n`, map: null };
    }
  };
}

export default defineConfig({
  root: path.join(root, 'dev/workbench'),
  plugins: [spfxLocStrings()],
  resolve: {
    // SPFx scss imports node_modules with a leading ~.
    alias: [{ find: /^~(.*)$/, replacement: '$1' }]
  },
  esbuild: { jsx: 'transform', jsxFactory: 'React.createElement', jsxFragment: 'React.Fragment' },
  css: { preprocessorOptions: { scss: { api: 'modern-compiler' } } },
  server: { fs: { allow: [root] } },
  build: { outDir: path.join(root, 'dev/workbench/dist'), emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  logLevel: 'warn'
});
