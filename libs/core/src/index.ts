import 'reflect-metadata';

export * from './config';
export * from './contract';
export * from './entities';
export * from './orm';
export * from './queues';
export * from './storage';
export * from './notifications/record-notification';
export * from './notifications/notification-batch';
export * from './nest';
