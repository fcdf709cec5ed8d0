export * from './storage';
export * from './storage-keys';
export * from './local-storage';
export * from './storage-usage';
export * from './format-bytes';
export * from './custom-thumbnail-files';
