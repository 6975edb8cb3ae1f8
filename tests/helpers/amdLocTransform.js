// Jest transform for SPFx loc files: they are AMD `define([], function () { return {...}; })` modules.
module.exports = {
  process(source) {
    return { code: `var define = function (deps, factory) { module.exports = factory(); };\n${source}` };
  }
};
