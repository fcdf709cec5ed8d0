import { useEffect, useRef, useState } from 'react';
import { Alert, Box } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { attachHlsStream } from './attachHlsStream';
import type { AdminVideo } from './types';
import type { ColumnProps } from '../common/types';

/** The video as viewers get it (its HLS ladder), so a moderator can judge a report without leaving. */
export const VideoPreview = (_props: ColumnProps) => {
  const video = useRecordContext<AdminVideo>();
  const player = useRef<HTMLVideoElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const hlsUrl = video?.hlsUrl;

  useEffect(() => {
    if (!player.current || !hlsUrl) return;
    setFailure(null);
    return attachHlsStream(player.current, hlsUrl, setFailure);
  }, [hlsUrl]);

  if (!video) return null;
  if (!hlsUrl) {
    return (
      <Alert severity="info" sx={{ maxWidth: 640 }}>
        Nothing to play yet: the video is {video.status}.
      </Alert>
    );
  }
  return (
    <Box sx={{ maxWidth: 640 }}>
      <Box
        component="video"
        ref={player}
        controls
        playsInline
        preload="metadata"
        poster={video.thumbnailUrl ?? undefined}
        aria-label={`Preview of ${video.title}`}
        sx={{ width: '100%', aspectRatio: '16 / 9', bgcolor: 'black', borderRadius: 1 }}
      />
      {failure && <Alert severity="warning">{failure}</Alert>}
    </Box>
  );
};
