import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's data/ folder, found from this file so it works from src/ and dist/ alike. */
export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', ...(import.meta.url.includes('/dist/') ? ['..'] : []), 'data');
