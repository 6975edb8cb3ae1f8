// Jest stub for CSS/SCSS modules: class names resolve to their own keys.
module.exports = new Proxy({}, { get: (_t, key) => (key === '__esModule' ? false : key) });
