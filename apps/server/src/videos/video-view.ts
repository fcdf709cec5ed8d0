import { StorageKeys, Video, VideoRendition, VideoView } from '@clipstream/core';
import { mediaUrl } from '../common/media-url';
import type { MediaAccess } from '../media/media-access';
import { allThumbnailFiles, cardSize, CUSTOM_THUMBNAIL, ThumbnailFiles } from './thumbnail-files';

/** Height 0 is the audio rendition (its folder is `audio`, as libs/media names it). */
export function qualityName(height: number): string {
  return height === 0 ? 'audio' : `${height}p`;
}

export function renditionPlaylistKey(videoId: string, height: number): string {
  const dir =
    height === 0 ? `${StorageKeys.hlsDir(videoId)}/audio` : StorageKeys.hlsRenditionDir(videoId, height);
  return `${dir}/index.m3u8`;
}

/**
 * A video as the API returns it, for a viewer already allowed to see it. Media URLs of a private or
 * hidden video carry a signed token; only published renditions are listed.
 * Needs `owner`, `tags`, `category` and `renditions` populated.
 */
export function toVideoView(video: Video, media: MediaAccess): VideoView {
  const url = media.urlBuilder(video);
  const streamToken = media.streamToken(video);
  const ready = publishedRenditions(video);
  const thumbnails = allThumbnailFiles(video);
  // a custom picture keeps its file names: its version in the URL defeats year-long caches
  const version = `?v=${video.updatedAt.getTime().toString(36)}`;
  const picture = (key: string, index: number) => url(key) + (index === CUSTOM_THUMBNAIL ? version : '');
  const chosen = thumbnails.find((set) => set.index === video.thumbnailIndex) ?? thumbnails[0];

  return {
    id: video.id,
    title: video.title,
    description: video.description,
    status: video.status,
    progress: video.progress,
    stage: video.stage ?? null,
    visibility: video.visibility,
    duration: video.duration ?? null,
    width: video.width ?? null,
    height: video.height ?? null,
    owner: {
      id: video.owner.id,
      username: video.owner.username,
      displayName: video.owner.displayName,
      avatarUrl: video.owner.avatarKey ? mediaUrl(video.owner.avatarKey) : null,
    },
    source: video.source,
    sourceUrl: video.sourceUrl ?? null,
    sourceUploader: video.sourceUploader ?? null,
    clipOf: video.clipOf?.id ?? null,
    hlsUrl: ready.length ? url(StorageKeys.hlsMaster(video.id)) : null,
    thumbnailUrl: chosen ? picture(cardSize(chosen).jpeg, chosen.index) : null,
    thumbnails: thumbnails.map((set: ThumbnailFiles) => ({
      index: set.index,
      sizes: set.sizes.map((size) => ({
        width: size.width,
        webp: picture(size.webp, set.index),
        jpeg: picture(size.jpeg, set.index),
      })),
    })),
    storyboardUrl: video.hasStoryboard ? url(StorageKeys.storyboardVtt(video.id)) : null,
    renditions: ready.map((rendition) => ({
      height: rendition.height,
      width: rendition.width,
      bandwidth: rendition.bandwidth,
      playlistUrl: url(renditionPlaylistKey(video.id, rendition.height)),
      mp4Url: rendition.hasMp4
        ? `/api/videos/${video.id}/stream/${qualityName(rendition.height)}${streamToken ? `?token=${streamToken}` : ''}`
        : null,
    })),
    tags: video.tags
      .getItems()
      .map((tag) => tag.name)
      .sort(),
    category: video.category?.slug ?? null,
    views: video.views,
    likes: video.likes,
    dislikes: video.dislikes,
    commentCount: video.commentCount,
    createdAt: video.createdAt.toISOString(),
    publishedAt: video.publishedAt?.toISOString() ?? null,
    error: video.error ?? null,
    hidden: video.hidden,
  };
}

/** The ready renditions, lowest first; the audio rendition only when there is no picture. */
function publishedRenditions(video: Video): VideoRendition[] {
  const ready = video.renditions
    .getItems()
    .filter((rendition) => rendition.ready)
    .sort((a, b) => a.height - b.height);
  const pictures = ready.filter((rendition) => rendition.height > 0);
  return pictures.length ? pictures : ready;
}
