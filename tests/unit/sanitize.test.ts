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

describe('sanitizeHtml with the article address (round two)', () => {
  const BASE = 'http://news.hostile.edu.cn/info/1/1.htm';
  const clean = (html: string, base?: string) => new JSDOM(`<body>${sanitizeHtml(html, win, base)}</body>`).window;

  it.each(PAYLOADS.map((p, i) => [i + 1, p] as const))(
    'payload %i: no overlay, map or extension address survives, with or without a base',
    (_i, payload) => {
      for (const base of [BASE, undefined]) {
        const doc = clean(String(payload), base).document;
        expect(doc.querySelectorAll('dialog, map, area, [popover], [usemap], [popovertarget]')).toHaveLength(0);
        for (const el of doc.querySelectorAll('[href], [src], [cite]'))
          for (const name of ['href', 'src', 'cite'])
            if (el.hasAttribute(name)) expect(el.getAttribute(name)).toMatch(/^(https?:\/\/|mailto:)/);
      }
    },
  );

  it('makes links and images absolute against the article, keeping only http(s) and mailto', () => {
    const doc = clean(
      '<a href="popup.html?layout=tab&amp;tabId=1">a</a><a href="/options.html">b</a><a href="//x.edu.cn/c">c</a>' +
        '<a href="mailto:office@x.edu.cn">d</a><a href="chrome-extension://abc/popup.html">e</a><img src="p/1.jpg" alt="">',
      BASE,
    ).document;
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'http://news.hostile.edu.cn/info/1/popup.html?layout=tab&tabId=1',
      'http://news.hostile.edu.cn/options.html',
      'http://x.edu.cn/c',
      'mailto:office@x.edu.cn',
      null,
    ]);
    expect(doc.querySelector('img')!.getAttribute('src')).toBe('http://news.hostile.edu.cn/info/1/p/1.jpg');
  });

  it('drops relative and protocol-relative addresses when there is no base to resolve them', () => {
    const doc = clean('<a href="popup.html">a</a><a href="//evil.example/x">b</a><img src="/i.png" alt="">').document;
    expect(doc.querySelectorAll('[href], [src]')).toHaveLength(0);
    expect(doc.body.textContent).toBe('ab');
  });

  it('keeps the text of dialogs, popovers and maps, without the elements', () => {
    const doc = clean('<dialog open>对话</dialog><div popover>浮层</div>', BASE).document;
    expect(doc.body.innerHTML).toBe('对话<div>浮层</div>');
  });
});
