// `npx vite-node scripts/write-zh-tw-locale.ts`: rewrites public/_locales/zh_TW and zh_HK (see zh-tw-locale.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LOCALES_DIR, TRADITIONAL, traditionalMessages } from './zh-tw-locale';

for (const locale of TRADITIONAL) {
  const dir = resolve(LOCALES_DIR, locale.folder);
  mkdirSync(dir, { recursive: true });
  const text = traditionalMessages(locale);
  writeFileSync(resolve(dir, 'messages.json'), text);
  console.log(`${locale.folder}/messages.json: ${text.length} characters`);
}
