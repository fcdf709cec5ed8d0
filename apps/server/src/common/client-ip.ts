import type { IncomingMessage } from 'node:http';
import proxyAddr from '@fastify/proxy-addr';
import type { FastifyRequest } from 'fastify';
import type { TrustedProxies } from '@clipstream/core';

/** Whether the hop at `address`, `hops` away from the server, is a proxy whose X-Forwarded-For counts. */
export type ProxyTrust = (address: string, hops: number) => boolean;

/**
 * TRUST_PROXY as one function, given to Fastify for `request.ip` and used for socket handshakes, so both
 * name a caller alike and count against the same per-address limits.
 */
export function proxyTrust(setting: TrustedProxies): ProxyTrust {
  if (setting === true) return () => true;
  if (setting === false) return () => false;
  if (typeof setting === 'number') return (_address, hops) => hops < setting;
  return proxyAddr.compile(setting);
}

/** The caller's address as Fastify resolved it (under TRUST_PROXY). */
export function clientIp(request: Pick<FastifyRequest, 'ip'>): string {
  return withoutIpv4Prefix(request.ip);
}

/** The address of a request that did not go through Fastify (a socket.io handshake). */
export function handshakeIp(request: IncomingMessage, trust: ProxyTrust): string {
  return withoutIpv4Prefix(proxyAddr(request, trust));
}

function withoutIpv4Prefix(address: string): string {
  return address.replace(/^::ffff:/, '');
}
