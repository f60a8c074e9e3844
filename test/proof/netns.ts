// A network namespace per proof lane, in which Box's own host names reach the mock: the
// programs run exactly as printed (https://api.box.com, no --base-url) and still never leave the
// machine. `ip netns exec` bind-mounts /etc/netns/<name>/hosts over /etc/hosts, so every runtime's
// resolver (glibc for Python, Node, Java and curl alike) maps the names to the namespace's own
// loopback. The mock's listening socket is opened by a small child inside the namespace and handed
// to the test process, so the mock itself, with its request log, lives in the test process. The
// child stays: it is the browser that follows an OAuth 2.0 authorize URL to the program's own
// listener (on the namespace's loopback, which only a process inside reaches), and the other
// program that holds a port.

import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const PREFIX = 'box-snippet-';
const LISTENER = join(import.meta.dirname, 'netns-listener.mjs');

export interface Namespace {
  name: string;
  /** The command and arguments that run `command` inside the namespace. */
  wrap(command: string, args: readonly string[]): [string, string[]];
  /** A socket listening on 127.0.0.1:443 inside the namespace, opened for the mock. */
  listener: Server;
  /** GETs `url` inside the namespace as a browser does, following redirects: each step. */
  browse(url: string): Promise<BrowserStep[]>;
  /** Listens on 127.0.0.1:`port` inside the namespace until released, as another program would. */
  holdPort(port: number): Promise<void>;
  releasePort(port: number): Promise<void>;
  close(): Promise<void>;
}

/** One request of a browser's visit, and its answer. */
export interface BrowserStep {
  url: string;
  status: number;
  location: string | null;
  contentType: string | null;
  body: string;
}

/** What the test needs and, when it is missing, exactly what to do about it. Never a skip. */
export function requireNamespaces(): void {
  if (process.getuid?.() !== 0) {
    throw new Error(
      'the as-printed proof makes network namespaces (ip netns add), which needs root: run the tests as root',
    );
  }
  if (!['/usr/sbin/ip', '/sbin/ip', '/usr/bin/ip', '/bin/ip'].some((path) => existsSync(path))) {
    throw new Error('ip not found: install iproute2 (Debian: apt-get install iproute2)');
  }
}

export async function makeNamespace(lane: number, hostNames: readonly string[], caFile: string): Promise<Namespace> {
  requireNamespaces();
  await removeStaleNamespaces();
  const name = `${PREFIX}${process.pid}-${lane}`;
  const etc = join('/etc/netns', name);
  try {
    await run('ip', ['netns', 'add', name]);
    await mkdir(etc, { recursive: true });
    await writeFile(join(etc, 'hosts'), `127.0.0.1 localhost ${hostNames.join(' ')}\n::1 localhost\n`);
    // No DNS server is reachable in the namespace; an empty resolv.conf makes every other name fail fast.
    await writeFile(join(etc, 'resolv.conf'), '');
    await run('ip', ['netns', 'exec', name, 'ip', 'link', 'set', 'lo', 'up']);
  } catch (error) {
    await deleteNamespace(name);
    throw new Error(`could not make network namespace ${name} (needs root and iproute2): ${(error as Error).message}`, {
      cause: error,
    });
  }
  const { listener, agent } = await openListener(name, caFile);
  const ask = requester(agent, name);
  return {
    name,
    listener,
    wrap: (command, args) => ['ip', ['netns', 'exec', name, command, ...args]],
    browse: (url) => ask({ browse: url }) as Promise<BrowserStep[]>,
    holdPort: async (port) => void (await ask({ hold: port })),
    releasePort: async (port) => void (await ask({ release: port })),
    close: async () => {
      listener.close();
      agent.disconnect();
      await deleteNamespace(name);
    },
  };
}

function openListener(name: string, caFile: string): Promise<{ listener: Server; agent: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn('ip', ['netns', 'exec', name, process.execPath, LISTENER], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', PROOF_CA_FILE: caFile },
    });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    child.once('message', (_message, handle) => {
      // Never what keeps the test process alive.
      child.unref();
      (child.stderr as { unref?: () => void }).unref?.();
      (child.channel as { unref?: () => void } | undefined)?.unref?.();
      resolve({ listener: handle as Server, agent: child });
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`the listener in ${name} exited ${code}: ${stderr.trim()}`));
    });
  });
}

/** Requests to the namespace's agent, each answered once by id. */
function requester(agent: ChildProcess, name: string): (message: object) => Promise<unknown> {
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  agent.on('message', (reply: { id: number; result?: unknown; error?: string }) => {
    const request = waiting.get(reply.id);
    if (!request) return;
    waiting.delete(reply.id);
    if (reply.error !== undefined) request.reject(new Error(`namespace ${name}: ${reply.error}`));
    else request.resolve(reply.result);
  });
  agent.on('exit', () => {
    for (const request of waiting.values()) request.reject(new Error(`the agent in ${name} ended`));
    waiting.clear();
  });
  return (message) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      agent.send({ id, ...message });
    });
}

async function deleteNamespace(name: string): Promise<void> {
  await run('ip', ['netns', 'delete', name]).catch(() => undefined);
  await rm(join('/etc/netns', name), { recursive: true, force: true });
}

/** Namespaces left by a run that was killed: their process is gone. */
async function removeStaleNamespaces(): Promise<void> {
  const names = [
    ...(await run('ip', ['netns', 'list']).then(
      (r) => r.stdout.split('\n').map((line) => line.split(' ')[0]!),
      () => [],
    )),
    ...(await readdir('/etc/netns').catch(() => [] as string[])),
  ];
  for (const name of new Set(names)) {
    const match = new RegExp(`^${PREFIX}(\\d+)-\\d+$`).exec(name);
    if (match && !isAlive(Number(match[1]))) await deleteNamespace(name);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
