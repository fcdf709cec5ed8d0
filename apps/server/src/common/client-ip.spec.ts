import type { IncomingMessage } from 'node:http';
import { loadConfig } from '@clipstream/core';
import { handshakeIp, proxyTrust } from './client-ip';

/** A request that came from `peer` (the last hop) with `forwardedFor` as it arrived. */
function request(peer: string, forwardedFor?: string): IncomingMessage {
  return {
    socket: { remoteAddress: peer },
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  } as unknown as IncomingMessage;
}

const ipUnder = (setting: string, peer: string, forwardedFor?: string) =>
  handshakeIp(request(peer, forwardedFor), proxyTrust(loadConfig({ TRUST_PROXY: setting }).TRUST_PROXY));

describe('handshakeIp under TRUST_PROXY', () => {
  // what a client sent, then what the proxy appended: the address the client connected from
  const spoofed = '6.6.6.6, 203.0.113.7';

  it('believes no header by default', () => {
    expect(ipUnder('false', '127.0.0.1', spoofed)).toBe('127.0.0.1');
    expect(ipUnder('0', '::ffff:127.0.0.1', spoofed)).toBe('127.0.0.1');
  });

  it('takes the address the trusted proxies added, not what the client wrote before them', () => {
    expect(ipUnder('1', '172.18.0.5', spoofed)).toBe('203.0.113.7');
    expect(ipUnder('172.16.0.0/12', '172.18.0.5', spoofed)).toBe('203.0.113.7');
    expect(ipUnder('10.0.0.2, loopback', '127.0.0.1', spoofed)).toBe('203.0.113.7');
    // a request that did not come through a trusted proxy names nobody else
    expect(ipUnder('172.16.0.0/12', '198.51.100.4', spoofed)).toBe('198.51.100.4');
  });

  it('believes every hop under `true`, as its description warns', () => {
    expect(ipUnder('true', '172.18.0.5', spoofed)).toBe('6.6.6.6');
  });
});
