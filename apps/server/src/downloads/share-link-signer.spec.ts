import type { AppConfig } from '@clipstream/core';
import { ShareLinkSigner } from './share-link-signer';

const config = { JWT_SECRET: 'a-test-secret-of-enough-length' } as AppConfig;
const id = '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b';

describe('ShareLinkSigner', () => {
  const signer = new ShareLinkSigner(config);
  const later = new Date(Date.now() + 60_000);

  it('round-trips the download id until the link expires', () => {
    const token = signer.sign(id, later);
    expect(signer.verify(token)).toEqual({
      valid: true,
      downloadId: id,
      expiresAt: new Date(Math.floor(later.getTime() / 1000) * 1000),
    });
    expect(signer.verify(token, later.getTime() + 1000)).toEqual({ valid: false, reason: 'expired' });
  });

  it('refuses a token changed anywhere, or made with another secret', () => {
    const token = signer.sign(id, later);
    const bytes = Buffer.from(token, 'base64url');
    for (const index of [0, 17, bytes.length - 1]) {
      const changed = Buffer.from(bytes);
      changed[index] ^= 1;
      expect(signer.verify(changed.toString('base64url'))).toEqual({ valid: false, reason: 'invalid' });
    }
    const other = new ShareLinkSigner({ JWT_SECRET: 'another-secret-of-enough-length' } as AppConfig);
    expect(other.verify(token)).toEqual({ valid: false, reason: 'invalid' });
    expect(signer.verify('short')).toEqual({ valid: false, reason: 'invalid' });
  });
});
