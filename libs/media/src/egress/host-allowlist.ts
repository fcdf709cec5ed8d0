/** Host names compare lower-case and without IPv6 brackets, the way WHATWG URL hostnames come out. */
export function normaliseHost(host: string): string {
  const lower = host.trim().toLowerCase().replace(/\.$/, '');
  return lower.startsWith('[') && lower.endsWith(']') ? lower.slice(1, -1) : lower;
}

/** A set of exempt hosts (`URL_ALLOWLIST`): names or IP literals that may be private, e.g. a LAN media server. */
export class HostAllowlist {
  private readonly hosts: Set<string>;

  constructor(hosts: Iterable<string> = []) {
    this.hosts = new Set([...hosts].map(normaliseHost).filter(Boolean));
  }

  static from(list: HostAllowlist | Iterable<string> | undefined): HostAllowlist {
    return list instanceof HostAllowlist ? list : new HostAllowlist(list ?? []);
  }

  has(host: string): boolean {
    return this.hosts.has(normaliseHost(host));
  }
}
