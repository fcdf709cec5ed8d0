import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EgressRefusedError, GuardedHttpClient } from '../egress/guarded-http-client';
import { SourceError } from '../ytdlp/source-error';

export interface RangeRelayOptions {
  /** The egress guard: every upstream request goes through it. */
  proxyUrl: string;
  /** The first upstream request of a read is this small (ffmpeg often reads a header, then seeks). */
  firstChunkBytes?: number;
  /** Chunks double while ffmpeg keeps reading, up to this. */
  maxChunkBytes?: number;
}

interface Exposed {
  url: string;
  headers: Record<string, string>;
  /** Where the last chunk ended, and its size: consecutive reads get growing chunks. */
  nextOffset: number;
  chunk: number;
}

/**
 * A loopback HTTP server that ffmpeg reads a progressive source from, instead of the site itself.
 * ffmpeg 5.1 asks for open-ended ranges (`bytes=X-`), and every socket buffer between it and the site
 * (kernel windows, the guard's pipe) then fills with bytes it never reads: megabytes per seek. The relay
 * answers each request with ONE bounded chunk (a 206 for `X..X+chunk`, the total size in Content-Range);
 * ffmpeg, run with `-reconnect 1`, asks for the rest where that chunk ended, and the relay fetches the next
 * chunk only then. What crosses the network stays within a chunk of what ffmpeg uses (like yt-dlp's
 * `--http-chunk-size`). Chunks grow while ffmpeg reads on, and start small again after a seek. The relay
 * also notices a site that ignores ranges, and the guard's refusals.
 */
export class RangeRelay {
  /** Set when a source answered a range request with the whole file: it cannot seek. */
  notSeekable = false;
  /** The first upstream failure, more telling than what ffmpeg makes of it. */
  failure: SourceError | null = null;
  /** Body bytes received from upstream. */
  bytesFetched = 0;

  private readonly exposed = new Map<string, Exposed>();
  private readonly client: GuardedHttpClient;
  private readonly firstChunk: number;
  private readonly maxChunk: number;

  private constructor(
    private readonly server: Server,
    options: RangeRelayOptions,
  ) {
    this.client = new GuardedHttpClient(options.proxyUrl);
    this.firstChunk = options.firstChunkBytes ?? 256 * 1024;
    this.maxChunk = options.maxChunkBytes ?? 1024 * 1024;
    server.on('request', (request, response) => {
      const abort = new AbortController();
      // ffmpeg hangs up to seek elsewhere or when it has enough: stop fetching, that is no failure.
      response.once('close', () => abort.abort());
      this.relay(request, response, abort.signal).catch((error: unknown) => {
        if (!abort.signal.aborted) this.failure ??= toSourceError(error);
        response.destroy();
      });
    });
  }

  static async start(options: RangeRelayOptions): Promise<RangeRelay> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new RangeRelay(server, options);
  }

  /** A loopback URL that serves `url` (with the site's headers); unguessable, valid until `close`. */
  expose(url: string, headers: Record<string, string> = {}): string {
    const token = randomBytes(16).toString('hex');
    this.exposed.set(token, { url, headers, nextOffset: -1, chunk: this.firstChunk });
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/${token}`;
  }

  async close(): Promise<void> {
    this.client.close();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private async relay(
    request: IncomingMessage,
    response: ServerResponse,
    signal: AbortSignal,
  ): Promise<void> {
    const source = this.exposed.get((request.url ?? '').slice(1));
    if (!source || request.method !== 'GET') {
      response.writeHead(404).end();
      return;
    }
    const offset = Number(/^bytes=(\d+)-/.exec(request.headers.range ?? '')?.[1] ?? 0);
    // Reading on from where the last chunk ended: a bigger chunk; anywhere else (a seek): start small.
    source.chunk = offset === source.nextOffset ? Math.min(this.maxChunk, source.chunk * 2) : this.firstChunk;
    const range = `bytes=${offset}-${offset + source.chunk - 1}`;
    const upstream = await this.client.get(source.url, { ...source.headers, range }, signal);
    source.url = upstream.url;
    const { statusCode = 502, headers } = upstream.response;
    if (statusCode === 206) {
      const [, first, last, total] = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(headers['content-range'] ?? '') ?? [];
      if (Number(first) !== offset || !total)
        throw new SourceError('failed', 'The site sent a byte range other than the one asked for');
      response.writeHead(206, {
        'Content-Type': headers['content-type'] ?? 'application/octet-stream',
        'Content-Range': `bytes ${first}-${last}/${total}`,
        'Content-Length': String(Number(last) - Number(first) + 1),
        'Accept-Ranges': 'bytes',
      });
      source.nextOffset = offset + (await this.pipeBody(upstream.response, response));
    } else {
      // The whole file (a site without range support) or an error, passed on as it is.
      if (statusCode === 200) this.notSeekable = true;
      else this.failure ??= failureForStatus(statusCode);
      response.writeHead(statusCode, pick(headers, ['content-type', 'content-length']));
      await this.pipeBody(upstream.response, response);
    }
    response.end();
  }

  /** Copies a body with back-pressure, stopping when ffmpeg hangs up. */
  private async pipeBody(from: IncomingMessage, to: ServerResponse): Promise<number> {
    let bytes = 0;
    for await (const data of from as AsyncIterable<Buffer>) {
      bytes += data.length;
      this.bytesFetched += data.length;
      if (!to.write(data)) await drainedOrClosed(to);
      if (to.destroyed) {
        from.destroy();
        break;
      }
    }
    return bytes;
  }
}

/** Waits for back-pressure to ease (or the reader to go), leaving no listener behind on the response. */
async function drainedOrClosed(response: ServerResponse): Promise<void> {
  const settled = new AbortController();
  const { signal } = settled;
  try {
    await Promise.race([once(response, 'drain', { signal }), once(response, 'close', { signal })]);
  } finally {
    settled.abort();
  }
}

function failureForStatus(status: number): SourceError {
  if (status === 403 || status === 401)
    return new SourceError('unavailable', 'The site refused access (HTTP 403): the video may be private');
  if (status === 404 || status === 410)
    return new SourceError('unavailable', 'The video is no longer at this address (removed or private)');
  if (status >= 500) return new SourceError('network', `The site failed to answer (HTTP ${status})`);
  return new SourceError('failed', `The site answered HTTP ${status}`);
}

function toSourceError(error: unknown): SourceError {
  if (error instanceof SourceError) return error;
  if (error instanceof EgressRefusedError || (error as Error)?.name === 'UnsafeUrlError') {
    return new SourceError(
      'refused',
      `The address is not allowed (private or local network): ${(error as Error).message}`,
    );
  }
  return new SourceError('network', 'The site could not be reached or stopped sending data', String(error));
}

function pick(headers: IncomingMessage['headers'], names: string[]): Record<string, string> {
  return Object.fromEntries(
    names.filter((name) => typeof headers[name] === 'string').map((name) => [name, headers[name] as string]),
  );
}
