export * from './app-config.module';
export * from './database.module';
export * from './service-unreachable';
