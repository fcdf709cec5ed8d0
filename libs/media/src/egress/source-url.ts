import { isIP } from 'node:net';
import { forbiddenAddressReason } from './forbidden-address';
import { type AllowlistInput, HostAllowlist } from './host-allowlist';
import { UnsafeUrlError } from './unsafe-url-error';

const MAX_URL_LENGTH = 4096;
/** Hosts that name this machine by definition (RFC 6761), refused without asking DNS. */
const LOCAL_NAMES = /(^|\.)localhost$/;

/**
 * Checks a URL a user gave before any tool sees it, without DNS (the egress guard checks resolved addresses
 * at connect time). Returns the WHATWG-serialised form: pass THAT to yt-dlp/ffmpeg, so every parser sees the
 * same host (no `\`/userinfo differentials). IP hosts in any spelling (decimal, octal, hex, IPv6, IPv4-mapped)
 * are normalised by the URL parser first, then refused when private unless the host is allow-listed.
 */
export function validateSourceUrl(input: unknown, allowlist?: AllowlistInput): string {
  if (typeof input !== 'string' || !input.trim()) throw new UnsafeUrlError('url must be a non-empty string');
  const text = input.trim();
  if (text.length > MAX_URL_LENGTH)
    throw new UnsafeUrlError(`url is longer than ${MAX_URL_LENGTH} characters`);
  if (text.startsWith('-'))
    throw new UnsafeUrlError('url must start with http:// or https://, not an option');
  // Backslashes, spaces and control characters are read differently by different URL parsers.
  if (
    /[\\\s]/.test(text) ||
    [...text].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)
  ) {
    throw new UnsafeUrlError('url must not contain spaces, backslashes or control characters');
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UnsafeUrlError(`url "${truncate(text)}" is not a valid absolute URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UnsafeUrlError(
      `url scheme "${url.protocol.replace(/:$/, '')}" is not allowed: only http and https`,
    );
  }
  if (url.username || url.password) {
    throw new UnsafeUrlError('url must not contain a user name or password');
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!host) throw new UnsafeUrlError('url has no host');
  if (!HostAllowlist.from(allowlist).has(host)) {
    if (isIP(host)) {
      const reason = forbiddenAddressReason(host);
      if (reason) throw new UnsafeUrlError(`url host ${url.hostname} is not allowed: ${reason}`);
    } else if (LOCAL_NAMES.test(host)) {
      throw new UnsafeUrlError(`url host ${host} is not allowed: it names this machine`);
    }
  }
  return url.href;
}

function truncate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
