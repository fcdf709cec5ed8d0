import { Inject } from '@nestjs/common';

/** Injection token of the typed configuration (AppConfig from @clipstream/core), read once at start. */
export const APP_CONFIG = Symbol('APP_CONFIG');
export const InjectConfig = () => Inject(APP_CONFIG);
