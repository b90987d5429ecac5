// `npx vite-node scripts/write-zh-tw-locale.ts`: rewrites public/_locales/zh_TW, zh_HK, zh_SG and zh_MO (see zh-tw-locale.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LOCALES_DIR, REGIONAL, regionalMessages, TRADITIONAL, traditionalMessages } from './zh-tw-locale';

const files = [
  ...TRADITIONAL.map((l) => [l.folder, traditionalMessages(l)] as const),
  ...REGIONAL.map((r) => [r.folder, regionalMessages(r)] as const),
];
for (const [folder, text] of files) {
  const dir = resolve(LOCALES_DIR, folder);
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, 'messages.json'), text);
  console.log(`${folder}/messages.json: ${text.length} characters`);
}
