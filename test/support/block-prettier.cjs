// Preloaded into the CLI by a test (`node --require`): loading prettier fails, to show which
// runs start without it.
const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'prettier') throw new Error('prettier is blocked in this run');
  return resolve.call(this, request, ...rest);
};
