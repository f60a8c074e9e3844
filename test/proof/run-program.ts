// Runs a generated program the way a user would (python, node, tsc, javac/java, sh), one process per program, with a clean
// environment: only PATH, HOME, the trust settings for the test CA, and what the caller passes.
// A BOX_* variable in the developer's own shell can never leak in.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Namespace } from './netns.js';
import type { InstalledSdk } from './sdk-cache.js';
import type { TestTls } from './tls.js';

export interface ProgramRun {
  command: string;
  exitCode: number | null;
  stdout: string;
  stderr: string;
  durationMs: number;
  timedOut: boolean;
}

const TSC = join(import.meta.dirname, '..', '..', 'node_modules', 'typescript', 'bin', 'tsc');
/** tsx's CLI entry, installed with each Node SDK line (see sdk-cache.ts). */
const TSX = join('node_modules', 'tsx', 'dist', 'cli.mjs');

export async function runProgram(options: {
  file: string;
  sdk: InstalledSdk;
  tls: TestTls;
  env: Record<string, string>;
  /** Command-line arguments for the program itself (the OAuth 2.0 programs take the code). */
  args?: string[];
  timeoutMs: number;
  /** Run the program (not its compiler) inside this namespace, where Box's hosts reach the mock. */
  namespace?: Namespace;
  /** TypeScript: `tsx`, as the printed run command does, or `tsc --strict` then node (default). */
  typeScriptRunner?: 'tsc' | 'tsx';
}): Promise<ProgramRun> {
  const { file, sdk, tls } = options;
  const inside = (command: string, args: string[]): [string, string[]] =>
    options.namespace ? options.namespace.wrap(command, args) : [command, args];
  const args = options.args ?? [];
  const base = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    LANG: 'C.UTF-8',
    ...options.env,
  };
  switch (sdk.line.runtime) {
    case 'python':
      return spawnProgram(
        ...inside(sdk.python!, [file, ...args]),
        { ...base, REQUESTS_CA_BUNDLE: tls.caPem, SSL_CERT_FILE: tls.caPem },
        dirname(file),
        options.timeoutMs,
      );
    case 'node': {
      const env = { ...base, NODE_EXTRA_CA_CERTS: tls.caPem };
      if (!file.endsWith('.ts'))
        return spawnProgram(...inside(process.execPath, [file, ...args]), env, dirname(file), options.timeoutMs);
      if (options.typeScriptRunner === 'tsx') {
        const ran = await spawnProgram(
          ...inside(process.execPath, [join(sdk.dir, TSX), file, ...args]),
          env,
          dirname(file),
          options.timeoutMs,
        );
        return { ...ran, command: `tsx ${basename(file)}` };
      }
      // TypeScript goes through the compiler, strict, as a user's project would build it.
      // Emitted next to the program, inside the SDK's folder, so `require` finds the package.
      const outDir = join(dirname(file), 'tsc-out');
      const compile = await spawnProgram(
        process.execPath,
        [
          TSC,
          '--ignoreConfig',
          '--strict',
          '--module',
          'node16',
          '--moduleResolution',
          'node16',
          '--target',
          'es2022',
          '--skipLibCheck',
          '--types',
          'node',
          '--outDir',
          outDir,
          file,
        ],
        env,
        sdk.dir,
        120_000,
      );
      if (compile.exitCode !== 0) return { ...compile, command: `tsc ${file}` };
      const output = join(outDir, basename(file).replace(/\.ts$/, '.js'));
      const ran = await spawnProgram(
        ...inside(process.execPath, [output, ...args]),
        env,
        dirname(file),
        options.timeoutMs,
      );
      return {
        ...ran,
        durationMs: ran.durationMs + compile.durationMs,
        command: `tsc ${basename(file)} && node ${basename(output)}`,
      };
    }
    case 'shell':
      // curl trusts the test CA through CURL_CA_BUNDLE, set outside the script.
      return spawnProgram(
        ...inside('sh', [file, ...args]),
        { ...base, CURL_CA_BUNDLE: tls.caPem },
        dirname(file),
        options.timeoutMs,
      );
    case 'java': {
      const { compile, classes } = await compileJava(file, sdk.classpath!, base);
      if (compile.exitCode !== 0) return { ...compile, command: `javac ${file}` };
      const ran = await spawnProgram(
        ...inside('java', [
          `-Djavax.net.ssl.trustStore=${tls.javaTrustStore}`,
          `-Djavax.net.ssl.trustStorePassword=${tls.javaTrustStorePassword}`,
          '-cp',
          `${sdk.classpath}:${classes}`,
          basename(file, '.java'),
          ...args,
        ]),
        base,
        dirname(file),
        options.timeoutMs,
      );
      return {
        ...ran,
        durationMs: ran.durationMs + compile.durationMs,
        command: `javac && java ${basename(file, '.java')}`,
      };
    }
  }
}

/**
 * javac's output per program text and class path. The proof runs the same bytes more than once
 * (a snapshot as printed, then each day-one failure it explains): they compile once, and a later
 * run takes the same classes (its compile time is then 0).
 */
const javaClasses = new Map<string, Promise<{ compile: ProgramRun; classes: string }>>();

async function compileJava(file: string, classpath: string, env: Record<string, string>) {
  const key = createHash('sha256')
    .update(`${classpath}\0${basename(file)}\0`)
    .update(await readFile(file))
    .digest('hex');
  let compiled = javaClasses.get(key);
  if (compiled === undefined) {
    compiled = (async () => {
      // Beside the program, in the proof's work folder, which goes when the run ends.
      const classes = join(dirname(file), 'classes');
      await mkdir(classes, { recursive: true });
      const compile = await spawnProgram(
        'javac',
        ['-encoding', 'UTF-8', '-cp', classpath, '-d', classes, file],
        env,
        dirname(file),
        120_000,
      );
      return { compile, classes };
    })();
    javaClasses.set(key, compiled);
    return compiled;
  }
  const { compile, classes } = await compiled;
  return { compile: { ...compile, durationMs: 0 }, classes };
}

export function spawnProgram(
  command: string,
  args: string[],
  env: Record<string, string>,
  cwd: string,
  timeoutMs: number,
): Promise<ProgramRun> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolve({
        command: [command, ...args].join(' '),
        exitCode,
        stdout,
        stderr,
        durationMs: Date.now() - started,
        timedOut,
      });
    });
  });
}
