import { validateSourceUrl } from './source-url';
import { UnsafeUrlError } from './unsafe-url-error';

describe('validateSourceUrl (pure, no DNS)', () => {
  it.each([
    ['file:///etc/passwd', /scheme "file" is not allowed/],
    ['ftp://example.com/video.mp4', /scheme "ftp" is not allowed/],
    ['javascript:alert(1)', /scheme "javascript" is not allowed/],
    ['--exec=touch /tmp/x', /not an option/],
    ['-o /tmp/x', /not an option/],
    ['--batch-file=/etc/passwd', /not an option/],
    ['example.com/video', /not a valid absolute URL/],
    ['', /non-empty/],
    ['http://user:pass@example.com/v', /user name or password/],
    ['http://127.0.0.1@example.com/v', /user name or password/],
    ['http://example.com\\@127.0.0.1/v', /backslashes/],
    ['http://example.com/a b', /spaces/],
    ['http://127.0.0.2/v.mp4', /127\.0\.0\.2 is a loopback address/],
    ['http://2130706433/', /127\.0\.0\.1 is a loopback/],
    ['http://0177.0.0.1/', /127\.0\.0\.1 is a loopback/],
    ['http://0x7f.0.0.1/', /127\.0\.0\.1 is a loopback/],
    ['http://127.1/', /loopback/],
    ['http://0/', /unspecified/],
    ['http://[::1]:8080/', /loopback/],
    ['http://[::ffff:127.0.0.1]/', /loopback/],
    ['http://[0:0:0:0:0:ffff:a9fe:a9fe]/', /metadata/],
    ['http://169.254.169.254/latest/meta-data/', /metadata/],
    ['http://192.168.0.1/', /private/],
    ['http://localhost:3000/', /names this machine/],
    ['http://media.localhost/', /names this machine/],
  ])('refuses %p', (url, message) => {
    expect(() => validateSourceUrl(url, [])).toThrow(UnsafeUrlError);
    expect(() => validateSourceUrl(url, [])).toThrow(message);
  });

  it('refuses what is not a string', () => {
    expect(() => validateSourceUrl({ href: 'http://example.com' }, [])).toThrow(UnsafeUrlError);
  });

  it('returns the normalised URL that every later parser must see', () => {
    expect(validateSourceUrl('HTTPS://Example.COM:443/watch?v=1#t', [])).toBe(
      'https://example.com/watch?v=1#t',
    );
    expect(validateSourceUrl('  http://93.184.216.34/v.mp4 ', [])).toBe('http://93.184.216.34/v.mp4');
  });

  it('lets allow-listed hosts through, in their normalised spelling', () => {
    const allowlist = ['127.0.0.1', 'localhost'];
    expect(validateSourceUrl('http://localhost:8080/a.mp4', allowlist)).toBe('http://localhost:8080/a.mp4');
    expect(validateSourceUrl('http://127.0.0.1:8080/a.mp4', allowlist)).toBe('http://127.0.0.1:8080/a.mp4');
    expect(validateSourceUrl('http://2130706433:8080/a.mp4', allowlist)).toBe('http://127.0.0.1:8080/a.mp4');
    expect(() => validateSourceUrl('http://127.0.0.2:8080/a.mp4', allowlist)).toThrow(/loopback/);
    expect(() => validateSourceUrl('http://[::1]:8080/a.mp4', allowlist)).toThrow(/loopback/);
  });
});
