import ipaddr from 'ipaddr.js';

/** Cloud metadata endpoints; most already fall in a refused range, listed so the intent survives range changes. */
const METADATA_ADDRESSES = new Set(['169.254.169.254', 'fd00:ec2::254', '100.100.100.200']);

/** IPv6 ranges that carry an IPv4 address inside: the IPv4 address decides. */
const EMBEDS_IPV4 = new Set(['ipv4Mapped', 'rfc6145', 'rfc6052', '6to4']);

/**
 * Why an IP address must not be reached from the server, or null when it is an ordinary public unicast
 * address. Anything ipaddr.js does not classify as `unicast` (loopback, private, linkLocal, uniqueLocal,
 * multicast, unspecified, broadcast, carrierGradeNat, reserved, …) is refused, and so is an unparsable one.
 */
export function forbiddenAddressReason(ip: string): string | null {
  const literal = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  if (!ipaddr.isValid(literal)) return `"${ip}" is not an IP address`;
  const address = ipaddr.parse(literal);
  if (METADATA_ADDRESSES.has(address.toNormalizedString()) || METADATA_ADDRESSES.has(address.toString())) {
    return `${ip} is a cloud metadata address`;
  }
  const range = address.range();
  if (address.kind() === 'ipv6' && EMBEDS_IPV4.has(range)) {
    const inner = embeddedIpv4(address as ipaddr.IPv6);
    const reason = forbiddenAddressReason(inner);
    return reason && `${ip} wraps ${inner}: ${reason}`;
  }
  return range === 'unicast' ? null : `${ip} is a ${range} address`;
}

export function isForbiddenAddress(ip: string): boolean {
  return forbiddenAddressReason(ip) !== null;
}

function embeddedIpv4(address: ipaddr.IPv6): string {
  const bytes = address.toByteArray();
  // 6to4 (2002:AABB:CCDD::/16) keeps it in bytes 2-5; the mapped/translated forms in the last four.
  const start = address.range() === '6to4' ? 2 : 12;
  return bytes.slice(start, start + 4).join('.');
}
