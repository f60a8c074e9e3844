// One folder per distinct install text, set up by running that text verbatim with `sh`, once per
// proof run, outside the namespaces (it needs the registries). Every program whose printed steps
// (or project) install the same thing then runs in a folder of its own that holds the program
// and this folder's entries (see run-folder.ts). That is the folder a newcomer has after the same
// steps: the install commands read only the printed manifest files and the registries, never the
// program, so running them once or once per program gives the same tree.
//
// Java installs nothing before its run (`mvn compile exec:java` resolves as it builds), and
// inside a namespace no registry is reachable: the same pom is built once here with an empty
// program first, and the classpaths of its compile and runtime scopes are read for the runs that
// compile with javac (compile scope, as Maven's compiler sees it) and run with java (runtime).

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { InstallStep } from '../../src/core/index.js';
import { writeRelocations } from './additions.js';
import { makeLimiter } from './limiter.js';
import { MARKER_FORMAT, REUSE_FOR_MS, currentRelease, readMarker, writeMarker } from './install-reuse.js';
import { spawnProgram, type ProgramRun } from './run-program.js';

const run = promisify(execFile);
const INSTALL_TIMEOUT_MS = 600_000;

export interface InstallRequest {
  /** What a label in the summary and the matrix says (the first program's target and package). */
  label: string;
  runtime: 'python' | 'node' | 'java' | 'shell';
  /** The package whose installed version the matrix names (pip, npm or Maven artifact name). */
  packageName: string;
  /** The requirement the steps install it by (`boxsdk>=10,<11`, `box-node-sdk@^10`). */
  requirement?: string;
  /** Files to save and commands to run, in order: a snippet's install steps or a project's. */
  steps: readonly InstallStep[];
  /** Java: the printed coordinates and the served ones, where this machine's mirror lacks them. */
  substitute?: { printed: string; served: string };
}

export interface InstallFolder {
  key: string;
  label: string;
  dir: string;
  steps: readonly InstallStep[];
  /** The commands as they ran (the failure's output if one failed). */
  ran: ProgramRun[];
  failure: string | null;
  /** What the install resolved to, read back from the installed package: `boxsdk 10.18.0`. */
  resolved: string;
  ms: number;
  /** Taken from an earlier run (install-reuse.ts says when); false where the steps ran now. */
  reused: boolean;
  /** Java: `printed → served`, where the printed coordinates were relocated. */
  substituted?: string;
  /** Java: the pom's compile and runtime classpaths, for the runs that compile with javac. */
  compileClasspath?: string;
  runtimeClasspath?: string;
}

/** The install text a folder is keyed by: every step that is not a system package, in order. */
export function installKey(steps: readonly InstallStep[]): string {
  const own = steps.filter((step) => !step.system).map((step) => [step.file ?? null, step.text]);
  return createHash('sha256').update(JSON.stringify(own)).digest('hex').slice(0, 16);
}

export function makeInstaller(options: {
  root: string;
  /** The developer's own shell, which reaches the registries, with the proof's tool caches. */
  env: Record<string, string>;
  /** The proof's Maven repository, where relocation POMs go. */
  mavenRepository: string;
  slots: number;
  /** Whether a folder from an earlier run may stand in for running the steps (never in CI). */
  reuse: boolean;
}) {
  const folders = new Map<string, Promise<InstallFolder>>();
  const slot = makeLimiter(options.slots);

  async function setUp(key: string, request: InstallRequest): Promise<InstallFolder> {
    const started = Date.now();
    const dir = join(options.root, key);
    const markerPath = `${dir}.json`;
    const stepsText = JSON.stringify(
      request.steps.filter((step) => !step.system).map((step) => [step.file ?? null, step.text]),
    );
    const folder: InstallFolder = {
      key,
      label: request.label,
      dir,
      steps: request.steps,
      ran: [],
      failure: null,
      resolved: '',
      ms: 0,
      reused: false,
    };
    const env = options.env;
    if (request.substitute) {
      await writeRelocations(options.mavenRepository, [request.substitute]);
      folder.substituted = `${request.substitute.printed} → ${request.substitute.served}`;
    }
    const marker = options.reuse ? await readMarker(markerPath) : null;
    if (
      marker &&
      marker.steps === stepsText &&
      marker.format === MARKER_FORMAT &&
      Date.now() - marker.at < REUSE_FOR_MS &&
      existsSync(dir)
    ) {
      const now = await currentRelease(request.runtime, request.packageName, request.requirement, env);
      if (now === 'fixed by the step text' || now === marker.resolved)
        return {
          ...folder,
          resolved: marker.resolved,
          compileClasspath: marker.compileClasspath,
          runtimeClasspath: marker.runtimeClasspath,
          reused: true,
          ms: Date.now() - started,
        };
    }
    await rm(markerPath, { force: true });
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    for (const step of request.steps) {
      // System tools (curl, jq) come from the machine's packages, as scripts/system-tools.sh makes sure.
      if (step.system) continue;
      if (step.file !== undefined) {
        await mkdir(dirname(join(dir, step.file)), { recursive: true });
        await writeFile(join(dir, step.file), step.text);
        continue;
      }
      const ran = await spawnProgram('sh', ['-c', step.text], env, dir, INSTALL_TIMEOUT_MS);
      folder.ran.push(ran);
      if (ran.exitCode !== 0) {
        folder.failure = `${step.text}\nstdout:\n${ran.stdout.slice(-2500)}\nstderr:\n${ran.stderr.slice(-2500)}`;
        break;
      }
    }
    if (folder.failure === null) {
      try {
        if (request.runtime === 'java') await prepareMaven(folder, env);
        folder.resolved = await resolvedVersion(folder, request);
        await writeMarker(markerPath, {
          format: MARKER_FORMAT,
          steps: stepsText,
          resolved: folder.resolved,
          at: Date.now(),
          compileClasspath: folder.compileClasspath,
          runtimeClasspath: folder.runtimeClasspath,
        });
      } catch (error) {
        folder.failure = (error as Error).message;
      }
    }
    folder.ms = Date.now() - started;
    return folder;
  }

  return {
    /** The folder for these steps, set up on first request; later requests share it. */
    folder(request: InstallRequest): Promise<InstallFolder> {
      const key = installKey(request.steps);
      let folder = folders.get(key);
      if (!folder) {
        folder = slot(() => setUp(key, request));
        folders.set(key, folder);
      }
      return folder;
    },
    all: () => Promise.all(folders.values()),
  };
}

/**
 * Maven resolves its plugins and the SDK on first use: build the same pom once, outside the
 * namespace, in a scratch copy with an empty program, and read the two classpaths there, so the
 * install folder itself stays as the printed steps leave it.
 */
async function prepareMaven(folder: InstallFolder, env: Record<string, string>): Promise<void> {
  const pom = join(folder.dir, 'pom.xml');
  const text = await readFile(pom, 'utf8');
  const sources = /<sourceDirectory>(.*?)<\/sourceDirectory>/.exec(text)?.[1] ?? 'src/main/java';
  const mainClass = /<mainClass>(.*?)<\/mainClass>/.exec(text)?.[1] ?? 'GetCurrentUser';
  const scratch = `${folder.dir}-maven-prefetch`;
  await mkdir(join(scratch, sources), { recursive: true });
  await copyFile(pom, join(scratch, 'pom.xml'));
  await writeFile(
    join(scratch, sources, `${mainClass}.java`),
    `public class ${mainClass} { public static void main(String[] args) {} }\n`,
  );
  const maven = async (args: string[]) => {
    const ran = await spawnProgram('mvn', ['-q', '-B', ...args], env, scratch, INSTALL_TIMEOUT_MS);
    if (ran.exitCode !== 0)
      throw new Error(`mvn ${args.join(' ')} failed:\n${ran.stdout.slice(-2000)}\n${ran.stderr.slice(-2000)}`);
  };
  // One build that also writes the compile scope's classpath, then the runtime scope's.
  const output = (scope: string) => join(scratch, `cp-${scope}.txt`);
  const classpath = (scope: string) => [
    'dependency:build-classpath',
    // The plugin's own property (`mdep.includeScope` is not one: with it, every scope came along).
    `-DincludeScope=${scope}`,
    `-Dmdep.outputFile=${output(scope)}`,
  ];
  await maven(['compile', 'exec:java', ...classpath('compile')]);
  await maven(classpath('runtime'));
  folder.compileClasspath = (await readFile(output('compile'), 'utf8')).trim();
  folder.runtimeClasspath = (await readFile(output('runtime'), 'utf8')).trim();
}

/** What the install put there, from the package itself: pip's metadata, package.json, the jar's path. */
async function resolvedVersion(folder: InstallFolder, request: InstallRequest): Promise<string> {
  const name = request.packageName;
  switch (request.runtime) {
    case 'python': {
      const { stdout } = await run(join(folder.dir, '.venv', 'bin', 'python'), [
        '-c',
        'import importlib.metadata, sys; print(importlib.metadata.version(sys.argv[1]))',
        name,
      ]);
      return `${name} ${stdout.trim()}`;
    }
    case 'node':
      return `${name} ${JSON.parse(await readFile(join(folder.dir, 'node_modules', name, 'package.json'), 'utf8')).version}`;
    case 'java': {
      // The served jar, where the coordinates were substituted.
      const jar = /\/(box-java-sdk[^/]*)\/([^/]+)\/\1-\2\.jar(?::|$)/.exec(folder.runtimeClasspath ?? '');
      if (!jar) throw new Error(`${folder.label}: no box-java-sdk jar on the resolved classpath`);
      return `${jar[1]} ${jar[2]}`;
    }
    case 'shell': {
      const { stdout } = await run('curl', ['--version']);
      return `curl ${stdout.split(' ')[1]}`;
    }
  }
}
