export * from './storage';
export * from './storage-keys';
export * from './local-storage';
