// stdout and stderr for the CLI. Written with fs.writeSync, not process.stdout: creating those
// streams loads Node's net and stream modules, several milliseconds of a run that takes tens.

import { writeSync } from 'node:fs';

/** The reader of stdout went away (`| head`): not an error, there is just nobody left to tell. */
export class StdoutClosed extends Error {}

export async function writeStdout(text: string): Promise<void> {
  const rest = writeAll(1, text);
  if (rest === undefined) return;
  // A non-blocking pipe that is full: the stream waits for the reader instead of spinning.
  await new Promise<void>((resolve, reject) => {
    process.stdout.on('error', () => undefined);
    process.stdout.write(rest, (error) => (error ? reject(isClosed(error) ? new StdoutClosed() : error) : resolve()));
  });
}

export function writeStderr(text: string): void {
  try {
    const rest = writeAll(2, text);
    if (rest !== undefined) process.stderr.write(rest);
  } catch (error) {
    if (!(error instanceof StdoutClosed)) throw error;
  }
}

/** Writes what it can; returns what is left when the descriptor would block. */
function writeAll(fd: 1 | 2, text: string): Buffer | undefined {
  const bytes = Buffer.from(text);
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') return bytes.subarray(offset);
      if (isClosed(error)) throw new StdoutClosed();
      throw error;
    }
  }
  return undefined;
}

function isClosed(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'EPIPE';
}
