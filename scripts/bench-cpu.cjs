// Preloaded into each measured process by scripts/bench.mjs (`node --require`): at exit, writes the
// process's own CPU time (user + system, in ms, start-up included) to descriptor 3.
'use strict';
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  require('node:fs').writeSync(3, `${(user + system) / 1000}\n`);
});
