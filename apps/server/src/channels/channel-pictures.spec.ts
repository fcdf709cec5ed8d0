import { pictureSizes } from './channel-pictures';

describe('pictureSizes', () => {
  const base = '/media/images/avatars/u1/0abc/avatar';

  it('lists every configured width up to the largest one stored', () => {
    expect(pictureSizes('avatar', `${base}-256.jpg`)).toEqual([
      { width: 64, webp: `${base}-64.webp`, jpeg: `${base}-64.jpg` },
      { width: 128, webp: `${base}-128.webp`, jpeg: `${base}-128.jpg` },
      { width: 256, webp: `${base}-256.webp`, jpeg: `${base}-256.jpg` },
    ]);
  });

  it('ends with the picture’s own width when it was smaller than the largest size', () => {
    expect(pictureSizes('avatar', `${base}-100.jpg`).map((size) => size.width)).toEqual([64, 100]);
    expect(
      pictureSizes('banner', '/media/images/banners/u1/0abc/banner-1500.jpg').map((s) => s.width),
    ).toEqual([1024, 1500]);
  });

  it('has no sizes without a picture', () => {
    expect(pictureSizes('avatar', null)).toEqual([]);
  });
});
