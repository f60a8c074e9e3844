// Installs each pinned SDK line once into .cache/sdk/<line>/ (git-ignored) and reuses it. A
// marker holding the exact install spec is written only after a successful install, so an
// interrupted install is redone, and a changed pin is reinstalled. A drift line (a range) is
// installed afresh on every run, into .cache/sdk/<line>@latest/, since its newest release moves.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { requireCommand } from '../support/toolchains.js';
import type { SdkLine } from './sdk-versions.js';

const run = promisify(execFile);
export const CACHE_ROOT = join(import.meta.dirname, '..', '..', '.cache', 'sdk');
const MARKER = '.installed';

export interface InstalledSdk {
  line: SdkLine;
  dir: string;
  /** Python: the venv's interpreter. */
  python?: string;
  /** Java: the resolved classpath. */
  classpath?: string;
  /** The version the installer put there, read back from the installed package. */
  version: string;
  /** Whether this call installed it (false: reused from the cache). */
  installed: boolean;
  installMs: number;
}

const pending = new Map<string, Promise<InstalledSdk>>();

export function ensureSdk(line: SdkLine): Promise<InstalledSdk> {
  let promise = pending.get(line.id);
  if (!promise) {
    promise = install(line);
    pending.set(line.id, promise);
  }
  return promise;
}

async function install(line: SdkLine): Promise<InstalledSdk> {
  const dir = join(CACHE_ROOT, line.latest ? `${line.id}@latest` : line.id);
  const spec = `${line.runtime} ${line.install}${line.runtime === 'node' ? ' @types/node@20 tsx@4' : ''}`;
  const started = Date.now();
  const fresh =
    line.latest === true || !(existsSync(join(dir, MARKER)) && (await readFile(join(dir, MARKER), 'utf8')) === spec);
  if (fresh) {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    try {
      await INSTALLERS[line.runtime](dir, line.install);
    } catch (error) {
      const detail = error as { stderr?: string; message: string };
      const tail = (detail.stderr || detail.message).trim().split('\n').slice(-15).join('\n');
      throw new Error(`installing SDK line ${line.id} (${line.install}) failed:\n${tail}`, { cause: error });
    }
    await writeFile(join(dir, MARKER), spec);
  }
  const result: InstalledSdk = { line, dir, installed: fresh, installMs: Date.now() - started, version: '' };
  if (line.runtime === 'python') result.python = join(dir, 'venv', 'bin', 'python');
  if (line.runtime === 'java') result.classpath = (await readFile(join(dir, 'cp.txt'), 'utf8')).trim();
  result.version = await installedVersion(result);
  return result;
}

/** What was installed, from the package itself: pip's metadata, package.json, the jar's path. */
async function installedVersion(sdk: InstalledSdk): Promise<string> {
  const spec = sdk.line.install;
  if (sdk.line.runtime === 'python') {
    const name = spec.split(/[[<>=!~;\s]/)[0]!;
    const { stdout } = await run(sdk.python!, [
      '-c',
      'import importlib.metadata, sys; print(importlib.metadata.version(sys.argv[1]))',
      name,
    ]);
    return stdout.trim();
  }
  if (sdk.line.runtime === 'node') {
    const name = spec.slice(0, spec.lastIndexOf('@'));
    return JSON.parse(await readFile(join(sdk.dir, 'node_modules', name, 'package.json'), 'utf8')).version;
  }
  if (sdk.line.runtime === 'shell') {
    const { stdout } = await run('curl', ['--version']);
    return `curl ${stdout.split(' ')[1]}`;
  }
  const artifactId = spec.split(':')[1]!;
  const jar = new RegExp(`/${artifactId}/([^/]+)/${artifactId}-\\1\\.jar(?::|$)`).exec(sdk.classpath!);
  if (!jar) throw new Error(`${sdk.line.id}: no ${artifactId} jar on the resolved classpath`);
  return jar[1]!;
}

const quiet = { maxBuffer: 64 * 1024 * 1024 };

const INSTALLERS: Record<SdkLine['runtime'], (dir: string, spec: string) => Promise<void>> = {
  async python(dir, spec) {
    requireCommand('python3', 'install Python 3.8 or later with venv (Debian: apt-get install python3 python3-venv)');
    await run('python3', ['-m', 'venv', join(dir, 'venv')], quiet);
    await run(
      join(dir, 'venv', 'bin', 'python'),
      ['-m', 'pip', 'install', '--disable-pip-version-check', '-q', spec],
      quiet,
    );
  },
  async node(dir, spec) {
    requireCommand('npm', 'install Node.js 20 with npm');
    await writeFile(join(dir, 'package.json'), '{ "private": true }\n');
    // @types/node lets the TypeScript snippets type-check against Node as a user's project would;
    // tsx runs them as the printed run command does.
    await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', spec, '@types/node@20', 'tsx@4'], {
      ...quiet,
      cwd: dir,
    });
  },
  async shell(_dir, spec) {
    for (const command of spec.split(' '))
      requireCommand(command, `install ${command} (Debian: apt-get install ${command === 'sh' ? 'dash' : command})`);
  },
  async java(dir, spec) {
    requireCommand('mvn', 'install Maven 3 (Debian: apt-get install maven)');
    requireCommand('javac', 'install a JDK 17 or later (Debian: apt-get install openjdk-17-jdk-headless)');
    const [groupId, artifactId, version] = spec.split(':');
    await writeFile(
      join(dir, 'pom.xml'),
      `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>box-snippet.proof</groupId>
  <artifactId>sdk-classpath</artifactId>
  <version>1</version>
  <dependencies>
    <dependency><groupId>${groupId}</groupId><artifactId>${artifactId}</artifactId><version>${version}</version></dependency>
  </dependencies>
</project>
`,
    );
    // -U: a version range must see the repository's current list of releases, not a cached one.
    await run(
      'mvn',
      [
        '-q',
        '-B',
        ...(spec.includes('[') ? ['-U'] : []),
        'dependency:build-classpath',
        `-Dmdep.outputFile=${join(dir, 'cp.txt')}`,
      ],
      { ...quiet, cwd: dir },
    );
  },
};
