import http, { type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import https from 'node:https';
import { isIP, isIPv6, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';
import { EGRESS_REFUSED_HEADER } from './egress-guard';
import { UnsafeUrlError } from './unsafe-url-error';

export interface GuardedResponse {
  response: IncomingMessage;
  /** Where the response really came from, after redirects. */
  url: string;
}

const MAX_REDIRECTS = 5;
const IDLE_TIMEOUT_MS = 30_000;

/** The guard answered instead of the site: the address (or a redirect's) is not allowed. */
export class EgressRefusedError extends Error {
  override readonly name = 'EgressRefusedError';
}

/**
 * A small HTTP(S) client for our own requests to the outside world, through the egress guard like every
 * tool: plain HTTP as absolute-form requests, HTTPS through a CONNECT tunnel (TLS end to end). Connections
 * are kept alive between requests, and redirects are followed (each hop checked by the guard again).
 */
export class GuardedHttpClient {
  private readonly proxy: URL;
  private readonly httpAgent = new http.Agent({ keepAlive: true, maxSockets: 2 });
  private readonly httpsAgent: https.Agent;

  /** `ca`: extra certificates to trust, e.g. a private CA of an allow-listed LAN media server. */
  constructor(proxyUrl: string, { ca }: { ca?: string | Buffer } = {}) {
    this.proxy = new URL(proxyUrl);
    this.httpsAgent = new TunnelingAgent(this.proxy, ca);
  }

  async get(url: string, headers: OutgoingHttpHeaders, signal?: AbortSignal): Promise<GuardedResponse> {
    let current = url;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
      const response = await this.request(current, headers, signal);
      const location = response.headers.location;
      if (!location || ![301, 302, 303, 307, 308].includes(response.statusCode ?? 0)) {
        return { response, url: current };
      }
      response.resume();
      const next = new URL(location, current);
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        throw new UnsafeUrlError(`a redirect to ${next.protocol} is not followed`);
      }
      current = next.href;
    }
    throw new UnsafeUrlError(`more than ${MAX_REDIRECTS} redirects`);
  }

  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }

  private request(url: string, headers: OutgoingHttpHeaders, signal?: AbortSignal): Promise<IncomingMessage> {
    const target = new URL(url);
    const request =
      target.protocol === 'https:'
        ? https.request(target, { headers, agent: this.httpsAgent, signal })
        : http.request({
            host: this.proxy.hostname,
            port: this.proxy.port,
            path: target.href,
            headers: { ...headers, host: target.host },
            agent: this.httpAgent,
            signal,
          });
    return new Promise((resolve, reject) => {
      request.setTimeout(IDLE_TIMEOUT_MS, () =>
        request.destroy(new Error(`no answer from ${target.host} in time`)),
      );
      request.once('error', reject);
      request.once('response', (response) => {
        if (response.headers[EGRESS_REFUSED_HEADER]) {
          response.resume();
          return reject(new EgressRefusedError(`the egress guard refused ${target.host}`));
        }
        resolve(response);
      });
      request.end();
    });
  }
}

/** Opens each HTTPS connection as a CONNECT tunnel through the guard; the agent then speaks TLS over it. */
class TunnelingAgent extends https.Agent {
  constructor(
    private readonly proxy: URL,
    ca?: string | Buffer,
  ) {
    // Agent options (ca) reach createConnection's options, and so tls.connect.
    super({ keepAlive: true, maxSockets: 2, ...(ca ? { ca } : {}) });
  }

  override createConnection(
    options: http.ClientRequestArgs & tls.ConnectionOptions,
    callback?: (error: Error | null, stream: Duplex) => void,
  ): Duplex {
    const host = options.hostname ?? options.host ?? '';
    const authority = `${isIPv6(host) ? `[${host}]` : host}:${options.port ?? 443}`;
    const connect = http.request({
      host: this.proxy.hostname,
      port: this.proxy.port,
      method: 'CONNECT',
      path: authority,
      headers: { host: authority },
    });
    connect.once('connect', (response, socket: Socket) => {
      if (response.statusCode !== 200) {
        socket.destroy();
        callback?.(
          response.headers[EGRESS_REFUSED_HEADER]
            ? new EgressRefusedError(`the egress guard refused ${authority}`)
            : new Error(`the egress guard could not open ${authority} (HTTP ${response.statusCode})`),
          undefined as never,
        );
        return;
      }
      const secure = tls.connect({
        ...options,
        socket,
        servername: isIP(host) ? undefined : host,
        ALPNProtocols: ['http/1.1'],
      });
      callback?.(null, secure);
    });
    connect.once('error', (error) => callback?.(error, undefined as never));
    connect.end();
    // Node's Agent accepts the socket through the callback when none is returned.
    return undefined as never;
  }
}
