import { attachmentHeader } from './download-file-response';

describe('attachmentHeader', () => {
  it('gives an ASCII name and the exact UTF-8 one', () => {
    expect(attachmentHeader('Vortrag über Bäume.mp4')).toBe(
      `attachment; filename="Vortrag _ber B_ume.mp4"; filename*=UTF-8''Vortrag%20%C3%BCber%20B%C3%A4ume.mp4`,
    );
  });

  it('cannot be broken out of with quotes', () => {
    expect(attachmentHeader('a"b\\c.mp3')).toBe(
      `attachment; filename="abc.mp3"; filename*=UTF-8''a%22b%5Cc.mp3`,
    );
  });
});
