"""Builds the seed fixture pages (tests/fixtures/pages) from ../shared/seed: the same XJTU article text
laid into the two CMS templates campus sites use most (VSB and WebPlus), with the sidebars, related
lists, dated footers and 上一条/下一条 links real pages carry, plus a list page and a home page of the
same site. Run once; the output is committed so tests do not depend on this script."""
import html, pathlib, sys

root = pathlib.Path(__file__).resolve().parent.parent
seed = (root.parent / 'shared/seed/xjtu-2021-04-08-innovation-launch.txt').read_text('utf-8').splitlines()
title = seed[0].split(':', 1)[1].strip()
body_lines = [l.strip() for l in seed[seed.index('正文内容:') + 1:] if l.strip()]

def paras(style):
    out = []
    for i, l in enumerate(body_lines):
        heading = len(l) <= 20 and not any(c in l for c in '，。！')
        if style == 'vsb':
            cls = 'vsbcontent_start' if i == 0 else ('vsbcontent_end' if i == len(body_lines) - 1 else '')
            if heading:
                out.append(f'<p style="text-align:center;"><strong>{html.escape(l)}</strong></p>')
            else:
                out.append(f'<p class="{cls}" style="text-indent:2em;">{html.escape(l)}</p>')
            if i == 1:
                out.append('<p class="vsbcontent_img" style="text-align:center;"><img src="/__local/images/content/2021-04/20210408230100123.jpg" width="600" vsbhref="vurl" vurl="/_vsl/ABC/DEF.jpg" orisrc="/__local/A/BC/DE.jpg" /></p>')
        else:
            out.append(f'<p><strong>{html.escape(l)}</strong></p>' if heading else f'<p>{html.escape(l)}</p>')
            if i == 1:
                out.append('<p style="text-align:center"><img src="/_upload/article/images/8a/1f/a5e8f0b04f1c.jpg" sudyfile-attr="{\'title\':\'启动大会\'}" /></p>')
    return '\n'.join(out)

sidebar = '''<div class="right_news"><h3>最新新闻</h3><ul>
<li><a href="/info/1033/140530.htm">我校召开2021年党史学习教育动员大会</a><span>2021-04-12</span></li>
<li><a href="/info/1033/140498.htm">学校举行125周年校庆升旗仪式</a><span>2021-04-08</span></li>
<li><a href="/info/1033/140470.htm">西安交通大学与中国华电集团签署战略合作协议</a><span>2021-04-07</span></li>
<li><a href="/info/1033/140402.htm">2021年全国大学生数学建模竞赛培训启动</a><span>2021-04-02</span></li>
</ul></div>'''
nav = '''<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/jdyw.htm">交大要闻</a></li><li><a href="/zhxw.htm">综合新闻</a></li>
<li><a href="/xysx.htm">学院传真</a></li><li><a href="/mtjd.htm">媒体交大</a></li><li><a href="/rwft.htm">人物访谈</a></li><li><a href="/jdkx.htm">交大快讯</a></li></ul></div>'''
footer = '''<div class="footer"><p>版权所有：西安交通大学 &nbsp; 设计制作：西安交通大学党委宣传部 &nbsp; 2008-2021</p>
<p>地址：陕西省西安市咸宁西路28号 邮编：710049 电话：029-82668114 陕ICP备05001571号</p></div>'''

vsb = f'''<!DOCTYPE html><html><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{html.escape(title)}-西安交通大学新闻网</title>
<meta name="keywords" content="西安交通大学新闻网" />
<!--Announced by Visual SiteBuilder 9-->
<link rel="stylesheet" type="text/css" href="_sitegray/_sitegray_d.css" />
<script language="javascript" src="_sitegray/_sitegray.js"></script>
<!-- CustomerNO:77656262657232307778475c5052574200000000455d -->
<link rel="stylesheet" type="text/css" href="../../content.vsb.css" />
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
<script type="text/javascript">_jsq_(1033,'/content.jsp',140512,1604382153)</script>
</head><body>
<div class="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="西安交通大学新闻网" /></a></div>
<div class="search"><form action="/search.jsp"><input name="q" /><input type="submit" value="搜索" /></form></div></div>
{nav}
<div class="main"><div class="location">当前位置: <a href="/">首页</a> &gt;&gt; <a href="/jdyw.htm">交大要闻</a> &gt;&gt; 正文</div>
<div class="left">
<form name="_newscontent_fromname">
<div class="d_tit"><h1>{html.escape(title)}</h1></div>
<div class="d_info">日期：2021-04-08 23:00&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<script>_showDynClicks("wbnews", 1604382153, 140512)</script><span id="dynclicks_wbnews_140512_2831" name="dynclicks_wbnews_140512_2831">9906</span>
&nbsp;&nbsp;字体大小：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a></div>
<div id="vsb_content"><div class="v_news_content">
{paras('vsb')}
</div></div><div id="div_vote_id"></div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="prevnext"><p>上一条：<a href="/info/1033/140530.htm">我校召开2021年党史学习教育动员大会</a></p>
<p>下一条：<a href="/info/1033/140498.htm">学校举行125周年校庆升旗仪式</a></p></div>
<div class="print">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</form></div>
{sidebar}
</div>
{footer}
</body></html>
'''

webplus = f'''<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="sudy-wp-context" content="" /><meta name="sudy-wp-siteId" content="27" /><meta name="sudy-wp-columnId" content="1033" /><meta name="sudy-wp-articleId" content="140512" />
<title>{html.escape(title)}</title>
<link type="text/css" href="/_css/_system/system.css" rel="stylesheet"/>
<script type="text/javascript" src="/_js/jquery.min.js" sudy-wp-context="" sudy-wp-siteId="27"></script>
</head><body class="list">
<div class="wrapper header"><div class="inner"><div class="head-left"><a href="/main.htm"><img src="/_upload/tpl/00/1b/27/template27/images/logo.png" alt="西安交通大学新闻网"></a></div></div></div>
{nav}
<div class="wrapper" id="d-container"><div class="inner clearfix">
<div class="col_menu"><div class="col_menu_head"><h3 class="col_name">交大要闻</h3></div>{sidebar}</div>
<div class="col_news"><div class="col_path">当前位置：<a href="/main.htm">首页</a><span>&gt;</span><a href="/1033/list.htm">交大要闻</a></div>
<div class="infobox"><div class="article" frag="窗口3" portletmode="simpleArticleAttri">
<h1 class="arti_title">{html.escape(title)}</h1>
<h2 class="arti_title"></h2>
<p class="arti_metas"><span class="arti_publisher">发布者：党委宣传部</span><span class="arti_update">发布时间：2021-04-08 23:00</span><span class="arti_views">浏览次数：<span class="WP_VisitCount" url="/_visitcountdisplay?siteId=27&type=3&articleId=140512">9906</span></span></p>
<div class="entry"><div class="read"><div class='wp_articlecontent'>
{paras('webplus')}
<p>（文字：新闻中心 王海 摄影：李明 编辑：张帆 审核：赵强）</p>
</div></div></div>
<div class="wp_entry"><p>附件：<a href="/_upload/article/files/8a/1f/xuexi.docx" sudyfile-attr="{{'title':'学业帮扶记录表.docx'}}">学业帮扶记录表.docx</a></p></div>
</div></div>
<div class="page_nav"><p>上一篇：<a href="/2021/0412/c1033a140530/page.htm">我校召开2021年党史学习教育动员大会</a></p><p>下一篇：<a href="/2021/0408/c1033a140498/page.htm">学校举行125周年校庆升旗仪式</a></p></div>
</div></div></div>
{footer}
</body></html>
'''

def list_page(kind):
    items = '\n'.join(
        f'<li><a href="/info/1033/{140512 - i * 7}.htm" title="新闻标题{i}">交大新闻第{i}条：学校举行专题报告会暨学术交流活动</a><span class="time">2021-04-{(12 - i % 11):02d}</span></li>'
        for i in range(1, 21))
    extra = ('<div class="banner"><a href="/info/1033/140512.htm"><img src="/images/b1.jpg" alt="125校庆"/></a></div>'
             '<div class="notice"><h3>通知公告</h3><ul><li><a href="/info/1034/1.htm">关于2021年清明节放假的通知</a><span>2021-04-01</span></li></ul></div>') if kind == 'home' else ''
    head_title = '西安交通大学新闻网' if kind == 'home' else '交大要闻-西安交通大学新闻网'
    pager = '' if kind == 'home' else '<div class="pb_sys_common">共2096条 1/105 <a href="jdyw/104.htm">下页</a> <a href="jdyw/1.htm">尾页</a></div>'
    return f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>{head_title}</title>
<!--Announced by Visual SiteBuilder 9--></head><body>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="西安交通大学新闻网" /></div></div>
{nav}{extra}
<div class="main"><div class="location">当前位置: <a href="/">首页</a> &gt;&gt; 交大要闻</div>
<div class="list"><ul>{items}</ul>{pager}</div>{sidebar}</div>
{footer}</body></html>
'''

out = root / 'tests/fixtures/pages'
(out / 'xjtu-vsb-article.html').write_text(vsb, 'utf-8')
# The same page as GB18030 bytes, served with a UTF-8 declaration by the e2e test: a lying charset.
(out / 'xjtu-vsb-article.gb18030.html').write_bytes(vsb.encode('gb18030'))
(out / 'xjtu-webplus-article.html').write_text(webplus, 'utf-8')
(out / 'xjtu-list.html').write_text(list_page('list'), 'utf-8')
(out / 'xjtu-home.html').write_text(list_page('home'), 'utf-8')
(out / 'xjtu-empty.html').write_text('<!DOCTYPE html><html><head><meta charset="utf-8"><title>西安交通大学新闻网</title></head><body><div class="header">西安交通大学新闻网</div></body></html>\n', 'utf-8')
print('wrote', sorted(p.name for p in out.iterdir()))
