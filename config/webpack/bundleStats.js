'use strict';
/**
 * Writes temp/stats/bundle-stats.json after every webpack run: each emitted chunk (its files, names, whether it is
 * an entry) with the modules inside it and their sizes, and each named chunk group (an entry or an `import()` with a
 * webpackChunkName) with the chunks webpack loads for it. bench/bundleSizes.ts reads it to name the largest modules
 * and to add up what a page loads before its first screens; scripts/notices.js reads the module paths to list the
 * third-party packages the bundles really contain. Webpack's full stats are tens of MB; this keeps what is used.
 */
const fs = require('fs');
const path = require('path');

/** A module's file relative to the project (forward slashes), or undefined for webpack's runtime and externals. */
function moduleFile(module, root) {
  const resource = module.resource || (module.rootModule && module.rootModule.resource);
  if (!resource) return undefined;
  return path.relative(root, resource.split('?')[0]).split(path.sep).join('/');
}

/** The modules of a chunk, flattened: a concatenated module stands for the modules webpack joined into it. */
function chunkModules(compilation, chunk, root) {
  const out = [];
  const add = (module) => {
    if (Array.isArray(module.modules) && module.modules.length > 0) {
      for (const inner of module.modules) add(inner);
      return;
    }
    const file = moduleFile(module, root);
    if (file) out.push({ name: file, size: module.size() });
  };
  for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) add(module);
  return out.sort((a, b) => b.size - a.size);
}

/** What the bench and the notices read: every chunk with its files and modules, every named chunk group. */
function summarise(compilation, root) {
  const chunks = Array.from(compilation.chunks).map((chunk) => ({
    id: chunk.id,
    names: chunk.name ? [chunk.name] : [],
    files: Array.from(chunk.files).filter((file) => /\.js$/.test(file)),
    entry: chunk.hasRuntime(),
    modules: chunkModules(compilation, chunk, root)
  }));
  const groups = {};
  for (const [name, group] of compilation.namedChunkGroups) groups[name] = group.chunks.map((chunk) => chunk.id);
  const mode = compilation.compiler.options.mode || 'none';
  return { mode, chunks, groups, entrypoints: Array.from(compilation.entrypoints.keys()) };
}

class BundleStatsPlugin {
  constructor(root) {
    this.root = root;
  }

  apply(compiler) {
    compiler.hooks.done.tap('BoutiqueBundleStats', (stats) => {
      const file = path.join(this.root, 'temp/stats/bundle-stats.json');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify(summarise(stats.compilation, this.root), null, 1));
    });
  }
}

/** Adds the plugin to the SPFx webpack configuration. */
function bundleStats(config, root) {
  config.plugins = config.plugins || [];
  config.plugins.push(new BundleStatsPlugin(root));
  return config;
}

module.exports = { bundleStats };
