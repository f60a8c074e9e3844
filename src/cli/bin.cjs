#!/usr/bin/env node
// The box-snippet command (copied to dist/box-snippet.cjs by scripts/bundle-cli.mjs; CommonJS,
// because Node starts a CommonJS main module faster than an ES module). It runs the minified CLI
// bundle, cli-bundle.cjs, through vm.Script with a V8 code cache, so V8 skips compiling most of
// the bundle on every start.
//
// The cache is written at run time, by the Node that reads it, into the user's cache folder, under
// a name made of that exact runtime (version, architecture, the binary's path, size and time) and
// of the content hash of the files it compiles (the bundle and the template sets). No cache ever crosses Node builds: V8 checks only its own version,
// the source's length and its flags, and a cache made by another Node 20 build of the same V8
// version crashes it. A cache that is missing or turned down costs one slower start, which writes
// it; a folder that cannot be written only means no cache.

'use strict';
const fs = require('node:fs');
const { basename, dirname, join } = require('node:path');
const { Script } = require('node:vm');

const BUNDLE = join(__dirname, 'cli-bundle.cjs');
/** The package version and the content hash of the bundle and template sets, put in by scripts/bundle-cli.mjs. */
const BUNDLE_ID = 'development';

/** Where this user's caches go, by the platform's convention; undefined when there is no home. */
function cacheRoot(env = process.env) {
  if (env.XDG_CACHE_HOME) return env.XDG_CACHE_HOME;
  if (process.platform === 'win32') return env.LOCALAPPDATA;
  const home = env.HOME;
  if (!home) return undefined;
  return process.platform === 'darwin' ? join(home, 'Library', 'Caches') : join(home, '.cache');
}

/** The folder of caches for this bundle on this exact runtime, or undefined when there is nowhere to keep them. */
function cacheFolder() {
  const root = cacheRoot();
  if (!root) return undefined;
  let binary;
  try {
    binary = fs.statSync(process.execPath);
  } catch {
    return undefined;
  }
  const runtime = [process.version, process.arch, binary.size, Math.floor(binary.mtimeMs), process.execPath];
  return join(root, 'box-snippet', `${BUNDLE_ID}-${hashText(runtime.join('\0'))}`);
}

/** FNV-1a, 32 bits in hex: names a folder, no security claim (the folder is the user's own). */
function hashText(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

function readCache(path) {
  if (path === undefined) return undefined;
  try {
    return fs.readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Written beside its final name, then renamed: a reader sees a whole cache or none. */
function writeCache(path, script) {
  try {
    const data = script.createCachedData();
    fs.mkdirSync(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, data);
    fs.renameSync(temporary, path);
  } catch {
    // A read-only or full disk: the next run compiles again, which is only slower.
  }
}

/** Caches of other builds of box-snippet are of no more use: one folder of them stays, not one per upgrade. */
function removeOtherBuilds(folder) {
  const parent = dirname(folder);
  try {
    for (const name of fs.readdirSync(parent)) {
      if (!name.startsWith(`${BUNDLE_ID}-`)) fs.rmSync(join(parent, name), { recursive: true, force: true });
    }
  } catch {
    // Nothing there yet, or not ours to clean: the caches are only larger.
  }
}

/**
 * The modules of this run: the bundle, and the template sets it loads (dist/cli-templates/*.cjs),
 * each compiled as Node compiles a CommonJS module, from its cache when there is one.
 */
class Modules {
  constructor(folder) {
    this.folder = folder;
    this.loaded = [];
  }

  load(file) {
    const cache = this.folder === undefined ? undefined : join(this.folder, `${basename(file, '.cjs')}.cache`);
    const cachedData = readCache(cache);
    const source = fs.readFileSync(file, 'utf8');
    const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
      filename: file,
      cachedData,
    });
    const module = { exports: {} };
    const requireHere = (id) => (id.startsWith('./cli-templates/') ? this.load(join(__dirname, id)) : require(id));
    script.runInThisContext()(module.exports, requireHere, module, file, __dirname);
    this.loaded.push({ cache, script, cached: cachedData !== undefined && !script.cachedDataRejected });
    return module.exports;
  }

  /** After a run that compiled any module afresh: every module's cache, with what the run compiled lazily too. */
  save() {
    if (this.folder === undefined || this.loaded.every((module) => module.cached)) return;
    removeOtherBuilds(this.folder);
    for (const { cache, script } of this.loaded) writeCache(cache, script);
  }
}

async function run(argv) {
  const modules = new Modules(cacheFolder());
  await modules.load(BUNDLE).start(argv);
  modules.save();
}

module.exports = { BUNDLE, BUNDLE_ID, Modules, cacheFolder };

if (require.main === module) run(process.argv.slice(2));
