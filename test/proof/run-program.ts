// Runs a generated program: its printed run command by `sh`, or (Java) javac and java with the
// classpaths of the printed pom, one process per program, with the environment the caller gives
// (a clean one: a BOX_* variable in the developer's own shell can never leak in).

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Namespace } from './netns.js';

export interface ProgramRun {
  command: string;
  exitCode: number | null;
  stdout: string;
  stderr: string;
  durationMs: number;
  timedOut: boolean;
}

/**
 * The printed run command, verbatim, by `sh` in the program's folder: inside `namespace` when
 * given (Box's own host names reach the mock there). `sh -c 'run "$@"' sh arg…`: the program's
 * own arguments (the OAuth 2.0 code) follow the printed command.
 */
export function runPrinted(options: {
  dir: string;
  command: string;
  args?: readonly string[];
  env: Record<string, string>;
  namespace?: Namespace;
  timeoutMs: number;
  stdin?: string;
  /** Called with everything printed so far, on each chunk (the proof's browser waits for the URL). */
  onStdout?: (stdout: string) => void;
}): Promise<ProgramRun> {
  const args = options.args ?? [];
  const script = args.length > 0 ? `${options.command} "$@"` : options.command;
  const [command, argv] = options.namespace
    ? options.namespace.wrap('sh', ['-c', script, 'sh', ...args])
    : ['sh', ['-c', script, 'sh', ...args]];
  return spawnProgram(command, argv, options.env, options.dir, options.timeoutMs, options.stdin, options.onStdout).then(
    (run) => ({
      ...run,
      command: options.command,
    }),
  );
}

/** JVM flags for short runs: they change start-up cost, never what compiles or runs. */
export const QUICK_JVM = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

/**
 * A Java program run as Maven would build it, without Maven's own start-up per run: javac with
 * the pom's compile-scope classpath (what Maven's compiler gets), java with its runtime scope.
 * For the proof's many runs of one program (failures, --base-url, the unset environment); the
 * printed `mvn compile exec:java` runs for every printed-steps and project cell.
 */
export async function runJava(options: {
  dir: string;
  fileName: string;
  compileClasspath: string;
  runtimeClasspath: string;
  trust: { trustStore: string; password: string };
  args?: readonly string[];
  env: Record<string, string>;
  namespace?: Namespace;
  timeoutMs: number;
  onStdout?: (stdout: string) => void;
}): Promise<ProgramRun> {
  const file = join(options.dir, options.fileName);
  const { compile, classes } = await compileJava(file, options.compileClasspath, options.env);
  if (compile.exitCode !== 0) return { ...compile, command: `javac ${options.fileName}` };
  const javaArgs = [
    ...QUICK_JVM,
    `-Djavax.net.ssl.trustStore=${options.trust.trustStore}`,
    `-Djavax.net.ssl.trustStorePassword=${options.trust.password}`,
    '-cp',
    `${options.runtimeClasspath}:${classes}`,
    basename(file, '.java'),
    ...(options.args ?? []),
  ];
  const [command, argv] = options.namespace ? options.namespace.wrap('java', javaArgs) : ['java', javaArgs];
  const ran = await spawnProgram(
    command,
    argv,
    options.env,
    options.dir,
    options.timeoutMs,
    undefined,
    options.onStdout,
  );
  return {
    ...ran,
    durationMs: ran.durationMs + compile.durationMs,
    command: `javac (compile scope) && java ${basename(file, '.java')}`,
  };
}

/**
 * javac's output per program text and class path. The proof runs the same bytes more than once
 * (a snapshot, then each day-one failure it explains): they compile once, and a later run takes
 * the same classes (its compile time is then 0).
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
      const compile = await compileServer(env).compile(['-encoding', 'UTF-8', '-cp', classpath, '-d', classes, file]);
      return { compile, classes };
    })();
    javaClasses.set(key, compiled);
    return compiled;
  }
  const { compile, classes } = await compiled;
  return { compile: { ...compile, durationMs: 0 }, classes };
}

/**
 * One JVM that compiles every program the proof compiles (CompileServer.java): javac's own
 * compiler, with the options `javac` would get, without a JVM start per program.
 */
interface CompileServer {
  compile(options: readonly string[]): Promise<ProgramRun>;
  close(): void;
}

let server: CompileServer | undefined;

function compileServer(env: Record<string, string>): CompileServer {
  if (server) return server;
  const source = join(import.meta.dirname, 'java', 'CompileServer.java');
  const child: ChildProcessWithoutNullStreams = spawn('java', [source], {
    env: { PATH: env.PATH ?? '/usr/bin:/bin', HOME: env.HOME ?? '/root', LANG: 'C.UTF-8' },
  });
  // Never what keeps the test process alive; it ends when its input does (close()), or with it.
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as { unref?: () => void }).unref?.();
  const waiting = new Map<
    number,
    { started: number; options: readonly string[]; resolve: (run: ProgramRun) => void }
  >();
  let buffered = '';
  let nextId = 0;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buffered += chunk;
    let end = buffered.indexOf('\n');
    while (end !== -1) {
      const [id, exit, output] = buffered.slice(0, end).split('\t');
      buffered = buffered.slice(end + 1);
      end = buffered.indexOf('\n');
      const request = waiting.get(Number(id));
      if (!request) continue;
      waiting.delete(Number(id));
      request.resolve({
        command: `javac ${request.options.join(' ')}`,
        exitCode: Number(exit),
        stdout: '',
        stderr: Buffer.from(output ?? '', 'base64').toString('utf8'),
        durationMs: Date.now() - request.started,
        timedOut: false,
      });
    }
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.on('close', (code) => {
    for (const request of waiting.values())
      request.resolve({
        command: 'java CompileServer.java',
        exitCode: code ?? 1,
        stdout: '',
        stderr: `the compile server ended: ${stderr}`,
        durationMs: Date.now() - request.started,
        timedOut: false,
      });
    waiting.clear();
    server = undefined;
  });
  server = {
    compile: (options) =>
      new Promise((resolve) => {
        const id = nextId++;
        waiting.set(id, { started: Date.now(), options, resolve });
        child.stdin.write(`${id}\t${options.join('\t')}\n`);
      }),
    close: () => child.stdin.end(),
  };
  return server;
}

/** Ends the compile server (at the end of the proof). */
export function closeCompileServer(): void {
  server?.close();
}

export function spawnProgram(
  command: string,
  args: string[],
  env: Record<string, string>,
  cwd: string,
  timeoutMs: number,
  /** What the program reads on standard input (what a user types); none when absent. */
  stdin?: string,
  onStdout?: (stdout: string) => void,
): Promise<ProgramRun> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    // Closed at once when there is nothing to type: a program that asks sees the end of input.
    child.stdin.on('error', () => undefined);
    child.stdin.end(stdin);
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      onStdout?.(stdout);
    });
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
