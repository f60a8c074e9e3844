// The browser-safe core with every target's templates loaded: no Node built-ins, no files, no
// process. For a page that shows a few targets, `box-snippet/core/lazy` loads each on demand.

import './templates-eager.js';

export * from './lazy.js';
