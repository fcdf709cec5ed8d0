import type { ThumbnailView } from '@clipstream/contract';

import { currentThumbnail, pictureSources, sizedPictureSources, thumbnailAtLeast } from './thumbnail-sources';

function frame(index: number): ThumbnailView {
  return {
    index,
    sizes: [640, 320].map((width) => ({
      width,
      webp: `/media/v/thumbs/${index}-${width}.webp`,
      jpeg: `/media/v/thumbs/${index}-${width}.jpg`,
    })),
  };
}

const thumbnails = [frame(0), frame(1), frame(2)];

describe('thumbnail sources', () => {
  it('offers every size of the chosen frame as WebP and JPEG', () => {
    const sources = pictureSources({ thumbnailUrl: '/media/v/thumbs/2-640.jpg', thumbnails });
    expect(sources).toEqual({
      src: '/media/v/thumbs/2-640.jpg',
      webpSrcset: '/media/v/thumbs/2-320.webp 320w, /media/v/thumbs/2-640.webp 640w',
      jpegSrcset: '/media/v/thumbs/2-320.jpg 320w, /media/v/thumbs/2-640.jpg 640w',
    });
  });

  it('shows a custom picture as it is', () => {
    expect(pictureSources({ thumbnailUrl: '/media/v/custom.jpg', thumbnails })).toEqual({
      src: '/media/v/custom.jpg',
      webpSrcset: null,
      jpegSrcset: null,
    });
    expect(currentThumbnail({ thumbnailUrl: '/media/v/custom.jpg', thumbnails })).toBeNull();
  });

  it('has nothing to show for a video without pictures', () => {
    expect(pictureSources({ thumbnailUrl: null, thumbnails: [] })).toBeNull();
  });

  it('picks the smallest size that is wide enough', () => {
    expect(thumbnailAtLeast(frame(1), 300)).toBe('/media/v/thumbs/1-320.jpg');
    expect(thumbnailAtLeast(frame(1), 1000)).toBe('/media/v/thumbs/1-640.jpg');
  });

  it('offers every size of an avatar, the largest JPEG when no plain source is given', () => {
    const sizes = [256, 64].map((width) => ({ width, webp: `/a-${width}.webp`, jpeg: `/a-${width}.jpg` }));
    expect(sizedPictureSources(sizes)).toEqual({
      src: '/a-256.jpg',
      webpSrcset: '/a-64.webp 64w, /a-256.webp 256w',
      jpegSrcset: '/a-64.jpg 64w, /a-256.jpg 256w',
    });
    expect(sizedPictureSources([], '/old.jpg')?.src).toBe('/old.jpg');
    expect(sizedPictureSources([])).toBeNull();
  });
});
