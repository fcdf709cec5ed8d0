import { decideEgress } from './egress-decision';
import { forbiddenAddressReason, isForbiddenAddress } from './forbidden-address';
import { HostAllowlist } from './host-allowlist';

describe('isForbiddenAddress (pure)', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.0.0.2', 'loopback'],
    ['0177.0.0.1', 'loopback'],
    ['2130706433', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'metadata'],
    ['169.254.1.1', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['100.100.100.200', 'metadata'],
    ['224.0.0.1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fc00::1', 'uniqueLocal'],
    ['fd00:ec2::254', 'metadata'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:2', 'loopback'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['64:ff9b::a00:1', 'private'],
    ['2002:c0a8:101::', 'private'],
    ['not-an-ip', 'not an IP'],
  ])('refuses %s (%s)', (ip, why) => {
    expect(isForbiddenAddress(ip)).toBe(true);
    expect(forbiddenAddressReason(ip)).toContain(why);
  });

  it.each(['93.184.216.34', '8.8.8.8', '2001:4860:4860::8888', '::ffff:8.8.8.8', '2606:4700::1111'])(
    'lets the public address %s through',
    (ip) => {
      expect(isForbiddenAddress(ip)).toBe(false);
    },
  );
});

describe('decideEgress (pure)', () => {
  const none = new HostAllowlist();

  it('allows a name whose every address is public', () => {
    expect(decideEgress('media.example', ['93.184.216.34', '2606:2800:220:1::1'], none)).toEqual({
      allowed: true,
    });
  });

  it('refuses a name with one private address among public ones (split-horizon / rebinding answers)', () => {
    const decision = decideEgress('media.example', ['93.184.216.34', '10.0.0.5'], none);
    expect(decision).toEqual({
      allowed: false,
      reason: 'media.example resolves to 10.0.0.5 is a private address',
    });
  });

  it('refuses a name that resolved to nothing', () => {
    expect(decideEgress('media.example', [], none).allowed).toBe(false);
  });

  it('lets an allow-listed host reach a private address, and only that host', () => {
    const allowlist = new HostAllowlist(['127.0.0.1', 'LocalHost', 'nas.lan.']);
    expect(decideEgress('localhost', ['127.0.0.1', '::1'], allowlist).allowed).toBe(true);
    expect(decideEgress('127.0.0.1', ['127.0.0.1'], allowlist).allowed).toBe(true);
    expect(decideEgress('nas.lan', ['192.168.1.10'], allowlist).allowed).toBe(true);
    expect(decideEgress('127.0.0.2', ['127.0.0.2'], allowlist).allowed).toBe(false);
    expect(decideEgress('evil.example', ['127.0.0.1'], allowlist).allowed).toBe(false);
  });

  it('reads the raw URL_ALLOWLIST text', () => {
    const allowlist = HostAllowlist.from(' 127.0.0.1, localhost ,');
    expect(allowlist.has('localhost')).toBe(true);
    expect(allowlist.has('127.0.0.1')).toBe(true);
    expect(allowlist.has('1')).toBe(false);
  });
});
