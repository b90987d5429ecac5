// The sanitizer alone against every hostile payload (Readability removes some before it; this checks the last line).
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../utils/safety/sanitize';
import { PAYLOADS } from '../fixtures/xss-payloads.mjs';

const win = new JSDOM('').window as unknown as Window;

describe('sanitizeHtml', () => {
  it.each(PAYLOADS.map((p, i) => [i + 1, p] as const))(
    'payload %i leaves nothing that runs or loads',
    (_i, payload) => {
      const out = sanitizeHtml(String(payload), win);
      const doc = new JSDOM(`<body>${out}</body>`).window.document;
      expect(
        doc.querySelectorAll(
          'script, iframe, object, embed, form, input, button, style, link, meta, base, svg, math, video, audio, template, noscript',
        ),
      ).toHaveLength(0);
      for (const el of doc.querySelectorAll('*')) {
        for (const a of el.attributes) {
          expect(a.name).not.toMatch(/^on|^style$|^srcset$|^srcdoc$|^ping$|^background$|^formaction$|^name$|^id$/i);
          if (/^(href|src)$/i.test(a.name)) expect(a.value).toMatch(/^(https?:|mailto:|#|$)/i);
        }
      }
      expect(out).not.toMatch(/evil\.example\/xss/);
    },
  );

  it('keeps ordinary article markup and makes links open safely', () => {
    const out = sanitizeHtml(
      '<p>文字 <strong>加粗</strong> <a href="http://news.xjtu.edu.cn/a">链接</a></p><img src="http://news.xjtu.edu.cn/p.jpg" alt="图">',
      win,
    );
    expect(out).toBe(
      '<p>文字 <strong>加粗</strong> <a href="http://news.xjtu.edu.cn/a" target="_blank" rel="noopener noreferrer">链接</a></p><img src="http://news.xjtu.edu.cn/p.jpg" alt="图">',
    );
  });

  it('gives images without alt text their caption, or marks them decorative', () => {
    const out = sanitizeHtml(
      '<figure><img src="http://a.edu/1.jpg"><figcaption>启动仪式现场</figcaption></figure><p><img src="http://a.edu/2.jpg"></p>',
      win,
    );
    expect(out).toBe(
      '<figure><img src="http://a.edu/1.jpg" alt="启动仪式现场"><figcaption>启动仪式现场</figcaption></figure><p><img src="http://a.edu/2.jpg" alt=""></p>',
    );
  });
});
