// Debian's nginx as a bench baseline: one process (no master, no daemon) on a free loopback port, with a
// generated configuration and every path it writes in a temporary folder of its own.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { hasExited, onShutdown, spawnPrefixed, stopProcess } from '../../scripts/lib/process.mjs';
import { fail } from '../../scripts/lib/log.mjs';
import { freePort } from './ports.mjs';

/**
 * Serves `folders` (URL prefix → folder, both ending in `/`) the way docker/'s nginx serves DATA_DIR:
 * sendfile, long-lived cache headers, no access log. Returns the base URL; stopped at shutdown.
 */
export async function startNginx(nginx, folders) {
  const prefix = mkdtempSync(join(tmpdir(), 'clipstream-bench-nginx-'));
  onShutdown(async () => rmSync(prefix, { recursive: true, force: true }));
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, dir));
  const port = await freePort();
  const locations = Object.entries(folders)
    .map(
      ([url, dir]) =>
        `    location ${url} {\n      alias ${dir};\n      add_header Cache-Control "public, max-age=31536000, immutable";\n    }`,
    )
    .join('\n');
  const config = `daemon off;
master_process off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  types { video/mp2t ts; application/vnd.apple.mpegurl m3u8; }
  default_type application/octet-stream;
  server {
    listen 127.0.0.1:${port};
${locations}
  }
}
`;
  writeFileSync(join(prefix, 'nginx.conf'), config);
  // -e: the error log of start-up too, before the configuration is read (else /var/log/nginx/)
  const child = spawnPrefixed('nginx', nginx, [
    '-e',
    join(prefix, 'error.log'),
    '-p',
    prefix,
    '-c',
    join(prefix, 'nginx.conf'),
  ]);
  onShutdown(() => stopProcess(child));
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    if (hasExited(child)) fail(`nginx exited while starting; see ${join(prefix, 'error.log')}`);
    if (
      await fetch(baseUrl).then(
        () => true,
        () => false,
      )
    )
      return baseUrl;
    await sleep(100);
  }
  fail('nginx did not answer within 10 s');
}
