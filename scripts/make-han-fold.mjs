// Writes utils/model/han-fold-table.ts from OpenCC's tables: `node scripts/make-han-fold.mjs`.
import { writeFileSync } from 'node:fs';
import { hanFoldModule } from './han-fold-pairs.mjs';

writeFileSync(new URL('../utils/model/han-fold-table.ts', import.meta.url), hanFoldModule());
