import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Security headers on every response, with a Content Security Policy that lets the web app, the admin
 * panel and the player run and nothing else: scripts only from this origin (no inline code: the web
 * build inlines no critical CSS because its loader is an inline `onload`), inline styles for Angular's
 * and MUI's component styles, blob: for hls.js (MediaSource and its worker), and images from https:
 * because a source's thumbnail in the downloader comes from the site the video is on.
 */
export async function registerSecurityHeaders(fastify: FastifyInstance): Promise<void> {
  await fastify.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
        mediaSrc: ["'self'", 'blob:'],
        workerSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'self'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    // media and thumbnails of public videos may be embedded by other sites
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    crossOriginEmbedderPolicy: false,
    // TLS is the reverse proxy's business (docker/nginx.conf); HSTS belongs there
    strictTransportSecurity: false,
  });
}
