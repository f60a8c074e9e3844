// `--project <dir>`: the program as a complete project, with its build manifest where the
// language's tools expect it, a README with the commands, and a .gitignore that keeps secrets
// out. One recipe per language; each reads the package requirement from the snippet's own
// install steps, so the project and the single-file steps can never name different versions.

import type { Language } from './encoders/index.js';
import type { Snippet } from './snippet.js';
import { DOTNET_FRAMEWORK, findTarget, pomXml } from './targets.js';

export interface ProjectFile {
  /** '/'-separated path inside the project folder. */
  readonly path: string;
  readonly text: string;
}

export interface Project {
  readonly files: readonly ProjectFile[];
  /** Commands to run once in the project folder, in order. */
  readonly install: readonly string[];
  /** The command that runs the program, from the project folder. */
  readonly run: string;
}

interface Recipe {
  /** Where the program goes. */
  programPath: (snippet: Snippet) => string;
  /** `requirement` is the package the install steps name, where there is one. */
  manifests: (snippet: Snippet, requirement: string) => ProjectFile[];
  install: (snippet: Snippet) => string[];
  run: (snippet: Snippet) => string;
  /** Build and tool outputs for .gitignore. */
  ignore: readonly string[];
}

const PYTHON: Recipe = {
  programPath: (snippet) => snippet.fileName,
  manifests: (_snippet, requirement) => [{ path: 'requirements.txt', text: `${requirement}\n` }],
  install: () => ['python3 -m venv .venv && .venv/bin/pip install -r requirements.txt'],
  run: (snippet) => `.venv/bin/python ${snippet.fileName}`,
  ignore: ['.venv/', '__pycache__/'],
};

function nodeRecipe(typeScript: boolean): Recipe {
  return {
    programPath: (snippet) => snippet.fileName,
    manifests: (snippet, requirement) => {
      const at = requirement.lastIndexOf('@');
      const manifest = {
        name: 'get-current-user',
        version: '1.0.0',
        private: true,
        type: snippet.fileName.endsWith('.mjs') ? 'module' : 'commonjs',
        scripts: {
          start: `${typeScript ? 'tsx' : 'node'} ${snippet.fileName}`,
          ...(typeScript ? { typecheck: 'tsc --noEmit' } : {}),
        },
        dependencies: { [requirement.slice(0, at)]: requirement.slice(at + 1) },
        ...(typeScript ? { devDependencies: { '@types/node': '^20', tsx: '^4', typescript: '^6' } } : {}),
      };
      const files = [{ path: 'package.json', text: `${JSON.stringify(manifest, null, 2)}\n` }];
      if (typeScript) {
        const tsconfig = {
          compilerOptions: {
            target: 'es2022',
            module: 'node16',
            moduleResolution: 'node16',
            strict: true,
            // As \`tsc --init\` writes it: the SDKs' own .d.ts files are theirs to check (box-node-sdk
            // 10's name node-fetch, whose types it does not install), the program is ours.
            skipLibCheck: true,
            noEmit: true,
            types: ['node'],
          },
          files: [snippet.fileName],
        };
        files.push({ path: 'tsconfig.json', text: `${JSON.stringify(tsconfig, null, 2)}\n` });
      }
      return files;
    },
    install: () => ['npm install'],
    // Arguments after `--` reach the program (the OAuth 2.0 programs take the code).
    run: () => 'npm start --silent --',
    ignore: ['node_modules/'],
  };
}

const JAVA_SOURCES = 'src/main/java';
const JAVA: Recipe = {
  programPath: (snippet) => `${JAVA_SOURCES}/${snippet.fileName}`,
  manifests: (snippet, coordinates) => {
    const mainClass = snippet.fileName.replace(/\.java$/, '');
    return [
      { path: 'pom.xml', text: pomXml(coordinates, JAVA_SOURCES, mainClass) },
      { path: 'build.gradle', text: buildGradle(coordinates, mainClass) },
    ];
  },
  install: () => [],
  run: () => 'mvn -q compile exec:java',
  ignore: ['target/', 'build/', '.gradle/'],
};

const SHELL: Recipe = {
  programPath: (snippet) => snippet.fileName,
  manifests: () => [],
  install: () => [],
  run: (snippet) => snippet.run,
  ignore: [],
};

/** Swift Package Manager: the package manifest the install steps print, the program under Sources/. */
const SWIFT: Recipe = {
  programPath: (snippet) => snippet.fileName,
  manifests: (snippet) =>
    snippet.install.filter((step) => step.file !== undefined).map((step) => ({ path: step.file!, text: step.text })),
  install: () => [],
  run: (snippet) => snippet.run,
  ignore: ['.build/', '.swiftpm/'],
};

const CSHARP: Recipe = {
  programPath: (snippet) => snippet.fileName,
  manifests: (_snippet, requirement) => {
    const at = requirement.lastIndexOf('@');
    return [{ path: 'GetCurrentUser.csproj', text: csproj(requirement.slice(0, at), requirement.slice(at + 1)) }];
  },
  install: () => [],
  run: () => 'dotnet run',
  ignore: ['bin/', 'obj/'],
};

export const PROJECT_RECIPES: Record<Language, Recipe> = {
  python: PYTHON,
  // Pure: a page that renders snippets but writes no projects leaves the recipes out of its bundle.
  javascript: /* @__PURE__ */ nodeRecipe(false),
  typescript: /* @__PURE__ */ nodeRecipe(true),
  java: JAVA,
  csharp: CSHARP,
  shell: SHELL,
  swift: SWIFT,
};

/** Files that hold secrets by their nature: local env files, keys, Box's JWT config files. */
const SECRET_PATTERNS = ['.env', '*.pem', '*.key', '*_config.json', 'box_app_config.json'];

export function projectFor(snippet: Snippet): Project {
  const style = findTarget(snippet.target)?.styles.find((candidate) => candidate.id === snippet.style);
  if (style === undefined) throw new Error(`internal: no style ${snippet.style} for ${snippet.target}`);
  const recipe = PROJECT_RECIPES[style.language];
  const requirement = snippet.install.find((step) => step.requirement !== undefined)?.requirement ?? '';
  const programPath = recipe.programPath(snippet);
  const install = recipe.install(snippet);
  const run = recipe.run(snippet);
  const ignore = [
    ...recipe.ignore,
    ...SECRET_PATTERNS,
    // A program holding a literal secret stays out of version control too, and so do its tokens.
    ...(snippet.containsSecret ? [`/${programPath}`] : []),
    ...(snippet.tokenFile === undefined ? [] : [`/${snippet.tokenFile}`]),
  ];
  const files: ProjectFile[] = [
    { path: programPath, text: snippet.code },
    ...recipe.manifests(snippet, requirement),
    { path: '.gitignore', text: `${ignore.join('\n')}\n` },
    { path: 'README.md', text: readme(snippet, programPath, install, run) },
  ];
  return { files: [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), install, run };
}

function readme(snippet: Snippet, programPath: string, install: readonly string[], run: string): string {
  const lines = [
    '# Get the current Box user',
    '',
    `\`${programPath}\` signs in to Box with ${snippet.package.name} ${snippet.package.versionRange} and prints the ID of the user the credentials belong to.`,
    '',
  ];
  if (snippet.envVars.length > 0)
    lines.push(`It reads ${snippet.envVars.map((name) => `\`${name}\``).join(', ')} from the environment.`, '');
  if (snippet.credentialMode === 'placeholder')
    lines.push(`Replace the \`YOUR_…\` placeholders in \`${programPath}\` first.`, '');
  if (snippet.containsSecret)
    lines.push(`\`${programPath}\` holds a secret: \`.gitignore\` keeps it out of version control.`, '');
  lines.push('```sh', ...install, run, '```', '');
  if (snippet.signIn !== undefined) lines.push(snippet.signIn.join('\n'), '');
  return `${lines.join('\n')}`;
}

function buildGradle(coordinates: string, mainClass: string): string {
  return `// For Gradle users: gradle run (Gradle 7 or later).
plugins {
    id 'application'
}

repositories {
    mavenCentral()
}

dependencies {
    implementation '${coordinates}'
}

java {
    toolchain {
        languageVersion = JavaLanguageVersion.of(17)
    }
}

application {
    mainClass = '${mainClass}'
}
`;
}

function csproj(packageName: string, version: string): string {
  return `<Project Sdk="Microsoft.NET.Sdk">

  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>${DOTNET_FRAMEWORK}</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
  </PropertyGroup>

  <ItemGroup>
    <PackageReference Include="${packageName}" Version="${version}" />
  </ItemGroup>

</Project>
`;
}
