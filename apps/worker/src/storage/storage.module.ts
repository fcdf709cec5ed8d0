import { Global, Module } from '@nestjs/common';
import { AppConfig, LocalStorage, Storage } from '@clipstream/core';
import { APP_CONFIG } from '../config/app-config';

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
