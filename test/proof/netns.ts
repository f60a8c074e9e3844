// A network namespace per proof lane, in which Box's own host names reach the mock: the
// programs run exactly as printed (https://api.box.com, no --base-url) and still never leave the
// machine. `ip netns exec` bind-mounts /etc/netns/<name>/hosts over /etc/hosts, so every runtime's
// resolver (glibc for Python, Node, Java and curl alike) maps the names to the namespace's own
// loopback. The mock's listening socket is opened by a small child inside the namespace and handed
// to the test process, so the mock itself, with its request log, lives in the test process.

import { execFile, spawn } from 'node:child_process';
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
  close(): Promise<void>;
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

export async function makeNamespace(lane: number, hostNames: readonly string[]): Promise<Namespace> {
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
  const listener = await openListener(name);
  return {
    name,
    listener,
    wrap: (command, args) => ['ip', ['netns', 'exec', name, command, ...args]],
    close: async () => {
      listener.close();
      await deleteNamespace(name);
    },
  };
}

function openListener(name: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const child = spawn('ip', ['netns', 'exec', name, process.execPath, LISTENER], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    child.on('message', (_message, handle) => resolve(handle as Server));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`the listener in ${name} exited ${code}: ${stderr.trim()}`));
    });
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
