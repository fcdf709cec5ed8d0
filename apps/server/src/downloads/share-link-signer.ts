import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig, InjectConfig, resolveJwtSecret } from '@clipstream/core';

const ID_BYTES = 16;
const EXPIRY_BYTES = 4;
const MAC_BYTES = 32;

export type ShareLinkCheck =
  { valid: true; downloadId: string; expiresAt: Date } | { valid: false; reason: 'invalid' | 'expired' };

/**
 * Tokens of share links: base64url(download id ‖ expiry ‖ HMAC-SHA256). The link carries everything it
 * needs, so nothing is stored; the key is derived from the JWT secret under its own label, so a share
 * token can never pass for a media token or a session.
 */
@Injectable()
export class ShareLinkSigner {
  private readonly key: Buffer;

  constructor(@InjectConfig() config: AppConfig) {
    this.key = createHmac('sha256', resolveJwtSecret(config))
      .update('clipstream download share links')
      .digest();
  }

  sign(downloadId: string, expiresAt: Date): string {
    const id = Buffer.from(downloadId.replace(/-/g, ''), 'hex');
    const expiry = Buffer.alloc(EXPIRY_BYTES);
    expiry.writeUInt32BE(Math.floor(expiresAt.getTime() / 1000));
    return Buffer.concat([id, expiry, this.mac(id, expiry)]).toString('base64url');
  }

  verify(token: string, now = Date.now()): ShareLinkCheck {
    const bytes = Buffer.from(token, 'base64url');
    if (bytes.length !== ID_BYTES + EXPIRY_BYTES + MAC_BYTES) return { valid: false, reason: 'invalid' };
    const id = bytes.subarray(0, ID_BYTES);
    const expiry = bytes.subarray(ID_BYTES, ID_BYTES + EXPIRY_BYTES);
    if (!timingSafeEqual(bytes.subarray(ID_BYTES + EXPIRY_BYTES), this.mac(id, expiry))) {
      return { valid: false, reason: 'invalid' };
    }
    const expiresAt = new Date(expiry.readUInt32BE(0) * 1000);
    if (expiresAt.getTime() <= now) return { valid: false, reason: 'expired' };
    return { valid: true, downloadId: toUuid(id.toString('hex')), expiresAt };
  }

  private mac(id: Buffer, expiry: Buffer): Buffer {
    return createHmac('sha256', this.key)
      .update(Buffer.concat([id, expiry]))
      .digest();
  }
}

function toUuid(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
