// The body's rules for the classes of page that failed on unseen sites (issue #11): where the body starts and ends,
// and the page furniture it must not carry, each on a small authored snippet named after the class it serves.
import { describe, expect, it } from 'vitest';
import { clip } from './unseen-page-snippets';

const ZH_HEAD = '<title>学校举行创新大会 - 示例大学新闻网</title><h1>学校举行创新大会</h1>';
const ZH_PARA =
  '<p>5月11日，学校举行创新大会，会议由校长主持，与会代表围绕人才培养、科学研究和社会服务进行了深入交流。</p>';

describe('CMS furniture printed inside the article (campus CMS templates, simplified and traditional)', () => {
  it('字体大小, 上一篇/下一篇, 打印本頁/關閉窗口 and the meta line inside the body are removed', () => {
    const d = clip(
      `${ZH_HEAD}<div class="article"><p>【字体大小：大 中 小】</p><p>发布时间：2024-05-12 浏览次数：321</p>${ZH_PARA.repeat(4)}` +
        '<p>打印本頁 關閉窗口</p><p>上一篇：学校召开教学工作会议</p><p>下一篇：图书馆延长开放时间</p></div>',
    );
    expect(d.textContent).toContain('与会代表围绕人才培养');
    expect(d.textContent).not.toMatch(/字体大小|浏览次数|打印本頁|上一篇|下一篇/);
  });
});
