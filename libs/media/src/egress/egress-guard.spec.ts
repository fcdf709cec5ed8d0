import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMediaOrigin, type MediaOrigin } from '../../../../test/support/media-origin';
import { EgressGuard, type EgressRefusal } from './egress-guard';

/** Every target here is a loopback address: no test sends a byte off this machine. */
describe('EgressGuard (end to end, loopback only)', () => {
  let root: string;
  let origin: MediaOrigin;
  const guards: EgressGuard[] = [];
  const start = async (allowlist: string[], extra: Partial<Parameters<typeof EgressGuard.start>[0]> = {}) => {
    const refusals: EgressRefusal[] = [];
    const guard = await EgressGuard.start({
      allowlist,
      onRefused: (refusal) => refusals.push(refusal),
      ...extra,
    });
    guards.push(guard);
    return { guard, refusals };
  };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'egress-guard-'));
    writeFileSync(join(root, 'hello.txt'), 'hello from the origin');
    origin = await startMediaOrigin({ root });
  });
  afterAll(async () => {
    await Promise.all(guards.map((guard) => guard.close()));
    await origin.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 and says where', async () => {
    const { guard } = await start([]);
    expect(guard.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  describe('with an empty allow-list', () => {
    it.each(['127.0.0.1', '127.0.0.2', '[::1]', '2130706433', '0177.0.0.1', 'localhost'])(
      'refuses a plain HTTP request to http://%s:{port}/',
      async (host) => {
        const { guard, refusals } = await start([]);
        const response = await viaProxy(guard.url, `http://${host}:${origin.port}/hello.txt`);
        expect(response.status).toBe(403);
        expect(response.body).toMatch(/Egress guard refused/);
        expect(refusals).toHaveLength(1);
      },
    );

    it.each([
      '127.0.0.1',
      '127.0.0.2',
      '[::1]',
      '2130706433',
      '0177.0.0.1',
      '[::ffff:127.0.0.1]',
      'localhost',
    ])('refuses CONNECT to %s', async (host) => {
      const { guard, refusals } = await start([]);
      expect(await connectVia(guard.url, `${host}:${origin.port}`)).toEqual({ status: 403, body: null });
      expect(refusals[0].reason).toMatch(/loopback/);
    });
  });

  describe('with the allow-list 127.0.0.1,localhost', () => {
    it('forwards plain HTTP to the local origin', async () => {
      const { guard } = await start(['127.0.0.1', 'localhost']);
      const response = await viaProxy(guard.url, `http://127.0.0.1:${origin.port}/hello.txt`);
      expect(response).toEqual({ status: 200, body: 'hello from the origin' });
    });

    it('tunnels CONNECT to localhost', async () => {
      const { guard } = await start(['127.0.0.1', 'localhost']);
      expect(await connectVia(guard.url, `localhost:${origin.port}`, '/hello.txt')).toEqual({
        status: 200,
        body: expect.stringContaining('hello from the origin'),
      });
    });

    it('still refuses other loopback addresses', async () => {
      const { guard } = await start(['127.0.0.1', 'localhost']);
      expect((await viaProxy(guard.url, `http://127.0.0.2:${origin.port}/hello.txt`)).status).toBe(403);
      expect((await connectVia(guard.url, `[::1]:${origin.port}`)).status).toBe(403);
    });

    it('refuses the second hop of a redirect from the allowed origin to a refused one (ffprobe via http_proxy)', async () => {
      const { guard, refusals } = await start(['127.0.0.1', 'localhost']);
      const refused = `http://127.0.0.2:${origin.port}/hello.txt`;
      const result = await ffprobe(guard.url, `${origin.url}/redirect?to=${encodeURIComponent(refused)}`);
      expect(result.code).not.toBe(0);
      expect(refusals).toEqual([expect.objectContaining({ hostname: '127.0.0.2', port: origin.port })]);
    });
  });

  it('connects to the address it checked, not to a second DNS answer', async () => {
    // "pinned.invalid" cannot resolve on this machine: a success proves the socket used the checked address.
    let lookups = 0;
    const { guard } = await start(['pinned.invalid'], {
      resolve: async () => {
        lookups += 1;
        return [{ address: '127.0.0.1', family: 4 }];
      },
    });
    const response = await viaProxy(guard.url, `http://pinned.invalid:${origin.port}/hello.txt`);
    expect(response).toEqual({ status: 200, body: 'hello from the origin' });
    expect(lookups).toBe(1);
  });

  it('refuses a name that resolves to a private address when it is not allow-listed', async () => {
    const { guard, refusals } = await start([], {
      resolve: async () => [{ address: '127.0.0.1', family: 4 }],
    });
    expect((await viaProxy(guard.url, `http://rebind.invalid:${origin.port}/hello.txt`)).status).toBe(403);
    expect(refusals[0].reason).toBe('rebind.invalid resolves to 127.0.0.1 is a loopback address');
  });
});

function viaProxy(proxyUrl: string, target: string): Promise<{ status: number; body: string }> {
  const proxy = new URL(proxyUrl);
  return new Promise((resolve, reject) => {
    const req = request({
      host: proxy.hostname,
      port: proxy.port,
      path: target,
      headers: { host: new URL(target).host },
    });
    req.on('response', (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    req.on('error', reject).end();
  });
}

/** Opens a CONNECT tunnel and, when it is established and `path` is given, sends a GET through it. */
function connectVia(
  proxyUrl: string,
  authority: string,
  path?: string,
): Promise<{ status: number; body: string | null }> {
  const proxy = new URL(proxyUrl);
  return new Promise((resolve, reject) => {
    const req = request({ host: proxy.hostname, port: proxy.port, method: 'CONNECT', path: authority });
    req.on('connect', (response, socket) => {
      if (response.statusCode !== 200 || !path) {
        socket.destroy();
        return resolve({ status: response.statusCode ?? 0, body: null });
      }
      let body = '';
      socket.setEncoding('utf8').on('data', (chunk) => (body += chunk));
      socket.on('end', () => resolve({ status: 200, body }));
      socket.write(`GET ${path} HTTP/1.1\r\nHost: ${authority}\r\nConnection: close\r\n\r\n`);
    });
    req.on('error', reject).end();
  });
}

function ffprobe(proxyUrl: string, url: string): Promise<{ code: number | null }> {
  return new Promise((resolve) => {
    const env = { PATH: process.env.PATH, http_proxy: proxyUrl };
    const args = ['-v', 'error', '-protocol_whitelist', 'http,tcp', '-i', url];
    execFile('ffprobe', args, { env }, (error) => resolve({ code: error ? (error.code as number) : 0 }));
  });
}
