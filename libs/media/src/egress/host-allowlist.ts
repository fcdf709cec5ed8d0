/** Host names compare lower-case and without IPv6 brackets, the way WHATWG URL hostnames come out. */
export function normaliseHost(host: string): string {
  const lower = host.trim().toLowerCase().replace(/\.$/, '');
  return lower.startsWith('[') && lower.endsWith(']') ? lower.slice(1, -1) : lower;
}

/** An allow-list as callers hold it: ours, a list of hosts, or the raw comma-separated `URL_ALLOWLIST`. */
export type AllowlistInput = HostAllowlist | Iterable<string> | string;

/** A set of exempt hosts (`URL_ALLOWLIST`): names or IP literals that may be private, e.g. a LAN media server. */
export class HostAllowlist {
  private readonly hosts: Set<string>;

  /** A list of hosts, or the raw `URL_ALLOWLIST` text (comma-separated). */
  constructor(hosts: Iterable<string> | string = []) {
    const list = typeof hosts === 'string' ? hosts.split(',') : [...hosts];
    this.hosts = new Set(list.map(normaliseHost).filter(Boolean));
  }

  static from(list: AllowlistInput | undefined): HostAllowlist {
    return list instanceof HostAllowlist ? list : new HostAllowlist(list ?? []);
  }

  has(host: string): boolean {
    return this.hosts.has(normaliseHost(host));
  }
}
