// Runs a snippet's printed steps verbatim with `sh`, in a fresh empty folder, as a newcomer
// would: every install step outside the namespace (it needs the registries), then the saved
// program, then the run command inside the namespace (where api.box.com is the mock). The only
// things added from outside the printed text are the trust settings for the test CA and, where
// this machine's Maven mirror lacks the printed SDK, Maven settings that relocate it to the one
// served (see mavenSubstitution). Both are listed in the matrix.

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { InstallStep } from '../../src/core/index.js';
import type { Namespace } from './netns.js';
import { spawnProgram, type ProgramRun } from './run-program.js';
import type { TestTls } from './tls.js';

export interface PrintedSteps {
  /** Files to save and commands to run before the program exists (`Snippet.install`). */
  install: readonly InstallStep[];
  /** Saved after the install steps, as the printed steps say (`dotnet new` writes a Program.cs). */
  program: { path: string; text: string };
  run: string;
}

const INSTALL_TIMEOUT_MS = 300_000;

/** Trust for the test CA, for every runtime at once; none of it is in the printed text. */
export function trustEnvironment(tls: TestTls): Record<string, string> {
  return {
    REQUESTS_CA_BUNDLE: tls.caPem,
    SSL_CERT_FILE: tls.caPem,
    NODE_EXTRA_CA_CERTS: tls.caPem,
    CURL_CA_BUNDLE: tls.caPem,
    MAVEN_OPTS: `-Djavax.net.ssl.trustStore=${tls.javaTrustStore} -Djavax.net.ssl.trustStorePassword=${tls.javaTrustStorePassword}`,
  };
}

export interface MavenSubstitute {
  /** `group:artifact:version` as printed. */
  printed: string;
  /** `group:artifact:version` that this machine's mirror serves instead. */
  served: string;
}

/**
 * A Maven home (`-Duser.home`, so the printed `mvn` command is untouched) whose settings.xml
 * points at a local repository of its own, kept in .cache/ between runs, holding a relocation
 * POM for each printed artifact this machine's mirror lacks: Maven then resolves the printed
 * coordinates to the served ones. The user's own ~/.m2 is never written to.
 */
export async function mavenSubstitution(
  dir: string,
  repository: string,
  substitutes: readonly MavenSubstitute[],
): Promise<string> {
  for (const { printed, served } of substitutes) {
    const [groupId, artifactId, version] = printed.split(':') as [string, string, string];
    const [toGroup, toArtifact, toVersion] = served.split(':') as [string, string, string];
    const folder = join(repository, ...groupId.split('.'), artifactId, version);
    await mkdir(folder, { recursive: true });
    await writeFile(
      join(folder, `${artifactId}-${version}.pom`),
      `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>${groupId}</groupId>
  <artifactId>${artifactId}</artifactId>
  <version>${version}</version>
  <distributionManagement>
    <relocation>
      <groupId>${toGroup}</groupId>
      <artifactId>${toArtifact}</artifactId>
      <version>${toVersion}</version>
      <message>box-snippet proof: ${printed} is not served by this machine's Maven mirror</message>
    </relocation>
  </distributionManagement>
</project>
`,
    );
  }
  const home = join(dir, 'maven-home');
  await mkdir(join(home, '.m2'), { recursive: true });
  await writeFile(
    join(home, '.m2', 'settings.xml'),
    `<settings>\n  <localRepository>${repository}</localRepository>\n</settings>\n`,
  );
  return home;
}

export interface StepsRun {
  failedStep: string | null;
  install: ProgramRun[];
  run: ProgramRun | null;
}

export async function runPrintedSteps(options: {
  dir: string;
  steps: PrintedSteps;
  namespace: Namespace;
  /** The install steps' environment: the developer's own shell, which reaches the registries. */
  installEnv: Record<string, string>;
  /** The run's: a clean one with the test CA's trust settings and the credentials. */
  runEnv: Record<string, string>;
  args: readonly string[];
  timeoutMs: number;
}): Promise<StepsRun> {
  const { dir, steps } = options;
  await mkdir(dir, { recursive: true });
  const install: ProgramRun[] = [];
  for (const step of steps.install) {
    // System tools (curl, jq) come from the machine's packages, as scripts/system-tools.sh makes sure.
    if (step.system) continue;
    if (step.file !== undefined) {
      await save(dir, step.file, step.text);
      continue;
    }
    const ran = await spawnProgram('sh', ['-c', step.text], options.installEnv, dir, INSTALL_TIMEOUT_MS);
    install.push(ran);
    if (ran.exitCode !== 0) return { failedStep: step.text, install, run: null };
  }
  await save(dir, steps.program.path, steps.program.text);
  // `sh -c 'run' sh arg…`: the program's own arguments follow the printed command.
  const command = options.args.length > 0 ? `${steps.run} "$@"` : steps.run;
  const run = await spawnProgram(
    ...options.namespace.wrap('sh', ['-c', command, 'sh', ...options.args]),
    options.runEnv,
    dir,
    options.timeoutMs,
  );
  return { failedStep: run.exitCode === 0 ? null : steps.run, install, run };
}

async function save(dir: string, path: string, text: string): Promise<void> {
  await mkdir(dirname(join(dir, path)), { recursive: true });
  await writeFile(join(dir, path), text);
}
