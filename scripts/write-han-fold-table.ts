// `npx vite-node scripts/write-han-fold-table.ts`: rewrites utils/model/han-fold-table.ts (see han-fold-table.ts).
import { writeFileSync } from 'node:fs';
import { HAN_FOLD_TABLE, hanFoldModule } from './han-fold-table';

writeFileSync(HAN_FOLD_TABLE, hanFoldModule());
