// Entry point for the MikroORM CLI (`npm run migration:create`).
import { loadConfig } from '../config/load-config';
import { createOrmOptions } from './orm-options';

export default createOrmOptions(loadConfig().DATABASE_URL);
