export * from './timecode';
export * from './timecode-error';
export * from './segment-bounds';
