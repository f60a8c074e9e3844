// The playground page in a real browser (Debian's Chromium through playwright-core): every target
// gives the same program as the library, shown as a docs page shows it (Box's tabs, highlighted
// blocks that copy exactly their text, the project as a zip); nothing typed leaves the page, and
// it works by keyboard and at phone width.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BOX_TAB_ORDER,
  TARGETS,
  generateFromRequest,
  installBlocks,
  packageId,
  projectFor,
  type Target,
} from '../src/core/index.js';
import { FAKE } from './support/cases.js';

const root = join(import.meta.dirname, '..');
const site = join(root, 'site');
const artefacts = join(root, 'test-results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

let server: Server;
let origin: string;
let browser: Browser;
const requests: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} not found: install Chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH`);
  await promisify(execFile)(process.execPath, [join(root, 'scripts', 'build-playground.mjs')]);
  server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file = join(site, path === '/' ? 'index.html' : path.slice(1));
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  // launch() gives each run a fresh, temporary user data dir of its own.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  await mkdir(artefacts, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function openPage(width = 1280, options: { clipboard?: boolean } = {}): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width, height: 900 },
    ...(options.clipboard ? { permissions: ['clipboard-read', 'clipboard-write'] } : {}),
  });
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(origin);
  // A failure should not wait out Playwright's 30 s default a dozen times over.
  page.setDefaultTimeout(10_000);
  await page.waitForSelector('#excerpt code:not(:empty)');
  return page;
}

/** The install blocks the page shows: each block's header and code text. */
function installShown(page: Page): Promise<{ title: string; text: string }[]> {
  return page.$$eval('#install figure', (figures) =>
    figures.map((figure) => ({
      title: figure.querySelector('figcaption span')!.textContent!,
      text: figure.querySelector('code')!.textContent!,
    })),
  );
}

/** The entries of a zip file, read by Python's zipfile: a reader independent of the page's writer. */
async function zipEntries(path: string): Promise<Record<string, string>> {
  const script =
    'import json,sys,zipfile\nz=zipfile.ZipFile(sys.argv[1])\nprint(json.dumps({n: z.read(n).decode() for n in z.namelist()}))';
  const { stdout } = await promisify(execFile)('python3', ['-c', script, path]);
  return JSON.parse(stdout) as Record<string, string>;
}

describe('playground page', () => {
  it('shows, for every target, package and style, the program the library gives for a typed token', async () => {
    const page = await openPage();
    let checked = 0;
    for (const target of TARGETS as readonly Target[]) {
      for (const pkg of target.packages) {
        for (const style of target.styles) {
          await page.selectOption('#target', target.id);
          // A choice of one is hidden: the page shows only choices the user can make.
          if (target.packages.length > 1) await page.selectOption('#package', packageId(pkg));
          else expect(await page.isHidden('#package-field')).toBe(true);
          if (target.styles.length > 1) await page.selectOption('#style', style.id);
          else expect(await page.isHidden('#style-field')).toBe(true);
          await page.selectOption('#auth', 'developer-token');
          await page.selectOption('#mode', 'literal');
          await page.fill('#credential-token', FAKE.token);
          const code = await page.textContent('#program code');
          const expected = generateFromRequest({
            target: target.id,
            package: packageId(pkg),
            style: style.id,
            credentials: { token: FAKE.token },
          } as never);
          expect(code, `${target.id} ${packageId(pkg)} ${style.id}`).toBe(expected.code);
          expect(await installShown(page)).toEqual(
            installBlocks(expected).map((block) => ({
              title: block.title ?? block.platform ?? block.languageTag,
              text: block.text,
            })),
          );
          checked++;
        }
      }
    }
    expect(checked).toBe(TARGETS.reduce((n, t) => n + t.packages.length * t.styles.length, 0));
    await page.close();
  });

  it('covers every auth method and shows placeholders by default', async () => {
    const page = await openPage();
    expect(await page.inputValue('#mode')).toBe('placeholder');
    expect(await page.textContent('#program code')).toContain('YOUR_DEVELOPER_TOKEN');
    await page.selectOption('#target', 'java');
    await page.selectOption('#auth', 'ccg');
    await page.selectOption('#mode', 'env');
    await page.selectOption('#subject', 'user');
    const expected = generateFromRequest({ target: 'java', auth: 'ccg', credentials: 'env', subject: 'user' });
    expect(await page.textContent('#program code')).toBe(expected.code);
    await page.close();
  });

  it('reports a bad value in the page, without the value', async () => {
    const page = await openPage();
    await page.selectOption('#mode', 'literal');
    await page.fill('#credential-token', 'not"a-token');
    const error = await page.textContent('#error');
    expect(error).toContain('expected a Box Developer Token');
    expect(error).not.toContain('not"a-token');
    await page.close();
  });

  it('makes no request beyond loading its own three files, whatever is typed', async () => {
    const before = requests.length;
    const page = await openPage();
    await page.selectOption('#mode', 'literal');
    await page.fill('#credential-token', FAKE.token);
    await page.click('#excerpt .copy');
    await page.waitForTimeout(300);
    const made = requests.slice(before);
    expect(made.every((url) => url.startsWith(origin))).toBe(true);
    expect(made.map((url) => new URL(url).pathname).sort()).toEqual(['/', '/playground.js', '/style.css']);
    await page.close();
  });

  it('has a label for every control and works by keyboard alone', async () => {
    const page = await openPage();
    const unlabelled = () =>
      page.$$eval('select, input, button', (controls) =>
        controls
          .filter(
            (control) =>
              !control.closest('[hidden]') &&
              !(control as HTMLInputElement).labels?.length &&
              !control.textContent?.trim(),
          )
          .map((control) => control.id),
      );
    expect(await unlabelled()).toEqual([]);
    await page.selectOption('#auth', 'ccg');
    await page.selectOption('#mode', 'literal');
    expect(await page.$$eval('#credential-fields input', (inputs) => inputs.length)).toBe(3);
    expect(await unlabelled()).toEqual([]);
    await page.selectOption('#auth', 'developer-token');
    await page.selectOption('#mode', 'placeholder');
    // Tab to the first control, then choose .NET (the seventh target) with the arrow keys.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('target');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
    expect(await page.inputValue('#target')).toBe('dotnet');
    expect(await page.textContent('#program code')).toContain('Console.WriteLine');
    // The next Tab stops are the visible controls, in order.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('package');
    await page.close();
  });

  it('fits a phone screen without sideways scrolling of the page', async () => {
    const page = await openPage(390);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(artefacts, 'playground-phone.png'), fullPage: true });
    await page.close();
  });

  it("shows Box's tabs in Box's order, and a click on one shows that target's program", async () => {
    const page = await openPage();
    expect(await page.$$eval('#tabs [role=tab]', (tabs) => tabs.map((tab) => tab.textContent))).toEqual([
      ...BOX_TAB_ORDER,
    ]);
    expect(await page.getAttribute('#tabs [aria-selected=true]', 'id')).toBe('tab-python');
    await page.click('#tabs >> text="Java v10"');
    expect(await page.inputValue('#target')).toBe('java');
    expect(await page.$$eval('#tabs [aria-selected=true]', (tabs) => tabs.map((tab) => tab.textContent))).toEqual([
      'Java v10',
    ]);
    expect(await page.textContent('#program code')).toBe(generateFromRequest({ target: 'java' }).code);
    await page.close();
  });

  it('highlights the code with colours, and shows the excerpt with the complete program one click away', async () => {
    const page = await openPage();
    const expected = generateFromRequest({ target: 'python' });
    const colours = await page.$$eval('#excerpt code span', (spans) => [
      ...new Set(spans.map((span) => getComputedStyle(span).color)),
    ]);
    expect(colours.length).toBeGreaterThanOrEqual(4);
    expect(await page.textContent('#excerpt code')).toBe(expected.excerpt.code);
    expect(await page.isVisible('#program code')).toBe(false);
    await page.click('#complete summary');
    expect(await page.isVisible('#program code')).toBe(true);
    expect(await page.textContent('#program code')).toBe(expected.code);
    await page.close();
  });

  it('copies exactly the text of the block whose button is pressed', async () => {
    const page = await openPage(1280, { clipboard: true });
    await page.selectOption('#target', 'dotnet');
    await page.selectOption('#auth', 'ccg');
    await page.selectOption('#mode', 'env');
    const expected = generateFromRequest({ target: 'dotnet', auth: 'ccg', credentials: 'env' });
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    await page.click('#complete summary');
    await page.click('#program .copy');
    await expect.poll(clipboard).toBe(expected.code);
    await page.click('#excerpt .copy');
    await expect.poll(clipboard).toBe(expected.excerpt.code);
    const windows = installBlocks(expected).find((block) => block.platform === 'Windows (PowerShell)')!;
    await page.click('#install figure:has-text("Windows (PowerShell)") .copy');
    await expect.poll(clipboard).toBe(windows.text);
    expect(await page.textContent('#copy-status')).toBe('Copied the Windows (PowerShell) commands.');
    await page.close();
  });

  it("downloads the project as a zip holding exactly projectFor's files", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'box-snippet-playground-'));
    try {
      for (const [target, auth] of [
        ['swift', 'ccg'],
        ['node', 'jwt'],
      ] as const) {
        const page = await openPage();
        await page.selectOption('#target', target);
        await page.selectOption('#auth', auth);
        const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
        expect(download.suggestedFilename()).toBe(`${target}-get-current-user.zip`);
        const path = join(dir, download.suggestedFilename());
        await download.saveAs(path);
        const project = projectFor(generateFromRequest({ target, auth }));
        expect(await zipEntries(path)).toEqual(Object.fromEntries(project.files.map((file) => [file.path, file.text])));
        await page.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('keeps long lines inside their block, which scrolls sideways, at desktop and phone widths', async () => {
    for (const width of [1280, 390]) {
      const page = await openPage(width);
      await page.selectOption('#target', 'curl');
      await page.click('#complete summary');
      const blocks = await page.$$eval('.block pre', (pres) =>
        pres.map((pre) => ({
          right: pre.getBoundingClientRect().right,
          panel: document.getElementById('panel')!.getBoundingClientRect().right,
          scrolls: pre.scrollWidth > pre.clientWidth && ((pre.scrollLeft = 40), pre.scrollLeft > 0),
        })),
      );
      expect(blocks.length).toBeGreaterThan(3);
      for (const block of blocks) expect(block.right).toBeLessThanOrEqual(block.panel + 0.5);
      // The cURL program's failure hints are longer than the block: the block scrolls to show them.
      expect(blocks.some((block) => block.scrolls)).toBe(true);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      ).toBeLessThanOrEqual(0);
      await page.close();
    }
  });

  it('looks like a docs page (the screenshot in the README)', async () => {
    const page = await openPage(1280);
    await page.selectOption('#auth', 'ccg');
    await page.selectOption('#mode', 'env');
    await page.screenshot({ path: join(artefacts, 'playground.png'), fullPage: true });
    await page.close();
  });
});
