export * from './segment-file-name';
export * from './plan-segment';
export * from './segment-progress';
export * from './classify-ffmpeg-error';
export * from './download-segment';
