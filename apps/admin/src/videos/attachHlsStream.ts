/**
 * Plays an HLS master playlist in a <video>: hls.js where Media Source Extensions exist (Chromium,
 * Firefox), the browser itself otherwise (Safari). Returns the teardown. The admin API hands out the
 * playlist URL already signed for a hidden or private video, so no credentials go with the requests.
 * hls.js is loaded on first use: most of the panel never plays a video.
 */
export function attachHlsStream(video: HTMLVideoElement, url: string, onFatal: (message: string) => void) {
  let detach = () => {};
  let detached = false;
  void import('hls.js').then(({ default: Hls, Events }) => {
    if (detached) return;
    if (!Hls.isSupported()) {
      video.src = url;
      detach = () => {
        video.removeAttribute('src');
        video.load();
      };
      return;
    }
    const hls = new Hls();
    hls.on(Events.ERROR, (_event, data) => {
      if (!data.fatal) return;
      onFatal(`The stream could not be played (${data.details}).`);
      hls.destroy();
    });
    hls.loadSource(url);
    hls.attachMedia(video);
    detach = () => hls.destroy();
  });
  return () => {
    detached = true;
    detach();
  };
}
