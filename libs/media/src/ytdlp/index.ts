export * from './source-error';
export * from './source-inspection';
export * from './ytdlp-info';
export * from './classify-ytdlp-error';
export * from './map-ytdlp-info';
export * from './remote-media-probe';
export * from './download-args';
export * from './ytdlp';
