// Session 23 (issue #11): date rules for classes of page never seen, each on a small authored snippet named after the
// class it serves (continues unseen-page-dates-s21.test.ts).
import { describe, expect, it } from 'vitest';
import { asciiDigits } from '../../utils/extraction/parse-date';
import { EN_BODY, clip } from './unseen-page-snippets';

const page = (headline: string, line: string, url?: string) =>
  clip(`<title>${headline}</title><h1>${headline}</h1><p>${line}</p>${EN_BODY}`, url).publishedAt;

describe('pages printing the digits of their own script (Arabic, Persian, Hindi, Bengali, Thai, full-width CJK)', () => {
  it("reads each script's digits as ASCII ones, one for one", () =>
    expect(asciiDigits('١٢ ۰۵ १९ ৩ ๔ ２０２４')).toBe('12 05 19 3 4 2024'));
  it.each([
    ['Arabic-Indic digits, Egyptian month name', 'الجامعة تفتح مركزا جديدا', '١٢ مايو ٢٠٢٤', '2024-05-12'],
    ['Devanagari digits, Hindi month name', 'विश्वविद्यालय ने नया केंद्र खोला', '१२ मई २०२४', '2024-05-12'],
    ['full-width digits in a Japanese byline', '大学が新センターを開設', '公開日：２０２４年５月１２日', '2024-05-12'],
  ])('%s', (_n, headline, line, want) => expect(page(headline, line)).toBe(want));
});
