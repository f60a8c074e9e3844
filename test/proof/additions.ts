// What the proof adds to a program's printed steps from outside their text, and nothing else: the
// trust settings for the test CA; where this machine's Maven mirror lacks the printed SDK,
// relocation POMs to the one served (both listed in the matrix); and the tools' cache folders.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestTls } from './tls.js';

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
 * Relocation POMs, in the proof's own Maven repository, for each printed artifact this machine's
 * mirror lacks: Maven then resolves the printed coordinates to the served ones, and the printed
 * `mvn` command and pom are untouched.
 */
export async function writeRelocations(repository: string, substitutes: readonly MavenSubstitute[]): Promise<void> {
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
}

/**
 * The package tools' caches and repository the proof's steps use: folders of the suite's own,
 * kept between runs (and between clones), so no step writes to the user's ~/.npm, pip cache or
 * ~/.m2. `BOX_SNIPPET_TEST_CACHE` moves them; deleting the folder makes the next run cold.
 */
export function toolCaches(root: string): {
  root: string;
  env: Record<string, string>;
  mavenRepository: string;
  mavenOpts: string;
} {
  const mavenRepository = join(root, 'maven-repository');
  return {
    root,
    env: { npm_config_cache: join(root, 'npm'), PIP_CACHE_DIR: join(root, 'pip') },
    mavenRepository,
    mavenOpts: `-Dmaven.repo.local=${mavenRepository}`,
  };
}
