// What the tests need to know per target language, written once per language: how a program is
// syntax-checked, what its entry point looks like, and whether the proof runs it or, where this
// machine has no toolchain for it, checks it against its SDK's API.
// Typed over every Language of the registry, so a new language is a compile error here until it
// has its entry. Tests loop over targets and cases; none names a target.

import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import type { Language } from '../../src/core/index.js';
import { checkBoxApi, findConstWithRuntimeValue } from './csharp/check-csharp.js';
import { DOTNET_LINES } from './dotnet-lines.js';
import { checkSwiftBoxApi } from './swift/check-swift.js';
import { SWIFT_SURFACE } from './swift/api-surface.js';
import { python3, requireCommand } from './toolchains.js';
import { syntaxProblems } from './tree-sitter.js';

const run = promisify(execFile);

export interface Program {
  name: string;
  code: string;
  fileName: string;
}

/** How a language this machine cannot compile is held to its SDK's API instead. */
export interface ApiCheck {
  /** The SDK source a program of this target and package (its --package value) is checked against. */
  against: (targetId: string, packageName: string) => string;
  /**
   * What the check finds wrong (a Box type, member or argument the SDK lacks; for C# also a `const`
   * with a run-time value); empty when nothing.
   */
  problems: (code: string, targetId: string, packageName: string) => Promise<string[]>;
}

/** What runs a program: its install folder's shape and how the proof reads the version installed. */
export type Runtime = 'python' | 'node' | 'java' | 'shell';

export type LanguageSupport = {
  /** The parser that checks the programs, for test names. */
  parser: string;
  /** Syntax problems of each program, by program name; an empty list where it parses. */
  syntax: (programs: readonly Program[]) => Promise<Record<string, string[]>>;
  /** What every program's entry point looks like (no fragments). */
  entryPoint: RegExp;
} & (
  | /** Executed with its SDK against the mock, by the runtime its printed run command starts. */ {
      proof: 'run';
      runtime: Runtime;
    }
  | /** No toolchain here: parsed and API-checked. */ { proof: 'checked'; api: ApiCheck }
);

const dotnetLine = (targetId: string, packageName: string) => DOTNET_LINES[`${targetId} ${packageName}`]!;

/** Runs `check` for each program written to a file of its own name, in a fresh folder. */
async function perFile(
  programs: readonly Program[],
  check: (file: string) => Promise<unknown>,
): Promise<Record<string, string[]>> {
  const dir = await mkdtemp(join(tmpdir(), 'box-snippet-syntax-'));
  try {
    const results: Record<string, string[]> = {};
    const checkOne = async (program: Program, i: number) => {
      const file = join(dir, `${i}-${program.fileName.replaceAll('/', '_')}`);
      await writeFile(file, program.code);
      try {
        await check(file);
        results[program.name] = [];
      } catch (error) {
        results[program.name] = [String((error as { stderr?: string }).stderr || error).trim()];
      }
    };
    // A few processes at a time: enough to overlap start-up, few enough for a 2-core machine.
    for (let i = 0; i < programs.length; i += 4)
      await Promise.all(programs.slice(i, i + 4).map((p, j) => checkOne(p, i + j)));
    return results;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const byTreeSitter = (language: 'java' | 'csharp' | 'swift') => async (programs: readonly Program[]) =>
  Object.fromEntries(
    await Promise.all(programs.map(async (p) => [p.name, await syntaxProblems(language, p.code)] as const)),
  );

/** `node --check` for every program, in one Node process (test/support/node-syntax.mjs). */
async function nodeCheck(programs: readonly Program[]): Promise<Record<string, string[]>> {
  const dir = await mkdtemp(join(tmpdir(), 'box-snippet-syntax-'));
  try {
    const files = await Promise.all(
      programs.map(async (program, i) => {
        const file = join(dir, `${i}-${program.fileName.replaceAll('/', '_')}`);
        await writeFile(file, program.code);
        return file;
      }),
    );
    const checker = join(import.meta.dirname, 'node-syntax.mjs');
    const { stdout } = await run(process.execPath, ['--experimental-vm-modules', '--no-warnings', checker, ...files]);
    const problems = JSON.parse(stdout) as Record<string, string>;
    return Object.fromEntries(
      programs.map((p, i) => [p.name, problems[files[i]!] === undefined ? [] : [problems[files[i]!]!]]),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const typeScriptSyntax = async (programs: readonly Program[]) =>
  Object.fromEntries(
    programs.map((p) => {
      const result = ts.transpileModule(p.code, { reportDiagnostics: true, fileName: 'snippet.ts' });
      return [
        p.name,
        (result.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
      ] as const;
    }),
  );

/** One interpreter for all programs: ast.parse checks indentation too, which tree-sitter does not. */
async function pythonAst(programs: readonly Program[]): Promise<Record<string, string[]>> {
  const script = [
    'import ast, json, sys',
    'errors = {}',
    'for name, source in json.load(sys.stdin).items():',
    '    try:',
    '        ast.parse(source, filename=name)',
    '        errors[name] = []',
    '    except SyntaxError as error:',
    '        errors[name] = [f"{error.msg} at line {error.lineno}"]',
    'print(json.dumps(errors))',
  ].join('\n');
  const child = execFile(python3(), ['-c', script]);
  child.stdin!.end(JSON.stringify(Object.fromEntries(programs.map((p) => [p.name, p.code]))));
  let stdout = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  await new Promise((resolve, reject) => child.on('close', resolve).on('error', reject));
  return JSON.parse(stdout);
}

/** Both shells a user is likely to run `sh` as: Debian's dash and bash. */
const shellNoExec = (programs: readonly Program[]) =>
  perFile(programs, async (file) => {
    for (const shell of [
      requireCommand('dash', 'install dash (Debian: apt-get install dash)'),
      requireCommand('bash', 'install bash'),
    ]) {
      await run(shell, ['-n', file]);
    }
  });

// CommonJS: main().catch(...); an ES module: a top-level try around the calls (directly, or in
// a callback that refreshes the tokens and calls again, as the classic SDK's kept tokens need).
const NODE_ENTRY = /^main\(\)\.catch\(|^try \{\n(.*\n)* {2,}const me = await /m;

export const LANGUAGES: Record<Language, LanguageSupport> = {
  python: {
    parser: 'python3 ast',
    syntax: pythonAst,
    // main runs inside the failure explainer.
    entryPoint: /^if __name__ == "__main__":\n {4}try:\n {8}main\(\)$/m,
    proof: 'run',
    runtime: 'python',
  },
  javascript: {
    parser: "Node's parser, as node --check",
    syntax: nodeCheck,
    entryPoint: NODE_ENTRY,
    proof: 'run',
    runtime: 'node',
  },
  typescript: {
    parser: 'the TypeScript compiler',
    syntax: typeScriptSyntax,
    entryPoint: NODE_ENTRY,
    proof: 'run',
    runtime: 'node',
  },
  java: {
    parser: 'tree-sitter-java',
    syntax: byTreeSitter('java'),
    entryPoint: /public static void main\(String\[\] args\)/,
    proof: 'run',
    runtime: 'java',
  },
  csharp: {
    parser: 'tree-sitter-c-sharp',
    syntax: byTreeSitter('csharp'),
    // Inside the failure explainer's try.
    entryPoint: /^ {4}var \w+ = await \w+\./m,
    proof: 'checked',
    api: {
      against: dotnetLine,
      problems: async (code, targetId, packageName) => [
        ...(await checkBoxApi(code, dotnetLine(targetId, packageName))),
        ...(await findConstWithRuntimeValue(code)),
      ],
    },
  },
  shell: {
    parser: 'dash -n and bash -n',
    syntax: shellNoExec,
    entryPoint: /^#!\/bin\/sh\n[^]*^set -eu$/m,
    proof: 'run',
    runtime: 'shell',
  },
  swift: {
    parser: 'tree-sitter-swift',
    syntax: byTreeSitter('swift'),
    entryPoint: /^ {4}let \w+ = try await \w+\.(users\.getUserMe|files\.getFileById|folders\.getFolderById)\(/m,
    proof: 'checked',
    api: { against: () => `${SWIFT_SURFACE.repo} ${SWIFT_SURFACE.tag}`, problems: (code) => checkSwiftBoxApi(code) },
  },
};
