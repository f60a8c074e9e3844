// Runs inside a proof namespace: opens 127.0.0.1:443 there and hands the socket to the test
// process over the IPC channel (the test process keeps its copy; this one closes its own). Then
// it stays, as the namespace's browser and neighbour: on the test's request it follows an OAuth
// 2.0 authorize URL as a browser does (Box's redirect, then the program's listener), or holds a
// port, as another program on the machine would.
import { readFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { get as httpsGet } from 'node:https';
import { createServer } from 'node:net';

const ca = process.env.PROOF_CA_FILE ? readFileSync(process.env.PROOF_CA_FILE) : undefined;
const held = new Map();

const server = createServer();
server.on('error', (error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
server.listen(443, '127.0.0.1', () => process.send('listening', server, () => server.close()));

/** One GET, as a browser makes it: status, Location and the body as text. */
function fetchOnce(url) {
  return new Promise((resolve, reject) => {
    const get = url.startsWith('https:') ? httpsGet : httpGet;
    const request = get(
      url,
      { ca, headers: { 'User-Agent': 'box-snippet-proof-browser', Accept: 'text/html' } },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () =>
          resolve({
            url,
            status: response.statusCode,
            location: response.headers.location ?? null,
            contentType: response.headers['content-type'] ?? null,
            body,
          }),
        );
        response.on('error', reject);
      },
    );
    request.setTimeout(20_000, () => request.destroy(new Error(`no answer from ${url} in 20 s`)));
    request.on('error', reject);
  });
}

/** The authorize URL, then every redirect it leads to (at most 3), each step recorded. */
async function browse(url) {
  const steps = [];
  let next = url;
  for (let hop = 0; hop < 4 && next !== null; hop++) {
    const step = await fetchOnce(next);
    steps.push(step);
    next = step.status >= 300 && step.status < 400 && step.location ? new URL(step.location, next).href : null;
  }
  return steps;
}

function hold(port) {
  return new Promise((resolve, reject) => {
    const occupier = createServer((socket) => socket.destroy());
    occupier.once('error', reject);
    occupier.listen(port, '127.0.0.1', () => {
      held.set(port, occupier);
      resolve(null);
    });
  });
}

process.on('message', async (message) => {
  const { id } = message;
  try {
    let result = null;
    if (message.browse) result = await browse(message.browse);
    else if (message.hold) result = await hold(message.hold);
    else if (message.release) await new Promise((resolve) => held.get(message.release)?.close(resolve) ?? resolve());
    process.send({ id, result });
  } catch (error) {
    process.send({ id, error: error.message });
  }
});
// The test process ends this agent by closing the channel (or by ending itself).
process.on('disconnect', () => process.exit(0));
