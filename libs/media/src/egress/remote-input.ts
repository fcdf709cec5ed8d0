/**
 * What ffmpeg/ffprobe may open when reading a remote source: network protocols only, never `file`
 * (an HLS playlist could otherwise point at /etc/passwd). `httpproxy` carries https through the guard.
 */
export const NETWORK_PROTOCOL_WHITELIST = 'http,https,tcp,tls,crypto,httpproxy';

export interface RemoteInputOptions {
  /** Headers the site asked for (User-Agent, Referer, …). */
  headers?: Record<string, string>;
  /** Input seeking: ffmpeg asks the server only for the bytes from about here on. */
  seekTo?: number;
  /** Stop reading this input after so many seconds (from `seekTo`), rather than reading ahead past the end. */
  duration?: number;
}

/** The one way a remote URL becomes an ffmpeg/ffprobe input (the counterpart of `localInputArgs`). */
export function remoteInputArgs(
  url: string,
  { headers, seekTo, duration }: RemoteInputOptions = {},
): string[] {
  const headerLines = Object.entries(headers ?? {})
    .filter(([name, value]) => /^[\w-]+$/.test(name) && !/[\r\n]/.test(value))
    .map(([name, value]) => `${name}: ${value}\r\n`);
  return [
    ...['-protocol_whitelist', NETWORK_PROTOCOL_WHITELIST],
    // Give up on a stalled connection after 30 s instead of hanging the job.
    ...['-rw_timeout', '30000000'],
    ...(headerLines.length ? ['-headers', headerLines.join('')] : []),
    // ffmpeg does not check certificates unless told (system trust; HLS segments opened later are not).
    ...(url.startsWith('https:') ? ['-tls_verify', '1'] : []),
    ...(seekTo ? ['-ss', seekTo.toFixed(3)] : []),
    ...(duration ? ['-t', duration.toFixed(3)] : []),
    ...['-i', url],
  ];
}

/**
 * Input arguments for a loopback URL of our own (the range relay): plain HTTP without the proxy (the relay
 * itself goes through the guard), and `-reconnect 1` so ffmpeg asks for the rest when a chunk ends.
 */
export function loopbackInputArgs(
  url: string,
  { seekTo, duration }: Omit<RemoteInputOptions, 'headers'> = {},
): string[] {
  return [
    ...['-protocol_whitelist', 'http,tcp', '-http_proxy', '', '-reconnect', '1'],
    ...(seekTo ? ['-ss', seekTo.toFixed(3)] : []),
    ...(duration ? ['-t', duration.toFixed(3)] : []),
    ...['-i', url],
  ];
}

/** The clean environment of a tool that reaches the network: the egress guard is its only way out. */
export function proxiedEnv(proxyUrl: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    LANG: 'C.UTF-8',
    PYTHONIOENCODING: 'utf-8',
    http_proxy: proxyUrl,
    https_proxy: proxyUrl,
  };
}

/**
 * The command line that runs `command` in `proxiedEnv`. `env -i` execs the tool (same pid, so a kill still
 * reaches it) with nothing inherited: a `no_proxy` in our environment would let ffmpeg bypass the guard.
 */
export function proxiedCommand(
  proxyUrl: string,
  command: string,
  args: readonly string[],
): [string, string[]] {
  const env = Object.entries(proxiedEnv(proxyUrl)).map(([name, value]) => `${name}=${value}`);
  return ['env', ['-i', ...env, command, ...args]];
}
