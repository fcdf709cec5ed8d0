import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig, InjectConfig, resolveJwtSecret } from '@clipstream/core';

const EXPIRY_BYTES = 4;
const MAC_BYTES = 32;
/** Expiries are rounded up to this step so that a page reload gets the same URLs (and the browser's cache). */
const EXPIRY_STEP_SECONDS = 600;

/**
 * Signed path tokens for the media of private and hidden videos: base64url(expiry ‖ HMAC-SHA256(key,
 * videoId:expiry)), expiry in Unix seconds. One token opens every file of one video until it expires,
 * so the relative URLs inside HLS playlists carry it without rewriting them.
 */
@Injectable()
export class MediaSigner {
  private readonly key: Buffer;
  private readonly ttlSeconds: number;

  constructor(@InjectConfig() config: AppConfig) {
    // derived from the JWT secret, so every server node agrees without one more secret to configure
    this.key = createHmac('sha256', resolveJwtSecret(config)).update('clipstream media url signing').digest();
    this.ttlSeconds = config.MEDIA_URL_TTL_SECONDS;
  }

  sign(videoId: string, expiresAt = this.nextExpiry()): string {
    const expiry = Buffer.alloc(EXPIRY_BYTES);
    expiry.writeUInt32BE(expiresAt);
    return Buffer.concat([expiry, this.mac(videoId.toLowerCase(), expiresAt)]).toString('base64url');
  }

  /** Whether the token was made by us for this video and has not expired. */
  verify(token: string, videoId: string, now = Date.now()): boolean {
    const bytes = Buffer.from(token, 'base64url');
    if (bytes.length !== EXPIRY_BYTES + MAC_BYTES) return false;
    const expiresAt = bytes.readUInt32BE(0);
    if (expiresAt * 1000 <= now) return false;
    return timingSafeEqual(bytes.subarray(EXPIRY_BYTES), this.mac(videoId.toLowerCase(), expiresAt));
  }

  private nextExpiry(): number {
    const step = Math.min(EXPIRY_STEP_SECONDS, this.ttlSeconds);
    return Math.ceil((Date.now() / 1000 + this.ttlSeconds) / step) * step;
  }

  private mac(videoId: string, expiresAt: number): Buffer {
    return createHmac('sha256', this.key).update(`${videoId}:${expiresAt}`).digest();
  }
}
