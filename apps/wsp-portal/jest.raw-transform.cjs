// Jest counterpart of Vite's `?raw` import: the file's text as the module's default export.
module.exports = {
  process(source) {
    return { code: `module.exports = ${JSON.stringify(source)};` };
  },
};
