export * from './orm-options';
export * from './migrate';
export * from './ensure-database';
