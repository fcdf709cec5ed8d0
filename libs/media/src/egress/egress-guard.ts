import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { RequestError, Server, type PrepareRequestFunctionOpts } from 'proxy-chain';
import { decideEgress } from './egress-decision';
import { type AllowlistInput, HostAllowlist, normaliseHost } from './host-allowlist';
import { pinnedLookup } from './pinned-lookup';

export type ResolveHost = (hostname: string) => Promise<LookupAddress[]>;

export interface EgressRefusal {
  hostname: string;
  port: number;
  reason: string;
}

export interface EgressGuardOptions {
  allowlist?: AllowlistInput;
  /** How names are resolved; the system resolver (getaddrinfo, all addresses) by default. */
  resolve?: ResolveHost;
  onRefused?: (refusal: EgressRefusal) => void;
}

/** Marks the guard's own refusals, so our HTTP client can tell them from a site's 403. */
export const EGRESS_REFUSED_HEADER = 'x-egress-guard';
const REFUSED_HEADERS = { [EGRESS_REFUSED_HEADER]: 'refused' };

const resolveWithSystem: ResolveHost = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    ),
  );

/**
 * A local forward proxy (HTTP and CONNECT) that every yt-dlp and ffmpeg connection goes through. It resolves
 * the target itself, refuses private/loopback/link-local/metadata addresses unless the host is allow-listed,
 * and connects to the very address it checked, so redirects and DNS rebinding are caught at connect time.
 */
export class EgressGuard {
  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(options: EgressGuardOptions = {}): Promise<EgressGuard> {
    const allowlist = HostAllowlist.from(options.allowlist);
    const resolve = options.resolve ?? resolveWithSystem;
    const server = new Server({
      host: '127.0.0.1',
      port: 0,
      prepareRequestFunction: (request) =>
        EgressGuard.prepare(request, allowlist, resolve, options.onRefused),
    });
    await server.listen();
    return new EgressGuard(server, `http://127.0.0.1:${server.port}`);
  }

  async close(): Promise<void> {
    await this.server.close(true);
  }

  private static async prepare(
    { hostname, port }: PrepareRequestFunctionOpts,
    allowlist: HostAllowlist,
    resolve: ResolveHost,
    onRefused?: (refusal: EgressRefusal) => void,
  ) {
    const host = normaliseHost(hostname);
    let addresses: LookupAddress[];
    if (isIP(host)) {
      addresses = [{ address: host, family: isIP(host) }];
    } else {
      try {
        addresses = await resolve(host);
      } catch (error) {
        throw new RequestError(`Egress guard: cannot resolve ${host}: ${(error as Error).message}`, 502);
      }
    }
    const decision = decideEgress(
      host,
      addresses.map((entry) => entry.address),
      allowlist,
    );
    if (!decision.allowed) {
      onRefused?.({ hostname: host, port, reason: decision.reason });
      throw new RequestError(
        `Egress guard refused ${host}:${port}: ${decision.reason}`,
        403,
        REFUSED_HEADERS,
      );
    }
    return { dnsLookup: pinnedLookup(addresses) as never };
  }
}
