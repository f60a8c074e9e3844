// Runs inside a proof namespace: opens 127.0.0.1:443 there and hands the socket to the test
// process over the IPC channel, then exits (the test process keeps its copy of the socket).
import { createServer } from 'node:net';

const server = createServer();
server.on('error', (error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
server.listen(443, '127.0.0.1', () => process.send('listening', server, () => process.exit(0)));
