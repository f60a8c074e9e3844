// The packed package as its users get it, on every Node build `engines` admits
// (scripts/node-versions.mjs): `npm pack` once, installed once into an empty project (its files are
// the same for every Node), then on each Node, in parallel: the bin (`--version`, programs,
// `--project .`, `build`, a second run from its code cache, with one cache folder shared by all
// four builds, which is what crashed Node 20.19.0 when the cache was shipped), the library
// imported as ES module and required as CommonJS, and a TypeScript consumer compiled as
// CommonJS. Once: type-checks under node16, nodenext and bundler; a Vite page that renders one
// snippet, measured and opened in Chromium; publint and @arethetypeswrong/cli on the tarball.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { dirname, extname, join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TARGETS, generate, listTargets, projectFor } from '../src/core/index.js';
import { NODE_VERSIONS, nodeBinary } from '../scripts/node-versions.mjs';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..');
const TSC = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const { version: packageVersion } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
/**
 * What a page that renders one snippet may pull of box-snippet's own code, its templates included:
 * 14.8 KB gzip as measured (entry 9.8 KB; the program's templates, its folder's common partials,
 * its family's registry rows and encoder 5.0 KB), with a little room. 20.9 KB when a template
 * folder was one module and the entry held the whole registry and every encoder; 16.6 KB before
 * OAuth 2.0's listener and the token options. The aim is 10 KB. The entry is the generator with
 * its checks, the credential, auth method and client option tables, and the index of what loads
 * on demand.
 */
const PAGE_BUDGET_GZIP = 15.5 * 1024;

let work: string;
let tarball: string;
let consumer: string;
let installed: string;
let cacheHome: string;
const nodes = new Map<string, string>();

beforeAll(async () => {
  if (!existsSync(join(root, 'dist', 'box-snippet.cjs')))
    throw new Error('dist/ is missing: run `npm run build` first');
  const started = Date.now();
  await mkdir(join(root, '.cache'), { recursive: true });
  work = await mkdtemp(join(root, '.cache', 'tarball-test-'));
  consumer = join(work, 'consumer');
  cacheHome = join(work, 'cache-home');
  await mkdir(consumer);
  const [packed] = await Promise.all([
    run('npm', ['pack', '--ignore-scripts', '--pack-destination', work, '--json'], { cwd: root }),
    ...NODE_VERSIONS.map(async (version) => nodes.set(version, await nodeBinary(version))),
  ]);
  tarball = join(work, JSON.parse(packed.stdout)[0].filename.replace(/^.*\//, ''));
  await writeFile(join(consumer, 'package.json'), JSON.stringify({ name: 'docs-site', private: true, type: 'module' }));
  await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: consumer });
  installed = join(consumer, 'node_modules', 'box-snippet');
  await writeConsumerFiles();
  // The CommonJS TypeScript consumer, compiled once and run on every Node below.
  await run(process.execPath, [TSC, '-p', 'tsconfig.cts.json'], { cwd: consumer });
  console.log(`tarball test set-up: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}, 600_000);
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** Scripts a consumer writes: ES module, CommonJS, TypeScript (CommonJS under nodenext, ESM under node16). */
async function writeConsumerFiles(): Promise<void> {
  const files: Record<string, string> = {
    'esm.mjs': [
      "import { generate, formatSnippet, listTargets } from 'box-snippet';",
      "import * as core from 'box-snippet/core';",
      "import * as lazy from 'box-snippet/core/lazy';",
      "import remark from 'box-snippet/remark';",
      "const options = { target: 'node', style: 'esm', credentials: 'env' };",
      'await lazy.loadTemplates(options.target);',
      'const code = (await formatSnippet(generate(options))).code;',
      'process.stdout.write(JSON.stringify({ code, core: core.generate(options).code, lazy: lazy.generate(options).code, targets: listTargets().length, remark: typeof remark }));',
    ].join('\n'),
    'cjs.cjs': [
      "const { generate, formatSnippet, listTargets } = require('box-snippet');",
      "const core = require('box-snippet/core');",
      "const lazy = require('box-snippet/core/lazy');",
      "const options = { target: 'node', style: 'esm', credentials: 'env' };",
      'lazy.loadTemplates(options.target).then(async () => {',
      '  const code = (await formatSnippet(generate(options))).code;',
      '  process.stdout.write(JSON.stringify({ code, core: core.generate(options).code, lazy: lazy.generate(options).code, targets: listTargets().length }));',
      '});',
    ].join('\n'),
    'consumer.cts': [
      "import { generate, type Snippet } from 'box-snippet';",
      "const snippet: Snippet = generate({ target: 'java', package: 'com.box:box-java-sdk-gen', credentials: 'env' });",
      'console.log(snippet.code);',
    ].join('\n'),
    'tsconfig.cts.json': JSON.stringify({
      compilerOptions: { module: 'nodenext', strict: true, outDir: 'out', types: [], skipLibCheck: false },
      files: ['consumer.cts'],
    }),
    'good.ts':
      "import { generate, type Snippet } from 'box-snippet';\nimport { loadTemplates } from 'box-snippet/core/lazy';\nawait loadTemplates('java');\nexport const s: Snippet = generate({ target: 'java', package: 'com.box:box-java-sdk-gen', credentials: 'env' });\n",
    'bad.ts': "import { generate } from 'box-snippet';\nexport const s = generate({ target: 'cobol' });\n",
  };
  for (const [name, text] of Object.entries(files)) await writeFile(join(consumer, name), text);
}

describe('the packed tarball', () => {
  it('holds the library, its types and the bin, and no sources, tests or code cache', async () => {
    const files = await readdir(installed, { recursive: true });
    for (const file of ['LICENSE', 'README.md', 'dist/index.d.ts', 'dist/box-snippet.cjs', 'dist/cli-bundle.cjs'])
      expect(files).toContain(join(...file.split('/')));
    expect(files).toContain(join('dist', 'cli-templates', 'python.developer-token.cjs'));
    expect(files).toContain(join('dist', 'cli-templates', 'python.common.cjs'));
    expect(files).toContain(join('dist', 'core', 'templates', 'python.developer-token.generated.js'));
    const unwanted = files.filter((file) => /^(test|src)\b|\.hbs$|\.cache$/.test(file));
    expect(unwanted).toEqual([]);
  });

  it('installs only what runs: no clipboard library, no dev tools', async () => {
    const lock = JSON.parse(await readFile(join(consumer, 'node_modules', '.package-lock.json'), 'utf8'));
    const names = Object.keys(lock.packages).map((path) => path.replace(/^.*node_modules\//, ''));
    console.log(`npm install of the tarball: ${names.length} packages`);
    expect(names).not.toContain('clipboardy');
    expect(names.filter((name) => /^(typescript|vite|esbuild|vitest|publint)$/.test(name))).toEqual([]);
  });

  it.concurrent.each(NODE_VERSIONS)('on Node %s: the bin, ES module and CommonJS', async (version) => {
    const node = nodes.get(version)!;
    const env = { PATH: `${dirname(node)}:${process.env.PATH}`, XDG_CACHE_HOME: cacheHome, HOME: work };
    const here = join(work, `node-${version}`);
    await mkdir(join(here, 'app'), { recursive: true });
    const bin = join(installed, 'dist', 'box-snippet.cjs');
    const cli = async (args: string[], cwd = here) => (await run(node, [bin, ...args], { cwd, env })).stdout;

    expect(await cli(['--version'])).toBe(`${packageVersion}\n`);
    const python = generate({ target: 'python', credentials: 'env' }).code;
    const java = generate({ target: 'java', auth: 'ccg', credentials: 'env' }).code;
    // Twice each: the second run starts from the cache the first one wrote.
    for (let round = 0; round < 2; round++) {
      expect(await cli(['--lang', 'python', '--from-env', '--quiet'])).toBe(python);
      expect(await cli(['--lang', 'java', '--auth', 'ccg', '--from-env', '--quiet'])).toBe(java);
    }
    await cli(['--lang', 'python', '--from-env', '--project', '.'], join(here, 'app'));
    const project = projectFor(generate({ target: 'python', credentials: 'env' }));
    expect((await readdir(join(here, 'app'))).sort()).toEqual(project.files.map((file) => file.path).sort());
    await cli(['build', '--out', 'docs', '--format', 'markdown', '--quiet']);
    expect(await readFile(join(here, 'docs', 'developer-token.md'), 'utf8')).toContain('```python\n');

    const expected = generate({ target: 'node', style: 'esm', credentials: 'env' }).code;
    for (const script of ['esm.mjs', 'cjs.cjs']) {
      const { stdout, stderr } = await run(node, [script], { cwd: consumer, env });
      expect(stderr).toBe(''); // no ExperimentalWarning for require() of the ES modules either
      const result = JSON.parse(stdout);
      expect([result.code, result.core, result.lazy]).toEqual([expected, expected, expected]);
      expect(result.targets).toBe(listTargets().length);
    }
    const compiled = await run(node, [join('out', 'consumer.cjs')], { cwd: consumer, env });
    expect(compiled.stdout).toBe(
      `${generate({ target: 'java', package: 'com.box:box-java-sdk-gen', credentials: 'env' }).code}\n`,
    );
  });

  it('kept one cache folder per Node build, all in one place', async () => {
    expect(await readdir(join(cacheHome, 'box-snippet'))).toHaveLength(NODE_VERSIONS.length);
  });

  it.concurrent.each([
    ['bundler', ['--module', 'esnext', '--moduleResolution', 'bundler']],
    ['node16', ['--module', 'node16', '--moduleResolution', 'node16']],
    ['nodenext', ['--module', 'nodenext', '--moduleResolution', 'nodenext']],
  ])('type-checks from TypeScript with moduleResolution %s, and rejects a wrong target', async (_name, flags) => {
    // Both files in one compiler run: every error must be bad.ts's, and its wrong target one of them.
    const failed = await run(
      process.execPath,
      [TSC, '--ignoreConfig', '--noEmit', '--strict', '--target', 'es2022', ...flags, 'good.ts', 'bad.ts'],
      { cwd: consumer },
    ).then(
      () => null,
      (error: { stdout: string }) => error,
    );
    const errors = (failed?.stdout ?? '').split('\n').filter((line) => /^\S+\(\d+,\d+\): error /.test(line));
    expect(errors.filter((line) => !line.startsWith('bad.ts('))).toEqual([]);
    expect(errors.join('\n')).toContain('Type \'"cobol"\' is not assignable');
  });

  it('passes publint with no message, suggestions included', async () => {
    const { publint } = await import('publint');
    const bytes = await readFile(tarball);
    const { messages } = await publint({
      pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer },
      level: 'suggestion',
      strict: true,
    });
    expect(messages).toEqual([]);
  });

  it('passes @arethetypeswrong/cli, but for the findings recorded here with their reasons', async () => {
    /** Each finding attw reports that does not apply to this package, and why. */
    const notApplicable = [
      {
        kind: 'CJSResolvesToESM',
        resolutionKind: 'node16-cjs',
        reason:
          "TypeScript's node16 mode models Node 16, which cannot require() an ES module; every Node `engines` admits (>= 20.19) can, as the CommonJS runs above show on each, and under nodenext the same require() type-checks",
      },
      {
        kind: 'NoResolution',
        resolutionKind: 'node10',
        reason:
          'node10 resolution predates `exports`, so it finds no subpath (box-snippet/core, …); TypeScript 6 deprecates it, and every Node `engines` admits reads `exports`',
      },
    ];
    const attw = join(root, 'node_modules', '.bin', 'attw');
    const result = await run(attw, [tarball, '--format', 'json'], { cwd: work }).catch((error) => error);
    const report = JSON.parse(result.stdout);
    const problems = Object.values(report.problems ?? {}).flat() as { kind: string; resolutionKind?: string }[];
    const unexplained = problems.filter(
      (problem) =>
        !notApplicable.some((known) => known.kind === problem.kind && known.resolutionKind === problem.resolutionKind),
    );
    expect(unexplained).toEqual([]);
  });

  it('keeps what registers templates when a bundler drops the modules nobody uses (package.json sideEffects)', async () => {
    const dir = join(consumer, 'esbuild');
    await mkdir(dir);
    const java = "{ target: 'java', auth: 'ccg', credentials: 'env' }";
    const files: Record<string, string> = {
      // The eager entry points register every target's templates on import, remark included.
      'main.mjs': `import { generate } from 'box-snippet';\nprocess.stdout.write(generate(${java}).code);\n`,
      'core.mjs': `import { generate } from 'box-snippet/core';\nprocess.stdout.write(generate(${java}).code);\n`,
      'remark.mjs': `import remark from 'box-snippet/remark';\nimport { generate } from 'box-snippet/core/lazy';\nprocess.stdout.write(typeof remark === 'function' ? generate(${java}).code : '');\n`,
      'page.mjs':
        "import { generate, loadTemplates } from 'box-snippet/core/lazy';\nawait loadTemplates({ target: 'python' });\nprocess.stdout.write(generate({ target: 'python', credentials: 'env' }).code);\n",
    };
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: Object.keys(files).map((name) => join(dir, name)),
      outdir: join(dir, 'out'),
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      minify: true,
      metafile: true,
      external: ['handlebars', 'prettier', 'unified'],
      logLevel: 'silent',
    });
    const expected = generate({ target: 'java', auth: 'ccg', credentials: 'env' }).code;
    for (const name of ['main', 'core', 'remark']) {
      expect((await run(process.execPath, [join(dir, 'out', `${name}.js`)], { cwd: dir })).stdout).toBe(expected);
    }
    const page = await run(process.execPath, [join(dir, 'out', 'page.js')], { cwd: dir });
    expect(page.stdout).toBe(generate({ target: 'python', credentials: 'env' }).code);
    // The lazy page leaves out the docs data: Box's page packs and sample sources.
    // What the page loads before it asks for a template set: its file and the chunks it imports.
    const outputs = result.metafile.outputs;
    const pageInputs: string[] = [];
    const visit = (file: string) => {
      pageInputs.push(...Object.keys(outputs[file]!.inputs));
      for (const imported of outputs[file]!.imports)
        if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    };
    visit(Object.keys(outputs).find((file) => file.endsWith('/out/page.js'))!);
    expect(pageInputs.some((input) => input.endsWith('core/generate.js'))).toBe(true);
    expect(pageInputs.filter((input) => /docs\/(page-packs|box-sources|x-codesamples)/.test(input))).toEqual([]);
  });

  it(`bundles a page with Vite that renders one snippet from ≤ ${PAGE_BUDGET_GZIP / 1024} KB gzip of box-snippet, the other targets on demand`, async () => {
    const page = join(consumer, 'page');
    await mkdir(page);
    await writeFile(
      join(page, 'index.html'),
      '<!doctype html><html><body><pre id="out"></pre><script type="module" src="./main.js"></script></body></html>\n',
    );
    await writeFile(
      join(page, 'main.js'),
      [
        "import { generate, loadTemplates } from 'box-snippet/core/lazy';",
        "loadTemplates({ target: 'python' }).then(() => {",
        "  document.getElementById('out').textContent = generate({ target: 'python', credentials: 'env' }).code;",
        '});',
      ].join('\n'),
    );
    const { build } = await import('vite');
    type Chunk = {
      type: string;
      fileName: string;
      code: string;
      isEntry: boolean;
      facadeModuleId: string | null;
      moduleIds: string[];
      imports: string[];
    };
    // Vite wraps every dynamic import() in its preload helper, modulePreload or not: Vite's code, in
    // the entry chunk of any page that splits (0.6 KB gzip of it).
    const withoutPreloadHelper = {
      name: 'without-vite-preload-helper',
      enforce: 'pre' as const,
      resolveId: (id: string) => (id === '\0vite/preload-helper.js' ? '\0own-share-preload' : undefined),
      load: (id: string) =>
        id === '\0own-share-preload' ? 'export const __vitePreload = (load) => load();' : undefined,
    };
    const bundle = async (outDir: string, ownCodeOnly: boolean) => {
      const output = (await build({
        root: page,
        logLevel: 'silent',
        // box-snippet's own share: without the Handlebars runtime, and without Vite's own
        // module-preload code (the polyfill and the helper above).
        plugins: ownCodeOnly ? [withoutPreloadHelper] : [],
        build: {
          outDir,
          emptyOutDir: true,
          ...(ownCodeOnly ? { modulePreload: false, rollupOptions: { external: ['handlebars/runtime.js'] } } : {}),
        },
      })) as { output: Chunk[] };
      const chunks = output.output.filter((item) => item.type === 'chunk');
      const entry = chunks.find((chunk) => chunk.isEntry)!;
      // What the page loads for its program: the program's templates and the Python family's
      // registry rows and encoder, and the chunks they import (the folder's common partials).
      const program = [
        chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/python.developer-token.generated.js'))!,
        chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/target-rows/python.js'))!,
      ];
      for (const chunk of program)
        for (const name of chunk.imports) {
          const imported = chunks.find((candidate) => candidate.fileName === name);
          if (imported !== undefined && imported !== entry && !program.includes(imported)) program.push(imported);
        }
      // Each chunk is a response of its own, compressed on its own.
      const gzipped = (chunk: Chunk) => gzipSync(chunk.code, { level: 9 }).length;
      const sizes = { entry: gzipped(entry), python: program.reduce((sum, chunk) => sum + gzipped(chunk), 0) };
      return { chunks, program, ...sizes, pulled: sizes.entry + sizes.python };
    };
    const own = await bundle(join(work, 'page-own'), true);
    const whole = await bundle(join(work, 'page-dist'), false);
    expect(own.chunks.find((chunk) => chunk.isEntry)!.code).not.toContain('vite:preloadError');
    expect(whole.chunks.find((chunk) => chunk.isEntry)!.code).toContain('vite:preloadError');
    // A chunk per template folder and auth method, loaded on demand.
    const templateChunks = whole.chunks.filter((chunk) => /\.[\w-]+\.generated\.js$/.test(chunk.facadeModuleId ?? ''));
    const programs = new Set(
      TARGETS.flatMap((target) => target.authMethods.map((auth) => `${target.templateDir}.${auth}`)),
    );
    expect(templateChunks.filter((chunk) => !chunk.facadeModuleId!.endsWith('.common.generated.js'))).toHaveLength(
      programs.size,
    );
    console.log(
      `Vite page, one python snippet: box-snippet ${(own.pulled / 1024).toFixed(1)} KB gzip (entry ${(own.entry / 1024).toFixed(1)} KB, the program's templates, registry rows and encoder ${(own.python / 1024).toFixed(1)} KB in ${own.program.length} chunks); the whole page, with the Handlebars runtime and Vite's helpers, ${(whole.pulled / 1024).toFixed(1)} KB gzip`,
    );
    expect(own.pulled).toBeLessThanOrEqual(PAGE_BUDGET_GZIP);

    // And in a browser: the page shows the program, and fetches no other program's templates.
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Chromium or set CHROMIUM_PATH`);
    const site = join(work, 'page-dist');
    const server: Server = createServer(async (req, res) => {
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      const file = join(site, path === '/' ? 'index.html' : path.slice(1));
      const type = { '.html': 'text/html', '.js': 'text/javascript' }[extname(file)] ?? 'application/octet-stream';
      try {
        const body = await readFile(file);
        res.writeHead(200, { 'Content-Type': type }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
    try {
      const browserPage = await browser.newPage();
      const fetched: string[] = [];
      browserPage.on('request', (request) => fetched.push(new URL(request.url()).pathname));
      await browserPage.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/`);
      await browserPage.waitForSelector('#out:not(:empty)');
      expect(await browserPage.textContent('#out')).toBe(generate({ target: 'python', credentials: 'env' }).code);
      const templatesFetched = whole.chunks.filter((chunk) => !chunk.isEntry && fetched.includes(`/${chunk.fileName}`));
      expect(templatesFetched.map((chunk) => chunk.fileName).sort()).toEqual(
        whole.program.map((chunk) => chunk.fileName).sort(),
      );
      expect(
        whole.program.flatMap((chunk) => chunk.moduleIds.map((id) => id.replace(/^.*\/dist\/core\//, ''))).sort(),
      ).toEqual([
        'encoders/common.js',
        'encoders/python.js',
        'target-rows/python.js',
        'templates/python.common.generated.js',
        'templates/python.developer-token.generated.js',
      ]);
    } finally {
      await browser.close();
      server.close();
    }
  });
});
