import type { FastifyRequest } from 'fastify';

/** The caller's address as Fastify resolved it (honouring TRUST_PROXY). */
export function clientIp(request: Pick<FastifyRequest, 'ip'>): string {
  return request.ip.replace(/^::ffff:/, '');
}
