import Hls, { ErrorDetails, ErrorTypes, Events, type Level } from 'hls.js';

/** One rendition of the stream, as the quality menu offers it. */
export interface QualityLevel {
  /** The index hls.js knows it by. */
  index: number;
  height: number;
  bitrate: number;
}

/** -1: hls.js picks the rendition from the measured bandwidth. */
export const AUTO_LEVEL = -1;

export interface PlaybackCallbacks {
  /** The renditions of the master playlist; none when the browser plays HLS itself. */
  levels(levels: QualityLevel[]): void;
  /** The rendition now playing (in auto mode too). */
  levelSwitched(index: number): void;
  /** A failure playback could not recover from, in words. */
  failed(message: string): void;
  /** The token to send with our own media requests (a private video's playlists and segments). */
  token(): string | null;
}

/** A stream attached to a <video>: hls.js where Media Source Extensions exist, else the browser's HLS. */
export interface Playback {
  setLevel(index: number): void;
  destroy(): void;
}

/** hls.js already retries each request; these are restarts after it gave up. */
const MAX_NETWORK_RETRIES = 3;

function sameOrigin(url: string): boolean {
  return new URL(url, location.href).origin === location.origin;
}

function toQualityLevels(levels: Level[]): QualityLevel[] {
  return levels.map((level, index) => ({ index, height: level.height, bitrate: level.bitrate }));
}

function playWithHls(video: HTMLVideoElement, url: string, callbacks: PlaybackCallbacks): Playback {
  const hls = new Hls({
    // The token goes only to this site, never to another origin a playlist might point at.
    xhrSetup: (xhr, requestUrl) => {
      const token = callbacks.token();
      if (!token || !sameOrigin(requestUrl)) return;
      xhr.open('GET', requestUrl, true);
      xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    },
  });
  let networkRetries = 0;
  let recoveredMedia = false;
  hls.on(Events.MANIFEST_PARSED, (_event, data) => callbacks.levels(toQualityLevels(data.levels)));
  hls.on(Events.LEVEL_SWITCHED, (_event, data) => callbacks.levelSwitched(data.level));
  hls.on(Events.ERROR, (_event, data) => {
    if (!data.fatal) return;
    if (
      data.type === ErrorTypes.NETWORK_ERROR &&
      data.details !== ErrorDetails.MANIFEST_LOAD_ERROR &&
      networkRetries < MAX_NETWORK_RETRIES
    ) {
      networkRetries++;
      hls.startLoad();
    } else if (data.type === ErrorTypes.MEDIA_ERROR && !recoveredMedia) {
      // One recovery attempt; a second media error in a row means the stream itself is broken.
      recoveredMedia = true;
      hls.recoverMediaError();
    } else {
      callbacks.failed(
        data.type === ErrorTypes.NETWORK_ERROR
          ? 'The video could not be loaded. Check your connection and reload the page.'
          : 'This video cannot be played in this browser.',
      );
      hls.destroy();
    }
  });
  hls.loadSource(url);
  hls.attachMedia(video);
  return {
    setLevel: (index) => (hls.currentLevel = index),
    destroy: () => hls.destroy(),
  };
}

export function startPlayback(video: HTMLVideoElement, url: string, callbacks: PlaybackCallbacks): Playback {
  if (Hls.isSupported()) return playWithHls(video, url, callbacks);
  if (video.canPlayType('application/vnd.apple.mpegurl')) {
    // Safari on iOS has no MSE: it plays HLS natively and picks the rendition itself.
    video.src = url;
    callbacks.levels([]);
    return {
      setLevel: () => undefined,
      destroy: () => {
        video.removeAttribute('src');
        video.load();
      },
    };
  }
  callbacks.failed(
    'This browser cannot play streaming video. Try a current version of Chrome, Firefox or Safari.',
  );
  return { setLevel: () => undefined, destroy: () => undefined };
}
