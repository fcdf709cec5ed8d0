/** Opens each start's part of DATA_DIR/postgres.log, so a failure shows only its own lines. */
export const RUN_MARK = '=== embedded Postgres start';
