// The Java targets' rows: the generated SDK (v10) and the classic one (v5), each a pom.xml.

import type { InstallStep, ModuleStyle } from '../targets.js';
import type { TargetRow } from '../target-row.js';

/** Maven: a pom.xml beside the program; its first run downloads the SDK. */
const maven = (coordinates: string): InstallStep => ({
  tool: 'maven',
  file: 'pom.xml',
  text: pomXml(coordinates, '.'),
  languageTag: 'xml',
  requirement: coordinates,
});
/**
 * The smallest pom.xml that builds and runs the program with Maven 3 on JDK 11 or later: the
 * compiler release (Maven's default compiler plugin would target Java 5) and the exec plugin with
 * the main class.
 */
export function pomXml(coordinates: string, sourceDirectory: string, mainClass = 'GetCurrentUser'): string {
  const [groupId, artifactId, version] = coordinates.split(':');
  const source =
    sourceDirectory === '.'
      ? '\n    <!-- The program sits beside this file. -->\n    <sourceDirectory>.</sourceDirectory>'
      : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>get-current-user</artifactId>
  <version>1.0</version>
  <properties>
    <maven.compiler.release>11</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
    <dependency>
      <groupId>${groupId}</groupId>
      <artifactId>${artifactId}</artifactId>
      <version>${version}</version>
    </dependency>
  </dependencies>
  <build>${source}
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.13.0</version>
      </plugin>
      <plugin>
        <groupId>org.codehaus.mojo</groupId>
        <artifactId>exec-maven-plugin</artifactId>
        <version>3.5.0</version>
        <configuration>
          <mainClass>${mainClass}</mainClass>
          <!-- The SDK's HTTP client keeps threads alive after main returns; without this, Maven
               waits 15 seconds for them before it ends. -->
          <cleanupDaemonThreads>false</cleanupDaemonThreads>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
`;
}

const JAVA_CLASS = {
  id: 'class',
  language: 'java',
  languageTag: 'java',
  fileName: 'GetCurrentUser.java',
  run: 'mvn -q compile exec:java',
  extraInstall: [],
  prettierParser: null,
  esModule: false,
  typeScript: false,
  classNamedAfterFile: true,
  takesArguments: false,
} as const satisfies ModuleStyle;

export const JAVA = {
  id: 'java',
  family: 'java',
  title: 'Java, generated SDK',
  tab: { label: 'Java v10' },
  line: 'gen',
  templateDir: 'java',
  packages: [
    {
      name: 'com.box:box-java-sdk',
      versionRange: '10.x',
      status: 'current',
      install: [maven('com.box:box-java-sdk:10.17.0')],
      importName: 'com.box.sdkgen',
      note: 'The current Box Java SDK.',
    },
    {
      name: 'com.box:box-java-sdk-gen',
      versionRange: '0.8.x',
      status: 'deprecated',
      install: [maven('com.box:box-java-sdk-gen:0.8.1')],
      importName: 'com.box.sdkgen',
      note: 'Standalone generated SDK; replaced by box-java-sdk 10.x (same packages and API).',
    },
  ],
  styles: [JAVA_CLASS],
  httpsBaseUrlOnly: true,
} as const satisfies TargetRow;

export const JAVA_LEGACY = {
  id: 'java-legacy',
  family: 'java',
  title: 'Java, classic SDK',
  tab: { label: 'Java v5' },
  line: 'legacy',
  templateDir: 'java-legacy',
  packages: [
    {
      name: 'com.box:box-java-sdk',
      versionRange: '5.x',
      status: 'classic',
      install: [maven('com.box:box-java-sdk:5.14.1')],
      importName: 'com.box.sdk',
      note: 'Classic API (com.box.sdk) in the combined 5.x, which also ships com.box.sdkgen; supported until 2027 or v6.',
    },
    {
      name: 'com.box:box-java-sdk',
      id: 'com.box:box-java-sdk@4',
      versionRange: '4.x',
      status: 'end-of-life',
      install: [maven('com.box:box-java-sdk:4.16.4')],
      importName: 'com.box.sdk',
      note: 'Classic SDK 4.x, end of life since 23 Oct 2025; 5.x runs the same code.',
      endOfLife: {
        date: '23 Oct 2025',
        successor: 'com.box:box-java-sdk',
        guide: {
          title: 'Migration guide from v4 to v5 version of box-java-sdk',
          url: 'https://github.com/box/box-java-sdk/blob/v5.6.0/migration-guides/from-v4-to-v5.md',
        },
      },
    },
  ],
  styles: [JAVA_CLASS],
  httpsBaseUrlOnly: true,
} as const satisfies TargetRow;

/** This family's rows, in the registry's order. */
export const ROWS = [JAVA, JAVA_LEGACY] as const;

/** The string literals of this family's languages. */
export { JAVA_STRINGS as STRINGS } from '../encoders/java.js';
