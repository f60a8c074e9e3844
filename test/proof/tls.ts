// A certificate authority made by the test run, and a server certificate signed by it for
// 127.0.0.1 and for Box's own host names (which the proof namespaces send to their loopback). Each runtime is told to trust the CA from outside the program: REQUESTS_CA_BUNDLE and
// SSL_CERT_FILE for Python, NODE_EXTRA_CA_CERTS for Node, a trust store for Java.

import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { requireCommand } from '../support/toolchains.js';

const run = promisify(execFile);

export interface TestTls {
  dir: string;
  caPem: string;
  serverKey: string;
  serverCert: string;
  javaTrustStore: string;
  javaTrustStorePassword: string;
}

export async function makeTestTls(hostNames: readonly string[] = []): Promise<TestTls> {
  requireCommand('openssl', 'install OpenSSL (Debian: apt-get install openssl)');
  requireCommand('keytool', 'install a JDK 17 or later (Debian: apt-get install openjdk-17-jdk-headless)');
  const dir = await mkdtemp(join(tmpdir(), 'box-snippet-tls-'));
  const path = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => run('openssl', args, { cwd: dir });
  await openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '2',
    '-subj',
    '/CN=box-snippet test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
    '-keyout',
    path('ca.key'),
    '-out',
    path('ca.pem'),
  );
  await openssl(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-subj',
    '/CN=127.0.0.1',
    '-keyout',
    path('server.key'),
    '-out',
    path('server.csr'),
  );
  await writeFile(
    path('server.ext'),
    [
      'basicConstraints=CA:FALSE',
      'keyUsage=critical,digitalSignature,keyEncipherment',
      'extendedKeyUsage=serverAuth',
      `subjectAltName=${['IP:127.0.0.1', 'DNS:localhost', ...hostNames.map((host) => `DNS:${host}`)].join(',')}`,
    ].join('\n'),
  );
  await openssl(
    'x509',
    '-req',
    '-in',
    path('server.csr'),
    '-CA',
    path('ca.pem'),
    '-CAkey',
    path('ca.key'),
    '-CAcreateserial',
    '-days',
    '2',
    '-extfile',
    path('server.ext'),
    '-out',
    path('server.pem'),
  );
  const password = 'box-snippet-test';
  await run('keytool', [
    '-importcert',
    '-noprompt',
    '-alias',
    'box-snippet-test-ca',
    '-file',
    path('ca.pem'),
    '-keystore',
    path('truststore.p12'),
    '-storetype',
    'PKCS12',
    '-storepass',
    password,
  ]);
  return {
    dir,
    caPem: path('ca.pem'),
    serverKey: path('server.key'),
    serverCert: path('server.pem'),
    javaTrustStore: path('truststore.p12'),
    javaTrustStorePassword: password,
  };
}
