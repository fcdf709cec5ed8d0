import { resolve } from 'node:path';
import { z } from 'zod';

/** "N/SECONDS", e.g. "10/60": at most N requests per SECONDS-long window. */
const rateLimit = (fallback: string) =>
  z
    .string()
    .regex(/^\d+\/\d+$/, 'must look like N/SECONDS, e.g. 10/60')
    .default(fallback)
    .transform((value) => {
      const [limit, windowSeconds] = value.split('/').map(Number);
      return { limit, windowSeconds };
    });

const positiveInt = z.coerce.number().int().positive();

/** TRUST_PROXY, read: none, every hop, how many hops, or the proxies' addresses. */
export type TrustedProxies = boolean | number | string[];
const csv = z
  .string()
  .default('')
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim().toLowerCase())
      .filter(Boolean),
  );

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.string().url().optional(),
  /**
   * Whose X-Forwarded-For to believe, so rate limits see the client behind a reverse proxy: `false`
   * (nobody), how many proxies stand in front (`1` for docker/'s nginx: the address it adds is the
   * client), or the proxies' addresses and ranges (`10.0.0.2,172.16.0.0/12`). `true` believes every hop,
   * so a client may name itself: only behind a proxy that replaces the header rather than appending to it.
   */
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((value): TrustedProxies => {
      const setting = value.trim();
      if (setting === '' || setting === 'false' || setting === '0') return false;
      if (setting === 'true') return true;
      if (/^\d+$/.test(setting)) return Number(setting);
      return setting
        .split(',')
        .map((address) => address.trim())
        .filter(Boolean);
    }),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .default('postgres://postgres@127.0.0.1:5432/clipstream'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URL')
    .default('redis://127.0.0.1:6379'),
  /** Prefix of every Redis key (queues, cache, rate limits), so several installations can share one Redis. */
  REDIS_PREFIX: z.string().min(1).default('clipstream'),
  DATA_DIR: z
    .string()
    .default('./data')
    .transform((dir) => resolve(dir)),
  JWT_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  JWT_TTL_SECONDS: positiveInt.default(7 * 24 * 3600),
  /** bcrypt cost factor; each step doubles the time a hash takes. */
  PASSWORD_HASH_ROUNDS: z.coerce.number().int().min(4).max(15).default(11),
  ADMIN_EMAIL: z.string().email().optional(),
  ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
  ADMIN_USERNAME: z
    .string()
    .regex(/^[a-zA-Z0-9_]{3,30}$/)
    .default('admin'),
  FFMPEG_PATH: z.string().default('ffmpeg'),
  FFPROBE_PATH: z.string().default('ffprobe'),
  YTDLP_PATH: z.string().default('yt-dlp'),
  URL_ALLOWLIST: csv,
  RATE_LIMIT_AUTH: rateLimit('10/60'),
  RATE_LIMIT_API: rateLimit('300/60'),
  RATE_LIMIT_DOWNLOADS: rateLimit('20/3600'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Where the built web and admin apps are; the server serves them when present. */
  WEB_DIST: z.string().default(resolve(__dirname, '../../../../apps/web/dist/browser')),
  ADMIN_DIST: z.string().default(resolve(__dirname, '../../../../apps/admin/dist')),
  CONCURRENCY_TRANSCODE: positiveInt.default(1),
  CONCURRENCY_DOWNLOAD: positiveInt.default(5),
  CONCURRENCY_IMPORT: positiveInt.default(2),
  CONCURRENCY_NOTIFY: positiveInt.default(4),
  CONCURRENCY_CLEANUP: positiveInt.default(1),
  /** How long a stopping worker lets its active jobs finish before handing them back to the queue. */
  SHUTDOWN_GRACE_SECONDS: positiveInt.default(30),
  /** How often the cleanup job runs. */
  CLEANUP_EVERY_SECONDS: positiveInt.default(3600),
  /** Memory for the media files the server serves most often (HLS segments, pictures); 0 turns it off. */
  MEDIA_CACHE_MB: z.coerce.number().int().min(0).default(64),
  /** tmp/ files and unfinished uploads older than this are removed by cleanup. */
  TMP_MAX_AGE_HOURS: positiveInt.default(24),
  DOWNLOAD_TTL_HOURS: positiveInt.default(7 * 24),
  /** Notifications older than this are removed by cleanup, read or not; 0 keeps them all. */
  NOTIFICATION_RETENTION_DAYS: z.coerce.number().int().min(0).default(180),
  /** Overrides of the transcoding profile (ladder rungs, bitrates, preset, segment length) as JSON. */
  TRANSCODE_PROFILE: z
    .string()
    .optional()
    .transform((value, context): Record<string, unknown> | undefined => {
      if (!value) return undefined;
      try {
        return JSON.parse(value) as Record<string, unknown>;
      } catch {
        context.addIssue({
          code: 'custom',
          message: 'must be JSON, e.g. {"preset":"fast","segmentSeconds":6}',
        });
        return z.NEVER;
      }
    }),
  /** Largest file one upload (multipart or tus) may carry; 10 GiB by default. */
  UPLOAD_MAX_BYTES: positiveInt.default(10 * 1024 ** 3),
  /** Bytes of originals one user may keep; 0 means no quota. */
  USER_QUOTA_BYTES: z.coerce.number().int().min(0).default(0),
  /** How long a signed media URL of a private or hidden video stays valid. */
  MEDIA_URL_TTL_SECONDS: positiveInt.default(6 * 3600),
  /** Longest segment one download may ask for; 4 hours by default. */
  DOWNLOAD_MAX_SEGMENT_SECONDS: positiveInt.default(4 * 3600),
  /** Largest expected output of one download (estimated from the chosen format's bitrate); 4 GiB. */
  DOWNLOAD_MAX_BYTES: positiveInt.default(4 * 1024 ** 3),
  /** One download job is stopped (and failed) after this long. */
  DOWNLOAD_JOB_TIMEOUT_SECONDS: positiveInt.default(2 * 3600),
  /** How long `yt-dlp -J` (plus the ffprobe that completes it) may take for one URL. */
  INSPECT_TIMEOUT_SECONDS: positiveInt.default(60),
  /** How long a download's share link works (never beyond the file's own expiry). */
  SHARE_LINK_TTL_SECONDS: positiveInt.default(24 * 3600),
});

export type AppConfig = z.infer<typeof configSchema>;
export type RateLimitRule = AppConfig['RATE_LIMIT_AUTH'];
