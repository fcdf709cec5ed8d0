export * from './unsafe-url-error';
export * from './forbidden-address';
export * from './host-allowlist';
export * from './source-url';
export * from './egress-decision';
export * from './egress-guard';
export * from './remote-input';
export * from './guarded-http-client';
