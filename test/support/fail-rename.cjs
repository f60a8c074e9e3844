// Preloaded into the CLI by a test (`node --require`): makes every rename and hard link fail, as
// a full disk or a crash between writing and renaming would, to check that a failed write leaves
// the previous file untouched and no temporary file behind.
const fs = require('node:fs');
const fail =
  (name) =>
  (...args) => {
    const callback = args.at(-1);
    const error = Object.assign(new Error(`injected failure in ${name}`), { code: 'EIO' });
    if (typeof callback === 'function') return process.nextTick(callback, error);
    throw error;
  };
fs.rename = fail('rename');
fs.link = fail('link');
fs.promises.rename = async () => {
  throw Object.assign(new Error('injected failure in rename'), { code: 'EIO' });
};
fs.promises.link = async () => {
  throw Object.assign(new Error('injected failure in link'), { code: 'EIO' });
};
