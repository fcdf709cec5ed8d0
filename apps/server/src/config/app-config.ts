// Kept while other branches still import it from here; the token lives in @clipstream/core.
export { APP_CONFIG, InjectConfig } from '@clipstream/core';
