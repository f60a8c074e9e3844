// The target registry: every Box SDK line box-snippet writes for, as data. Types, CLI choices,
// `list` output and docs tables are all derived from this one table; nothing else branches on
// a language or an SDK line.

import type { ClientOptionId } from './client-options.js';
import { AUTH_METHODS, type AuthMethodId } from './credentials.js';
import type { Language } from './encoders/index.js';

export const SDK_LINES = ['gen', 'legacy'] as const;
export type SdkLine = (typeof SDK_LINES)[number];
export const PACKAGE_STATUSES = ['current', 'classic', 'deprecated', 'end-of-life'] as const;
export type PackageStatus = (typeof PACKAGE_STATUSES)[number];

/**
 * One printed step before the program runs, in order, done in an empty folder: a command to run,
 * or (with `file`) a file to save there. The proof runs these exactly as printed.
 */
export interface InstallStep {
  /** Tool the step is for, e.g. `pip`, `npm`, `maven`, `dotnet`. */
  readonly tool: string;
  /** The command to run, or the whole content of the file to save. */
  readonly text: string;
  /** Language tag for showing `text` in a fenced block. */
  readonly languageTag: string;
  /** Set when the step is a file to save: its path in the folder. */
  readonly file?: string;
  /** The package requirement the step installs, in its package manager's own syntax. */
  readonly requirement?: string;
  /**
   * Installs system tools with this platform's package manager; consecutive system steps are
   * alternatives, one per platform, not a sequence.
   */
  readonly system?: PlatformId;
  /** The same command in Windows PowerShell, where it differs (a path, `&&`). */
  readonly windows?: string;
}

/** The platforms install steps name, as docs label them. */
export const PLATFORMS = {
  debian: 'Debian/Ubuntu',
  macos: 'macOS',
  windows: 'Windows (PowerShell)',
} as const;
export type PlatformId = keyof typeof PLATFORMS;
/** The label of the steps that are the same on macOS and Linux, beside their Windows variant. */
export const POSIX_PLATFORMS = 'macOS and Linux';

export interface PackageLine {
  /** The package's registry name; also the value of `--package`. */
  readonly name: string;
  /** The major version range the templates are written for. */
  readonly versionRange: string;
  readonly status: PackageStatus;
  readonly install: readonly InstallStep[];
  /** Where an auth method needs more than `install` (Python's JWT extra). */
  readonly installByAuth?: Partial<Record<AuthMethodId, readonly InstallStep[]>>;
  /** Where a client option needs more than `install` (curl's jq, to read a token reply). */
  readonly installByOption?: Partial<Record<ClientOptionId, readonly InstallStep[]>>;
  /** What the program imports: module, package or namespace. */
  readonly importName: string;
  /** Why a user would pick this package (shown by `list`). */
  readonly note: string;
  /**
   * The value of `--package` where another row of the same target has the same name (a classic
   * line's end-of-life major, e.g. `boxsdk@3`); otherwise the name is the value.
   */
  readonly id?: string;
  /** For an end-of-life package: what the version table in its successor's README says. */
  readonly endOfLife?: EndOfLife;
  /**
   * Node classic: plain Node sees the package as `{ default: BoxSDK }`, from `require()` and from
   * an ES module `import` alike, since its "import" entry is CommonJS too (box-node-sdk 4.x).
   * TypeScript's interop unwraps it; the JavaScript programs take `.default`.
   */
  readonly defaultWrapped?: boolean;
}

export interface EndOfLife {
  /** The EOL date of Box's version table, as the table writes it. */
  readonly date: string;
  /** The id of the row of the same target that replaces this one. */
  readonly successor: string;
  /** Box's migration guide for the move, named as in the package's migration-guides folder. */
  readonly guide: { readonly title: string; readonly url: string };
}

/** The value of `--package` that picks this row of its target. */
export function packageId(pkg: PackageLine): string {
  return pkg.id ?? pkg.name;
}

export interface ModuleStyle {
  readonly id: string;
  readonly language: Language;
  /** Language tag for syntax highlighters (markdown fences). */
  readonly languageTag: string;
  readonly fileName: string;
  /** The command that runs the saved program, from the folder the install steps were run in. */
  readonly run: string;
  /**
   * The command in Windows PowerShell: absent where `run` works there too, null where the
   * program needs a POSIX system (its Windows install step says how to get one).
   */
  readonly windowsRun?: string | null;
  /** Said where the program is saved, when saving it does more than create a file. */
  readonly saveNote?: string;
  /** Extra install steps this style needs on top of the package's own. */
  readonly extraInstall: readonly InstallStep[];
  /** Prettier parser for formatting the output, or null where templates are pre-formatted. */
  readonly prettierParser: 'babel' | 'typescript' | null;
  /** Node only: top-level await in an ES module instead of an async main(). */
  readonly esModule: boolean;
  readonly typeScript: boolean;
  /** Java: the public class has the file's name, so a file name given must be a class name. */
  readonly classNamedAfterFile?: boolean;
  /** False where the run command cannot pass the program arguments (`mvn … exec:java` takes words as goals). */
  readonly takesArguments?: false;
}

/** The code tab Box's docs (Mintlify) show for a target's default package. */
export interface DocsTab {
  /** The tab label exactly as Box's pages write it, e.g. `Python v10`, `Node v4`. */
  readonly label: (typeof BOX_TAB_ORDER)[number];
  /** The module style the tab shows; defaults to the target's first style. */
  readonly style?: string;
}

export interface Target {
  readonly id: string;
  readonly family: Family;
  readonly title: string;
  readonly tab: DocsTab;
  readonly line: SdkLine;
  /** Folder under templates/ holding this target's templates. */
  readonly templateDir: string;
  /** First entry is the default. */
  readonly packages: readonly PackageLine[];
  /** First entry is the default. */
  readonly styles: readonly ModuleStyle[];
  /**
   * Every auth method but those in `unsupportedAuth`, in AUTH_METHODS order (derived: a new auth
   * method reaches every target that does not say why it cannot have it).
   */
  readonly authMethods: readonly AuthMethodId[];
  /** Auth methods the target cannot offer, and why: the usage error says so and names the alternatives. */
  readonly unsupportedAuth?: Partial<Record<AuthMethodId, string>>;
  /** Client options (as-user, downscope, revoke) the target cannot offer, and why. */
  readonly unsupportedClientOptions?: Partial<Record<ClientOptionId, string>>;
  /** False where a Developer Token program has no use for the optional client ID and secret. */
  readonly takesOptionalCredentials?: boolean;
  /** The SDK's HTTP client refuses cleartext connections: `--base-url` must be https://. */
  readonly httpsBaseUrlOnly?: boolean;
  /**
   * Why the OAuth 2.0 program cannot catch Box's redirect on a localhost redirect URI, where it
   * cannot: the user copies the code instead.
   */
  readonly noRedirectListener?: string;
}

/**
 * Box's tab labels in the order its pages show them: cURL, the v10 SDKs, then the classic lines
 * (69 of Box's 129 code groups with five or more of these labels show exactly this order; none
 * puts Java v10 before Swift v10). Docs outputs order their tabs by this list; every target's tab
 * label must be in it.
 */
export const BOX_TAB_ORDER = [
  'cURL',
  'Node/TypeScript v10',
  'Python v10',
  '.NET v10',
  'Swift v10',
  'Java v10',
  'Java v5',
  'Python v4',
  '.NET v6',
  'Node v4',
] as const;

export const FAMILIES = ['python', 'node', 'java', 'dotnet', 'curl', 'swift'] as const;
export type Family = (typeof FAMILIES)[number];

// The auth methods are rows of their own table (credentials.ts); re-exported here, where the
// targets that offer them are.
export { AUTH_METHODS, type AuthMethodId } from './credentials.js';

// A virtual environment: Debian's, Ubuntu's and Homebrew's Pythons refuse a bare `pip install`
// (PEP 668), and it keeps the SDK out of the system's packages. Its programs sit in bin/, on
// Windows in Scripts\, where the installer's command is `python`.
const VENV = { posix: '.venv/bin/', windows: '.venv\\Scripts\\' } as const;
const pip = (spec: string): InstallStep => ({
  tool: 'pip',
  text: `python3 -m venv .venv && ${VENV.posix}pip install "${spec}"`,
  // Windows PowerShell 5.1 has no `&&`; `;` runs the second command after the first there too.
  windows: `python -m venv .venv; ${VENV.windows}pip install "${spec}"`,
  languageTag: 'sh',
  requirement: spec,
});
const npm = (spec: string): InstallStep => ({
  tool: 'npm',
  text: `npm install ${spec}`,
  languageTag: 'sh',
  requirement: spec,
});
/** Maven: a pom.xml beside the program; its first run downloads the SDK. */
const maven = (coordinates: string): InstallStep => ({
  tool: 'maven',
  file: 'pom.xml',
  text: pomXml(coordinates, '.'),
  languageTag: 'xml',
  requirement: coordinates,
});
/** The .NET the programs and projects target: a supported release (.NET 8's support ended in November 2026). */
export const DOTNET_FRAMEWORK = 'net10.0';
const nuget = (name: string, version: string): InstallStep => ({
  tool: 'dotnet',
  text: `dotnet new console --framework ${DOTNET_FRAMEWORK} && dotnet add package ${name} --version ${version}`,
  windows: `dotnet new console --framework ${DOTNET_FRAMEWORK}; dotnet add package ${name} --version ${version}`,
  languageTag: 'sh',
  requirement: `${name}@${version}`,
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

const PYTHON_SCRIPT = {
  id: 'script',
  language: 'python',
  languageTag: 'python',
  fileName: 'get_current_user.py',
  run: `${VENV.posix}python get_current_user.py`,
  windowsRun: `${VENV.windows}python get_current_user.py`,
  extraInstall: [],
  prettierParser: null,
  esModule: false,
  typeScript: false,
} as const satisfies ModuleStyle;

const NODE_STYLES = [
  {
    id: 'cjs',
    language: 'javascript',
    languageTag: 'javascript',
    fileName: 'get-current-user.js',
    run: 'node get-current-user.js',
    extraInstall: [],
    prettierParser: 'babel',
    esModule: false,
    typeScript: false,
  },
  {
    id: 'esm',
    language: 'javascript',
    languageTag: 'javascript',
    fileName: 'get-current-user.mjs',
    run: 'node get-current-user.mjs',
    extraInstall: [],
    prettierParser: 'babel',
    esModule: true,
    typeScript: false,
  },
  {
    id: 'ts',
    language: 'typescript',
    languageTag: 'typescript',
    fileName: 'get-current-user.ts',
    run: 'npx tsx get-current-user.ts',
    extraInstall: [{ tool: 'npm', text: 'npm install --save-dev typescript tsx @types/node', languageTag: 'sh' }],
    prettierParser: 'typescript',
    esModule: false,
    typeScript: true,
  },
] as const satisfies readonly ModuleStyle[];

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

const CSHARP_TOP_LEVEL = {
  id: 'top-level',
  language: 'csharp',
  languageTag: 'csharp',
  fileName: 'Program.cs',
  run: 'dotnet run',
  saveNote: 'replacing the Program.cs that dotnet new wrote',
  extraInstall: [],
  prettierParser: null,
  esModule: false,
  typeScript: false,
  takesArguments: false,
} as const satisfies ModuleStyle;

const SHELL_SCRIPT = {
  id: 'script',
  language: 'shell',
  languageTag: 'sh',
  fileName: 'get-current-user.sh',
  run: 'sh get-current-user.sh',
  windowsRun: null,
  extraInstall: [],
  prettierParser: null,
  esModule: false,
  typeScript: false,
} as const satisfies ModuleStyle;

const SWIFT_PACKAGE = {
  id: 'package',
  language: 'swift',
  languageTag: 'swift',
  // A Swift Package Manager executable package: Package.swift at the top, the program here.
  fileName: 'Sources/GetCurrentUser/main.swift',
  run: 'swift run',
  // box-ios-sdk builds for Apple platforms and Linux.
  windowsRun: null,
  extraInstall: [],
  prettierParser: null,
  esModule: false,
  typeScript: false,
  takesArguments: false,
} as const satisfies ModuleStyle;

/**
 * What a newcomer runs to get the tools a curl script needs, per platform. A POSIX sh script on
 * Windows runs in WSL's Ubuntu, with the Debian/Ubuntu step in its shell.
 */
const systemPackages = (names: string): InstallStep[] => [
  { tool: 'apt-get', text: `sudo apt-get install ${names}`, languageTag: 'sh', system: 'debian' },
  { tool: 'brew', text: `brew install ${names}`, languageTag: 'sh', system: 'macos' },
  {
    tool: 'wsl',
    text: `wsl --install -d Ubuntu  # then, in Ubuntu's shell: sudo apt-get install ${names}`,
    languageTag: 'powershell',
    system: 'windows',
  },
];

const swiftPackage = (version: string): InstallStep[] => [
  { tool: 'swift', text: 'mkdir -p Sources/GetCurrentUser', languageTag: 'sh' },
  {
    tool: 'swift',
    file: 'Package.swift',
    languageTag: 'swift',
    text: `// swift-tools-version:5.7
import PackageDescription

let package = Package(
    name: "GetCurrentUser",
    platforms: [.macOS(.v10_15)],
    dependencies: [
        .package(url: "https://github.com/box/box-ios-sdk.git", .upToNextMajor(from: "${version}")),
    ],
    targets: [
        .executableTarget(
            name: "GetCurrentUser",
            dependencies: [.product(name: "BoxSDK", package: "box-ios-sdk")]
        ),
    ]
)
`,
  },
];

/** Why neither a curl script nor the Swift SDK can do JWT; generate() adds the targets that can. */
const JWT_NEEDS_SIGNING =
  "a JWT assertion must be signed with the app's private key (RS256), which a curl script cannot do; use the Box CLI (box configure:environments:add config.json) or an SDK target";
const SWIFT_HAS_NO_JWT =
  'the Box Swift SDK has no JWT auth (box-ios-sdk 10.x has no JWTConfig or BoxJWTAuth); use CCG, or an SDK target with JWT';

/** A target as written below; TARGETS adds what is derived. */
type TargetRow = Omit<Target, 'authMethods'>;

const CURL_KEEPS_NO_TOKENS =
  "a curl script makes each request by hand; keeping and refreshing tokens is what the SDKs' token storage does (Box's tokens/refresh guide shows the refresh request)";

const TARGET_ROWS = [
  {
    id: 'python',
    family: 'python',
    title: 'Python, generated SDK',
    tab: { label: 'Python v10' },
    line: 'gen',
    templateDir: 'python',
    packages: [
      {
        name: 'boxsdk',
        versionRange: '10.x',
        status: 'current',
        install: [pip('boxsdk>=10,<11')],
        installByAuth: { jwt: [pip('boxsdk[jwt]>=10,<11')] },
        importName: 'box_sdk_gen',
        note: 'The current Box Python SDK.',
      },
      {
        name: 'box-sdk-gen',
        versionRange: '1.x',
        status: 'deprecated',
        install: [pip('box-sdk-gen>=1,<2')],
        installByAuth: { jwt: [pip('box-sdk-gen[jwt]>=1,<2')] },
        importName: 'box_sdk_gen',
        note: 'Standalone generated SDK; replaced by boxsdk 10.x (same module, same API).',
      },
    ],
    styles: [PYTHON_SCRIPT],
  },
  {
    id: 'python-legacy',
    family: 'python',
    title: 'Python, classic SDK',
    tab: { label: 'Python v4' },
    line: 'legacy',
    templateDir: 'python-legacy',
    packages: [
      {
        name: 'boxsdk',
        versionRange: '4.x',
        status: 'classic',
        // 4.x's `boxsdk/__init__` imports its JWT module, which needs the [jwt] extra's
        // `cryptography`: without the extra, `import boxsdk` fails whatever the auth method.
        install: [pip('boxsdk[jwt]>=4,<5')],
        importName: 'boxsdk',
        note: 'Classic API (module boxsdk) in the combined 4.x, which also ships box_sdk_gen; fixes only, end of support in 2027.',
      },
      {
        name: 'boxsdk',
        id: 'boxsdk@3',
        versionRange: '3.x',
        status: 'end-of-life',
        install: [pip('boxsdk>=3,<4')],
        installByAuth: { jwt: [pip('boxsdk[jwt]>=3,<4')] },
        importName: 'boxsdk',
        note: 'Classic SDK 3.x, end of life since 23 Oct 2025; 4.x runs the same code.',
        endOfLife: {
          date: '23 Oct 2025',
          successor: 'boxsdk',
          guide: {
            title: 'Migration guide from v3 to v4 of the Box Python SDK',
            url: 'https://github.com/box/box-python-sdk/blob/combined-sdk/migration-guides/from-v3-to-v4.md',
          },
        },
      },
    ],
    styles: [PYTHON_SCRIPT],
  },
  {
    id: 'node',
    family: 'node',
    title: 'Node.js / TypeScript, generated SDK',
    tab: { label: 'Node/TypeScript v10', style: 'ts' },
    line: 'gen',
    templateDir: 'node',
    packages: [
      {
        name: 'box-node-sdk',
        versionRange: '10.x',
        status: 'current',
        install: [npm('box-node-sdk@^10')],
        importName: 'box-node-sdk',
        note: 'The current Box Node.js/TypeScript SDK.',
      },
      {
        name: 'box-typescript-sdk-gen',
        versionRange: '1.x',
        status: 'deprecated',
        install: [npm('box-typescript-sdk-gen@^1')],
        importName: 'box-typescript-sdk-gen',
        note: 'Standalone generated SDK shown in Box docs; replaced by box-node-sdk 10.x (same API).',
      },
    ],
    styles: NODE_STYLES,
  },
  {
    id: 'node-legacy',
    family: 'node',
    title: 'Node.js, classic SDK',
    tab: { label: 'Node v4', style: 'cjs' },
    line: 'legacy',
    templateDir: 'node-legacy',
    packages: [
      {
        name: 'box-node-sdk',
        versionRange: '4.x',
        status: 'classic',
        install: [npm('box-node-sdk@^4')],
        importName: 'box-node-sdk',
        note: 'Classic API in the combined 4.x, which also ships box-node-sdk/sdk-gen; fixes only, end of support in 2027.',
        defaultWrapped: true,
      },
      {
        name: 'box-node-sdk',
        id: 'box-node-sdk@3',
        versionRange: '3.x',
        status: 'end-of-life',
        install: [npm('box-node-sdk@^3')],
        importName: 'box-node-sdk',
        note: 'Classic SDK 3.x, end of life since 23 Oct 2025; 4.x runs the same code (CommonJS takes .default).',
        endOfLife: {
          date: '23 Oct 2025',
          successor: 'box-node-sdk',
          guide: {
            title: 'Migration guide from v3 to v4 version of box-node-sdk',
            url: 'https://github.com/box/box-node-sdk/blob/combined-sdk/migration-guides/from-v3-to-v4.md',
          },
        },
      },
    ],
    styles: NODE_STYLES,
  },
  {
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
  },
  {
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
  },
  {
    id: 'dotnet',
    family: 'dotnet',
    title: '.NET (C#), generated SDK',
    tab: { label: '.NET v10' },
    line: 'gen',
    templateDir: 'dotnet',
    packages: [
      {
        name: 'Box.V2.Core',
        versionRange: '10.x',
        status: 'current',
        install: [nuget('Box.V2.Core', '10.17.0')],
        importName: 'Box.Sdk.Gen',
        note: 'The current Box .NET SDK (namespace Box.Sdk.Gen).',
      },
      {
        name: 'Box.Sdk.Gen',
        versionRange: '1.x',
        status: 'deprecated',
        install: [nuget('Box.Sdk.Gen', '1.12.0')],
        importName: 'Box.Sdk.Gen',
        note: 'Standalone generated SDK; replaced by Box.V2.Core 10.x (same namespace and API).',
      },
    ],
    styles: [CSHARP_TOP_LEVEL],
  },
  {
    id: 'dotnet-legacy',
    family: 'dotnet',
    title: '.NET (C#), classic SDK',
    tab: { label: '.NET v6' },
    line: 'legacy',
    templateDir: 'dotnet-legacy',
    packages: [
      {
        name: 'Box.V2.Core',
        versionRange: '6.x',
        status: 'classic',
        install: [nuget('Box.V2.Core', '6.16.0')],
        importName: 'Box.V2',
        note: 'Classic API (namespace Box.V2) in the combined 6.x, which also ships Box.Sdk.Gen; .NET 8+, supported until 2027 or v7.',
      },
      {
        name: 'Box.V2.Core',
        id: 'Box.V2.Core@5',
        versionRange: '5.x',
        status: 'end-of-life',
        install: [nuget('Box.V2.Core', '5.8.0')],
        importName: 'Box.V2',
        note: 'Classic SDK 5.x (namespace Box.V2), end of life since 23 Oct 2025; 6.x runs the same code.',
        endOfLife: {
          date: '23 Oct 2025',
          successor: 'Box.V2.Core',
          guide: {
            title: 'Migration guide: migrate from v5 to v6 of Box Windows SDK V2',
            url: 'https://github.com/box/box-windows-sdk-v2/blob/v6.16.0/migration-guides/from-v5-to-v6.md',
          },
        },
      },
    ],
    styles: [CSHARP_TOP_LEVEL],
  },
  {
    id: 'curl',
    family: 'curl',
    title: 'cURL (POSIX sh script)',
    tab: { label: 'cURL' },
    line: 'gen',
    templateDir: 'curl',
    packages: [
      {
        name: 'curl',
        // The failure helper reads curl's %{errormsg}, which arrived in curl 7.75.
        versionRange: '7.75+',
        status: 'current',
        install: systemPackages('curl'),
        // jq reads the token out of the token request's JSON reply.
        installByAuth: { ccg: systemPackages('curl jq'), oauth: systemPackages('curl jq') },
        // jq also reads the token exchange's reply, and writes the revoke request's form.
        installByOption: { downscope: systemPackages('curl jq'), revoke: systemPackages('curl jq') },
        importName: 'curl',
        note: 'The Box API called directly with curl from a POSIX sh script; jq reads token replies.',
      },
    ],
    styles: [SHELL_SCRIPT],
    unsupportedAuth: { jwt: JWT_NEEDS_SIGNING },
    unsupportedClientOptions: {
      tokenFile: CURL_KEEPS_NO_TOKENS,
      existingTokens: CURL_KEEPS_NO_TOKENS,
    },
    noRedirectListener: 'a shell script has no HTTP server of its own',
    // Nothing in a curl script refreshes or revokes the token, so the client pair has no use.
    takesOptionalCredentials: false,
  },
  {
    id: 'swift',
    family: 'swift',
    title: 'Swift, generated SDK',
    tab: { label: 'Swift v10' },
    line: 'gen',
    templateDir: 'swift',
    packages: [
      {
        name: 'box-ios-sdk',
        versionRange: '10.x',
        status: 'current',
        install: swiftPackage('10.15.0'),
        importName: 'BoxSdkGen',
        note: 'The current Box Swift SDK (Swift Package Manager product BoxSDK, module BoxSdkGen).',
      },
    ],
    styles: [SWIFT_PACKAGE],
    unsupportedAuth: { jwt: SWIFT_HAS_NO_JWT },
  },
] as const satisfies readonly TargetRow[];

type Derived<Row> = Row & { readonly authMethods: readonly AuthMethodId[] };

export const TARGETS = TARGET_ROWS.map((row) => ({
  ...row,
  authMethods: AUTH_METHODS.filter((id) => !(id in ((row as TargetRow).unsupportedAuth ?? {}))),
})) as readonly Derived<(typeof TARGET_ROWS)[number]>[];

export type TargetId = (typeof TARGET_ROWS)[number]['id'];
/** The values of `--package` for a target: each row's `id`, or its name where it has none. */
export type PackageName<T extends TargetId> = PackageIdOf<
  Extract<(typeof TARGET_ROWS)[number], { id: T }>['packages'][number]
>;
type PackageIdOf<P> = P extends { readonly id: infer Id } ? Id : P extends { readonly name: infer Name } ? Name : never;
export type StyleId<T extends TargetId> = Extract<(typeof TARGET_ROWS)[number], { id: T }>['styles'][number]['id'];

export const TARGET_IDS = TARGET_ROWS.map((target) => target.id) as readonly TargetId[];

export function findTarget(id: string): Target | undefined {
  return (TARGETS as readonly Target[]).find((target) => target.id === id);
}

/** What users type after `--lang`, mapped to a target family and, for Node, a module style. */
export const LANGUAGE_ALIASES: Readonly<Record<string, { family: Family; style?: string }>> = {
  python: { family: 'python' },
  py: { family: 'python' },
  node: { family: 'node' },
  nodejs: { family: 'node' },
  js: { family: 'node', style: 'cjs' },
  javascript: { family: 'node', style: 'cjs' },
  mjs: { family: 'node', style: 'esm' },
  esm: { family: 'node', style: 'esm' },
  ts: { family: 'node', style: 'ts' },
  typescript: { family: 'node', style: 'ts' },
  java: { family: 'java' },
  dotnet: { family: 'dotnet' },
  '.net': { family: 'dotnet' },
  net: { family: 'dotnet' },
  csharp: { family: 'dotnet' },
  cs: { family: 'dotnet' },
  'c#': { family: 'dotnet' },
  curl: { family: 'curl' },
  sh: { family: 'curl' },
  shell: { family: 'curl' },
  bash: { family: 'curl' },
  swift: { family: 'swift' },
};
