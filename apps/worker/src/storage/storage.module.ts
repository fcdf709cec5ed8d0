import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig, LocalStorage, Storage } from '@clipstream/core';

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
