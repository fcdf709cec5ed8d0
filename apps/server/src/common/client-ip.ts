import type { IncomingMessage } from 'node:http';
import proxyAddr from '@fastify/proxy-addr';
import type { FastifyRequest } from 'fastify';

/** The caller's address as Fastify resolved it (honouring TRUST_PROXY). */
export function clientIp(request: Pick<FastifyRequest, 'ip'>): string {
  return withoutIpv4Prefix(request.ip);
}

/**
 * The address of a request that did not go through Fastify (a socket.io handshake), resolved as Fastify
 * resolves `request.ip` with the same TRUST_PROXY, so both count against the same per-address limits.
 */
export function handshakeIp(request: IncomingMessage, trustProxy: boolean): string {
  return withoutIpv4Prefix(proxyAddr(request, () => trustProxy));
}

function withoutIpv4Prefix(address: string): string {
  return address.replace(/^::ffff:/, '');
}
