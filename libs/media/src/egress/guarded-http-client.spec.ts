import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { EgressGuard } from './egress-guard';
import { EgressRefusedError, GuardedHttpClient } from './guarded-http-client';

/** Our own requests (the range relay's) take the same way out as the tools: through the guard. Loopback only. */
describe('GuardedHttpClient', () => {
  let dir: string;
  let secure: Server;
  let plain: Server;
  let guard: EgressGuard;
  let ca: Buffer;
  const port = (server: Server) => (server.address() as AddressInfo).port;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'guarded-client-'));
    execFileSync(
      'openssl',
      [
        ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost'],
        ...[
          '-addext',
          'subjectAltName=DNS:localhost',
          '-keyout',
          join(dir, 'key.pem'),
          '-out',
          join(dir, 'cert.pem'),
        ],
      ],
      { stdio: 'ignore' },
    );
    ca = readFileSync(join(dir, 'cert.pem'));
    const answer = (
      request: { url?: string; headers: Record<string, unknown> },
      response: import('node:http').ServerResponse,
    ) => {
      if (request.url?.startsWith('/redirect?to=')) {
        response
          .writeHead(302, { location: decodeURIComponent(request.url.slice('/redirect?to='.length)) })
          .end();
      } else {
        response.writeHead(206, { 'content-range': 'bytes 0-4/5' }).end(`${request.headers.range}|ok`);
      }
    };
    secure = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert: ca }, answer);
    plain = createHttpServer(answer);
    await Promise.all(
      [secure, plain].map((server) => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))),
    );
    guard = await EgressGuard.start({ allowlist: ['localhost', '127.0.0.1'] });
  });
  afterAll(async () => {
    await guard.close();
    secure.closeAllConnections();
    plain.closeAllConnections();
    await Promise.all([secure, plain].map((server) => new Promise((resolve) => server.close(resolve))));
    rmSync(dir, { recursive: true, force: true });
  });

  it('fetches HTTPS through a CONNECT tunnel, checking the certificate, and reuses the tunnel', async () => {
    const client = new GuardedHttpClient(guard.url, { ca });
    let connections = 0;
    const count = () => (connections += 1);
    secure.on('secureConnection', count);
    try {
      for (const range of ['bytes=0-1', 'bytes=2-3']) {
        const { response } = await client.get(`https://localhost:${port(secure)}/file`, { range });
        expect(response.statusCode).toBe(206);
        expect(await text(response)).toBe(`${range}|ok`);
      }
      expect(connections).toBe(1);
    } finally {
      secure.off('secureConnection', count);
      client.close();
    }
  });

  it('refuses a certificate it does not trust', async () => {
    const client = new GuardedHttpClient(guard.url);
    try {
      await expect(client.get(`https://localhost:${port(secure)}/file`, {})).rejects.toThrow(/self.signed/i);
    } finally {
      client.close();
    }
  });

  it('follows redirects, and the guard refuses a hop to a private address (HTTP and HTTPS)', async () => {
    const client = new GuardedHttpClient(guard.url, { ca });
    try {
      const hop = `http://127.0.0.1:${port(plain)}/file`;
      const { response, url } = await client.get(
        `http://127.0.0.1:${port(plain)}/redirect?to=${encodeURIComponent(hop)}`,
        {},
      );
      expect(url).toBe(hop);
      expect(await text(response)).toBe('undefined|ok');

      for (const refused of [
        `http://127.0.0.2:${port(plain)}/file`,
        `https://127.0.0.2:${port(secure)}/file`,
      ]) {
        const start = `https://localhost:${port(secure)}/redirect?to=${encodeURIComponent(refused)}`;
        await expect(client.get(start, {})).rejects.toBeInstanceOf(EgressRefusedError);
      }
      await expect(
        client.get(`http://127.0.0.1:${port(plain)}/redirect?to=file%3A%2F%2F%2Fetc%2Fpasswd`, {}),
      ).rejects.toThrow(/file: is not followed/);
    } finally {
      client.close();
    }
  });
});
