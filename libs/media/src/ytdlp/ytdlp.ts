import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { EgressRefusedError, GuardedHttpClient } from '../egress/guarded-http-client';
import { type AllowlistInput, HostAllowlist } from '../egress/host-allowlist';
import { proxiedCommand } from '../egress/remote-input';
import { validateSourceUrl } from '../egress/source-url';
import { ProcessFailedError, runProcess } from '../process/run-process';
import { classifyYtDlpError } from './classify-ytdlp-error';
import { ytDlpDownloadArgs, type YtDlpDownloadRequest } from './download-args';
import { describeFormats, mapYtDlpInfo, needsYtDlp } from './map-ytdlp-info';
import { probeRemoteMedia, type RemoteMediaFacts } from './remote-media-probe';
import { SourceError } from './source-error';
import type { MediaStream, SourceInspection } from './source-inspection';
import type { YtDlpInfo } from './ytdlp-info';

export interface YtDlpOptions {
  /** `YTDLP_PATH`; never downloaded by us. */
  binaryPath?: string;
  /** The egress guard (`EgressGuard.url`): every connection yt-dlp and ffprobe make goes through it. */
  proxyUrl: string;
  /** `URL_ALLOWLIST`: hosts that may be on a private network. */
  allowlist?: AllowlistInput;
  /** A Netscape cookies file, only when an operator configured one. */
  cookiesFile?: string;
}

export interface InspectOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
}

const DEFAULT_TIMEOUT_MS = 60_000;
/** Streams the generic extractor leaves blank that we probe, at most (one page rarely has more). */
const MAX_PROBES = 4;
const LIVE_MESSAGE = 'Live streams cannot be downloaded: try again once it has ended';

/** The yt-dlp adapter: `inspect` answers "what is at this URL" without downloading the media. */
export class YtDlp {
  private readonly allowlist: HostAllowlist;

  constructor(private readonly options: YtDlpOptions) {
    this.allowlist = HostAllowlist.from(options.allowlist);
  }

  async inspect(
    url: string,
    { timeoutMs = DEFAULT_TIMEOUT_MS, signal }: InspectOptions = {},
  ): Promise<SourceInspection> {
    // Refused up front, before any process starts.
    const safeUrl = validateSourceUrl(url, this.allowlist);
    const deadline = AbortSignal.timeout(timeoutMs);
    const combined = signal ? AbortSignal.any([signal, deadline]) : deadline;
    try {
      const info = await this.dumpJson(safeUrl, combined);
      const inspection = mapYtDlpInfo(info, safeUrl, this.allowlist);
      if (inspection.isLive) throw new SourceError('live', LIVE_MESSAGE);
      if (inspection.streams.length === 0) {
        throw new SourceError('unsupported', 'No downloadable video or audio was found at this URL');
      }
      return await this.completeWithProbe(inspection, combined);
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (deadline.aborted)
        throw new SourceError('timeout', `The site did not answer within ${Math.round(timeoutMs / 1000)} s`);
      throw error;
    }
  }

  private async dumpJson(url: string, signal: AbortSignal): Promise<YtDlpInfo> {
    let stdout: string;
    // Our own runner: the child is killed on abort, and the abort listener goes with the run.
    const [command, args] = proxiedCommand(
      this.options.proxyUrl,
      this.options.binaryPath ?? 'yt-dlp',
      this.inspectArgs(url),
    );
    try {
      stdout = (await runProcess(command, args, { signal, captureStdout: true })).stdout.toString('utf8');
    } catch (error) {
      if (!(error instanceof ProcessFailedError)) throw error;
      const failure = classifyYtDlpError(error.stderr);
      if (failure.code === 'unavailable' && /HTTP Error 403/i.test(error.stderr)) {
        throw (await this.refusalOnTheWay(url, signal)) ?? failure;
      }
      throw failure;
    }
    try {
      return JSON.parse(stdout) as YtDlpInfo;
    } catch {
      throw new SourceError('failed', 'yt-dlp returned something that is not JSON', stdout.slice(0, 500));
    }
  }

  /**
   * Downloads formats of an inspected source into `request.directory` (see `ytDlpDownloadArgs`) and
   * resolves the file's path. yt-dlp runs ffmpeg for sections: both die on abort (one process group).
   */
  async download(request: YtDlpDownloadRequest, signal?: AbortSignal): Promise<string> {
    const url = validateSourceUrl(request.url, this.allowlist);
    const [command, args] = proxiedCommand(
      this.options.proxyUrl,
      this.options.binaryPath ?? 'yt-dlp',
      ytDlpDownloadArgs({ ...request, url }, this.options),
    );
    try {
      await runProcess(command, args, { signal, killGroup: true });
    } catch (error) {
      if (error instanceof ProcessFailedError) throw classifyYtDlpError(error.stderr);
      throw error;
    }
    const names = (await readdir(request.directory)).filter((name) => /^fetched\.\w+$/.test(name));
    if (names.length !== 1)
      throw new SourceError('failed', 'yt-dlp finished without writing the video', names.join(', '));
    return join(request.directory, names[0]);
  }

  /**
   * yt-dlp reports the guard's refusal of a plain-HTTP hop (a redirect to a private address) as an HTTP 403,
   * like a site's own. Following the URL once more with our client, which knows the guard's mark, tells
   * them apart; a site's 403 stays "unavailable".
   */
  private async refusalOnTheWay(url: string, signal: AbortSignal): Promise<SourceError | null> {
    const client = new GuardedHttpClient(this.options.proxyUrl);
    try {
      (await client.get(url, { range: 'bytes=0-0' }, signal)).response.destroy();
      return null;
    } catch (error) {
      if (!(error instanceof EgressRefusedError)) return null;
      return new SourceError(
        'refused',
        'The address is not allowed (private or local network)',
        error.message,
      );
    } finally {
      client.close();
    }
  }

  /** `--` ends the options: whatever the URL says, yt-dlp reads it as a URL, never as `--exec` or `-o`. */
  private inspectArgs(url: string): string[] {
    return [
      ...['-J', '--no-playlist', '--ignore-config', '--no-cache-dir', '--socket-timeout', '20'],
      ...['--proxy', this.options.proxyUrl],
      ...(this.options.cookiesFile ? ['--cookies', this.options.cookiesFile] : []),
      '--',
      url,
    ];
  }

  /**
   * yt-dlp's generic extractor (a plain media URL, an HLS playlist, a page with <video>) knows no duration,
   * height or size: ffprobe reads them from the media's first bytes, through the guard.
   */
  private async completeWithProbe(
    inspection: SourceInspection,
    signal: AbortSignal,
  ): Promise<SourceInspection> {
    // A manifest yt-dlp fetches (DASH) describes all its streams at once: ffprobe would mix them up.
    const probeable = inspection.streams.filter((stream) => !needsYtDlp(stream));
    const blanks = probeable.filter((stream) => !stream.height && stream.hasVideo).slice(0, MAX_PROBES);
    if (blanks.length === 0 && (inspection.duration !== null || probeable.length === 0)) return inspection;
    const targets = blanks.length ? blanks : probeable.slice(0, 1);
    const proxyUrl = this.options.proxyUrl;
    const failures: unknown[] = [];
    const facts = await Promise.all(
      // A stream ffprobe cannot read keeps what yt-dlp said; only when nothing is readable do we give up.
      targets.map((stream) =>
        probeRemoteMedia(stream.url, {
          proxyUrl,
          headers: stream.headers,
          measureBitRate: stream.fetch === 'hls',
          signal,
        }).then(
          (fact) => (fact.hasVideo || fact.hasAudio ? fact : null),
          (error: unknown) => (failures.push(error), null),
        ),
      ),
    );
    signal.throwIfAborted();
    const known = facts.filter((fact): fact is RemoteMediaFacts => fact !== null);
    if (known.length === 0 && inspection.duration === null) throw unreadableMedia(failures);
    // A VOD playlist always states its length; one without (no EXT-X-ENDLIST) is still being broadcast.
    if (targets.some((stream, index) => stream.fetch === 'hls' && facts[index] && !facts[index].duration)) {
      throw new SourceError('live', LIVE_MESSAGE);
    }
    const streams = inspection.streams.map((stream) => {
      const fact = facts[targets.indexOf(stream)];
      return fact ? applyFacts(stream, fact) : stream;
    });
    const duration = inspection.duration ?? known.find((fact) => fact.duration)?.duration ?? null;
    return { ...inspection, duration, streams, formats: describeFormats(streams, duration) };
  }
}

/** ffprobe found no media at all (a web page or text yt-dlp took for a direct link), or could not fetch it. */
function unreadableMedia(failures: unknown[]): SourceError {
  const fetchFailed = failures.some((error) =>
    /Server returned|HTTP error|Connection refused|timed out/i.test(String(error)),
  );
  return fetchFailed
    ? new SourceError(
        'unavailable',
        'The media at this URL could not be fetched: it may be private or removed',
      )
    : new SourceError('unsupported', 'No video or audio was found at this URL');
}

function applyFacts(stream: MediaStream, facts: RemoteMediaFacts): MediaStream {
  const tbr = stream.tbr ?? (facts.bitRate ? facts.bitRate / 1000 : undefined);
  const size = stream.size ?? facts.size ?? undefined;
  return {
    ...stream,
    hasVideo: facts.hasVideo,
    hasAudio: facts.hasAudio,
    ...(facts.height ? { height: facts.height } : {}),
    ...(tbr ? { tbr } : {}),
    ...(size ? { size } : {}),
  };
}
