// `npm run months` (scripts/write-cldr-months.ts): rewrites utils/extraction/cldr-months.ts (see cldr-months.ts).
import { writeFileSync } from 'node:fs';
import { cldrMonthsModule, MONTHS_FILE } from './cldr-months';

const text = cldrMonthsModule();
writeFileSync(MONTHS_FILE, text);
console.log(`${MONTHS_FILE}: ${text.length} characters`);
