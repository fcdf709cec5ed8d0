export * from './enums';
export * from './dto';
export * from './socket-events';
