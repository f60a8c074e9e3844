#!/usr/bin/env node
// The box-snippet command (copied to dist/box-snippet.cjs; CommonJS, because Node starts a
// CommonJS main module faster than an ES module). It runs the minified CLI bundle,
// cli-bundle.cjs, through vm.Script with the V8 code cache that `npm run build` wrote next to
// it, cli-bundle.cache, so V8 skips compiling most of the bundle on every start (Node 20 has
// no module.enableCompileCache). A missing, stale or corrupt cache is only slower: V8 rejects
// cache data that does not match the source or the V8 version, and compiles the source instead.

'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');

const BUNDLE = join(__dirname, 'cli-bundle.cjs');
const CODE_CACHE = join(__dirname, 'cli-bundle.cache');

/** Compiles the bundle as Node compiles a CommonJS module, and returns it with its exports. */
function loadBundle(cachedData = readCache()) {
  const source = readFileSync(BUNDLE, 'utf8');
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: BUNDLE,
    cachedData,
  });
  const bundle = { exports: {} };
  script.runInThisContext()(bundle.exports, require, bundle, BUNDLE, __dirname);
  return { script, exports: bundle.exports };
}

function readCache() {
  try {
    return readFileSync(CODE_CACHE);
  } catch {
    return undefined;
  }
}

module.exports = { BUNDLE, CODE_CACHE, loadBundle };

// Required by the build to write the cache; run as the command otherwise.
if (require.main === module) loadBundle().exports.start(process.argv.slice(2));
