// How an import reads its file (import-file.ts chunksOf): a File's stream decoded in small pieces (Chromium's TextDecoder
// is ~9× slower per byte on a piece of 1 MB than of 64 KB), the text exactly the file's, whatever piece boundary
// cuts a character of several bytes.
import { describe, expect, it } from 'vitest';
import { chunksOf } from '../../utils/collection/import-file';

async function readAll(source: Blob | string) {
  const chunks: { chunk: string; bytes: number }[] = [];
  for await (const c of chunksOf(source)) for (const chunk of c.pieces) chunks.push({ chunk, bytes: c.bytes });
  return chunks;
}

describe('chunksOf a File or a string', () => {
  // 3-byte and 4-byte characters, so 64 KB boundaries fall inside characters.
  const text = '校庆 news 𠀋 '.repeat(80_000);
  const bytes = new TextEncoder().encode(text);

  it('gives the text back exactly, characters cut by piece ends included', async () => {
    const chunks = await readAll(new Blob([bytes]));
    expect(chunks.map((c) => c.chunk).join('')).toBe(text);
    expect(chunks.at(-1)!.bytes).toBe(bytes.length);
  });

  it('decodes at most 64 KB at a time (a stream piece of 1 MB+ is cut), bytes counted as it goes', async () => {
    expect(bytes.length).toBeGreaterThan(1 << 20);
    const chunks = await readAll(new Blob([bytes]));
    expect(chunks.length).toBeGreaterThan(bytes.length / (1 << 16));
    for (const c of chunks) expect(new TextEncoder().encode(c.chunk).length).toBeLessThanOrEqual((1 << 16) + 3);
    const counts = chunks.map((c) => c.bytes);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });

  it('cuts a string into the same pieces of at most 64K characters', async () => {
    const chunks = await readAll(text);
    expect(chunks.map((c) => c.chunk).join('')).toBe(text);
    for (const c of chunks) expect(c.chunk.length).toBeLessThanOrEqual(1 << 16);
  });

  it('refuses bytes that are not UTF-8', async () => {
    await expect(readAll(new Blob([new Uint8Array([0x7b, 0xff, 0x7d])]))).rejects.toThrow();
  });
});
