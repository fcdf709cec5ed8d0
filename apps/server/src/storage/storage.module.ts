import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig, LocalStorage, Storage } from '@clipstream/core';

/** The one file store of the server, under DATA_DIR (shared with the worker). */
@Global()
@Module({
  providers: [
    {
      provide: Storage,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new LocalStorage(config.DATA_DIR),
    },
  ],
  exports: [Storage],
})
export class StorageModule {}
