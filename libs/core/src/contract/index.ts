export * from './enums';
export * from './dto';
export * from './socket-events';
export * from './video-dto';
export * from './social-dto';
export * from './download-dto';
