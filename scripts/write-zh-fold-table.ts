// `npx vite-node scripts/write-zh-fold-table.ts`: rewrites utils/entities/zh-fold-table.ts (see zh-fold-table.ts).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ENTITIES_DIR, foldTableModule, TABLE_FILE } from './zh-fold-table';

const text = foldTableModule();
writeFileSync(resolve(ENTITIES_DIR, TABLE_FILE), text);
console.log(`${TABLE_FILE}: ${text.length} characters`);
