// Parses each file named on the command line with Node's own parser, as `node --check` would, in
// one process instead of one per file: a .mjs file as an ES module, a .js file (no "type":
// "module" around it) as CommonJS, that is, as the body of the function Node's module loader wraps
// it in. Prints {"<file>": "<error>"} for each file that does not parse. Needs
// --experimental-vm-modules (for vm.SourceTextModule).

import { readFileSync } from 'node:fs';
import { compileFunction, SourceTextModule } from 'node:vm';

const COMMONJS_PARAMETERS = ['exports', 'require', 'module', '__filename', '__dirname'];
const problems = {};
for (const file of process.argv.slice(2)) {
  const code = readFileSync(file, 'utf8');
  try {
    if (file.endsWith('.mjs')) new SourceTextModule(code, { identifier: file });
    else compileFunction(code, COMMONJS_PARAMETERS, { filename: file });
  } catch (error) {
    problems[file] = `${file}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  }
}
process.stdout.write(JSON.stringify(problems));
