#!/usr/bin/env python3
"""Builds the HTML evaluation pages in ../pages and their gold main text in ../gold.

The article text is real and openly licensed (Wikinews CC BY 2.5, FLORES-200 devtest CC BY-SA
4.0 from Wikinews, Japanese government readouts under the Government of Japan Standard Terms of
Use 2.0); the site templates around it (navigation, cookie banners, share bars, related lists,
comments, footers) are written for this project to look like real news, wiki, government and
blog pages. See ../README.md.

    python3 make_pages.py [path/to/shared/data]

The default data path is ../shared/data beside the repository. The generated files are committed;
run this only to rebuild them.
"""
import html
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent
REPO = HERE.parents[3]
DATA = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / ".." / "shared" / "data"

E = html.escape


def ends_sentence(text):
    return bool(re.search(r'[.!?。！？」”"]\s*$', text))


def paragraphs_of(text, skip_lines):
    lines = [l.strip() for l in text.splitlines()]
    lines = [l for l in lines if l][skip_lines:]
    for i, line in enumerate(lines):
        if line.startswith("出典") or line in ("Sources", "Source"):
            lines = lines[:i]  # the wiki's list of sources is not the story
            break
    if lines and not ends_sentence(lines[-1]):
        # The stored copy was cut off mid-sentence: keep the last paragraph's whole sentences.
        cut = max(lines[-1].rfind(". "), lines[-1].rfind("。"))
        if cut > 0:
            lines[-1] = lines[-1][:cut + 1]
        else:
            lines = lines[:-1]
    return lines


def link_some(paragraph, every=3):
    """Wraps every n-th capitalised word in a link, as wiki and news pages do."""
    words = paragraph.split(" ")
    out = []
    for i, w in enumerate(words):
        if i % (every * 4) == 5 and w[:1].isupper() and w.isalpha():
            out.append(f'<a href="/wiki/{E(w)}" title="{E(w)}">{E(w)}</a>')
        else:
            out.append(E(w))
    return " ".join(out)


UI = {
    "en": dict(home="Home", world="World", politics="Politics", business="Business", science="Science",
               culture="Culture", sport="Sport", opinion="Opinion", search="Search", login="Log in",
               register="Register", share="Share", tweet="Tweet", email="Email", print="Print",
               related="Related stories", comments="Comments", cookie="We use cookies to improve your experience on our site. By continuing to use this website you agree to our cookie policy.",
               accept="Accept all cookies", newsletter="Sign up for our newsletter", nl_text="Get the day's top stories in your inbox every morning.",
               subscribe="Subscribe", rights="All rights reserved.", privacy="Privacy policy", terms="Terms of use",
               contact="Contact us", about="About us", by="By", advert="Advertisement", readmore="Read more:",
               trending="Trending now", reply="Reply", posted="Published"),
    "fr": dict(home="Accueil", world="Monde", politics="Politique", business="Économie", science="Sciences",
               culture="Culture", sport="Sport", opinion="Idées", search="Rechercher", login="Se connecter",
               register="Créer un compte", share="Partager", tweet="Tweeter", email="Envoyer", print="Imprimer",
               related="Sur le même sujet", comments="Commentaires", cookie="Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.",
               accept="Tout accepter", newsletter="Inscrivez-vous à notre newsletter", nl_text="Recevez chaque matin l'essentiel de l'actualité.",
               subscribe="S'abonner", rights="Tous droits réservés.", privacy="Politique de confidentialité", terms="Mentions légales",
               contact="Contact", about="Qui sommes-nous", by="Par", advert="Publicité", readmore="Lire aussi :",
               trending="Les plus lus", reply="Répondre", posted="Publié le"),
    "ja": dict(home="ホーム", world="国際", politics="政治", business="経済", science="科学",
               culture="文化", sport="スポーツ", opinion="オピニオン", search="検索", login="ログイン",
               register="会員登録", share="シェア", tweet="ツイート", email="メール", print="印刷",
               related="関連記事", comments="コメント", cookie="当サイトはクッキーを使用しています。サイトの利用を続けることで、クッキーの使用に同意したことになります。",
               accept="同意する", newsletter="メールマガジン登録", nl_text="毎朝、主要ニュースをお届けします。",
               subscribe="登録する", rights="無断転載を禁じます。", privacy="プライバシーポリシー", terms="利用規約",
               contact="お問い合わせ", about="会社概要", by="文・", advert="広告", readmore="関連記事：",
               trending="アクセスランキング", reply="返信", posted="公開日"),
}

COMMENTS = {
    "en": ["I really don't think this changes anything in the long run, but we will see what happens next year.",
           "Great reporting as always. Would love to see a follow-up piece on how this affects ordinary people."],
    "fr": ["Je ne pense pas que cela change grand-chose à long terme, mais on verra bien ce qui se passera l'an prochain.",
           "Merci pour cet article très complet. J'aimerais lire une suite sur les conséquences pour les habitants."],
    "ja": ["長い目で見れば何も変わらないと思いますが、来年どうなるか見守りたいです。",
           "いつも丁寧な記事をありがとうございます。続報を期待しています。"],
}

RELATED = {
    "en": ["Markets rally as central bank holds rates", "Ten things to do in Tokyo this weekend",
           "Opinion: why the summit matters", "Weather: heavy rain expected in the west"],
    "fr": ["Les marchés en hausse après la décision de la banque centrale", "Dix idées de sorties ce week-end",
           "Tribune : pourquoi ce sommet compte", "Météo : fortes pluies attendues dans l'ouest"],
    "ja": ["日銀、金利据え置きを決定", "週末に訪れたい都内スポット10選", "社説：首脳会談の意義",
           "西日本で大雨の恐れ"],
}


def portal(page):
    """A commercial-looking news portal: header nav, cookie banner, share bar, JSON-LD."""
    ui = UI[page["lang"]]
    body = "\n".join(
        (f'<p>{link_some(p)}</p>' if i != 2 else
         f'<p>{link_some(p)}</p>\n<div class="ad-slot ad-inarticle"><span>{ui["advert"]}</span></div>\n'
         f'<p class="read-also"><strong>{ui["readmore"]}</strong> <a href="/a/123">{E(RELATED[page["lang"]][0])}</a></p>')
        for i, p in enumerate(page["paragraphs"]))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": page["title"],
          "datePublished": page["published"] + "T09:30:00+09:00", "inLanguage": page["lang"],
          "author": {"@type": "Person", "name": page["author"]},
          "publisher": {"@type": "Organization", "name": page["outlet"]}}
    nav = "".join(f'<li><a href="/{k}">{ui[k]}</a></li>' for k in ["home", "world", "politics", "business", "science", "culture", "sport", "opinion"])
    related = "".join(f'<li><a href="/r/{i}">{E(t)}</a></li>' for i, t in enumerate(RELATED[page["lang"]]))
    comments = "".join(
        f'<li class="comment"><div class="comment-author">user{i + 17}</div><div class="comment-body"><p>{E(c)}</p></div>'
        f'<a class="comment-reply" href="#">{ui["reply"]}</a></li>' for i, c in enumerate(COMMENTS[page["lang"]]))
    return f"""<!DOCTYPE html>
<html lang="{page['lang']}">
<head>
<meta charset="{page['charset']}">
<title>{E(page['title'])} | {E(page['outlet'])}</title>
<meta property="og:title" content="{E(page['title'])}">
<meta property="og:site_name" content="{E(page['outlet'])}">
<meta property="og:url" content="{E(page['url'])}">
<meta property="article:published_time" content="{page['published']}T09:30:00+09:00">
<link rel="canonical" href="{E(page['url'])}">
<link rel="stylesheet" href="/static/site.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<style>.cookie-banner{{position:fixed;bottom:0}} .ad-slot{{min-height:250px}}</style>
</head>
<body class="article-page">
<div id="cookie-banner" class="cookie-banner"><p>{ui['cookie']}</p><button>{ui['accept']}</button></div>
<header class="site-header">
  <a class="logo" href="/">{E(page['outlet'])}</a>
  <form class="search" action="/search"><input name="q" placeholder="{ui['search']}"><button>{ui['search']}</button></form>
  <div class="account"><a href="/login">{ui['login']}</a> | <a href="/register">{ui['register']}</a></div>
  <nav class="main-nav"><ul>{nav}</ul></nav>
</header>
<div class="container">
<ol class="breadcrumb"><li><a href="/">{ui['home']}</a></li><li><a href="/world">{ui['world']}</a></li></ol>
<article class="story">
  <header class="story-header">
    <h1 class="headline">{E(page['title'])}</h1>
    <div class="byline">{ui['by']} <a rel="author" href="/authors/1">{E(page['author'])}</a></div>
    <time datetime="{page['published']}T09:30:00+09:00">{page['published']}</time>
    <ul class="share-bar"><li><a href="#">{ui['share']}</a></li><li><a href="#">{ui['tweet']}</a></li><li><a href="#">{ui['email']}</a></li><li><a href="#">{ui['print']}</a></li></ul>
  </header>
  <figure class="lead-image"><img src="/img/lead.jpg" alt=""><figcaption>{E(page.get('caption', ''))}</figcaption></figure>
  <div class="story-body" itemprop="articleBody">
{body}
  </div>
  <div class="tags"><a href="/t/1">{ui['world']}</a> <a href="/t/2">{ui['politics']}</a></div>
</article>
<aside class="sidebar">
  <section class="most-read"><h2>{ui['trending']}</h2><ol>{related}</ol></section>
  <div class="ad-slot"><span>{ui['advert']}</span></div>
</aside>
<section class="related-stories"><h2>{ui['related']}</h2><ul>{related}</ul></section>
<section id="comments" class="comments"><h2>{ui['comments']} (2)</h2><ul>{comments}</ul>
<form class="comment-form"><textarea></textarea><button>{ui['comments']}</button></form></section>
</div>
<div class="newsletter-box"><h3>{ui['newsletter']}</h3><p>{ui['nl_text']}</p><form><input type="email"><button>{ui['subscribe']}</button></form></div>
<footer class="site-footer"><ul><li><a href="/about">{ui['about']}</a></li><li><a href="/contact">{ui['contact']}</a></li><li><a href="/privacy">{ui['privacy']}</a></li><li><a href="/terms">{ui['terms']}</a></li></ul>
<p>© 2024 {E(page['outlet'])}. {ui['rights']}</p></footer>
<script src="/static/app.js"></script>
</body>
</html>
"""


def wiki(page):
    """A MediaWiki-skinned page in the manner of Wikinews."""
    lang = page["lang"]
    paras = "\n".join(f"<p>{link_some(p, 2)}</p>" for p in page["paragraphs"])
    sidebar = "".join(f'<li><a href="/wiki/P{i}">{E(t)}</a></li>' for i, t in enumerate(
        ["Main page", "Latest news", "Random article", "Newsroom", "Water cooler", "Help", "Donate",
         "What links here", "Related changes", "Upload file", "Special pages", "Permanent link",
         "Page information", "Cite this page", "Create a book", "Download as PDF", "Printable version"]))
    sources = "".join(f'<li><span class="sourceTemplate"><a rel="nofollow" class="external text" href="https://example.org/s{i}">"{E(t)}"</a> — <i>Source {i + 1}</i>, {page["published"]}</span></li>'
                      for i, t in enumerate(["Report on the events", "Officials respond"]))
    date_line = page["date_text"]
    caption = page.get("caption")
    thumb = (f'<div class="thumb tright"><div class="thumbinner"><a href="/wiki/File:Photo.jpg" class="image"><img src="/u/photo.jpg" width="200"></a>'
             f'<div class="thumbcaption">{E(caption)}</div></div></div>') if caption else ""
    return f"""<!DOCTYPE html>
<html class="client-nojs" lang="{lang}" dir="ltr">
<head>
<meta charset="{page['charset']}"/>
<title>{E(page['title'])} - Wikinews, the free news source</title>
<script>document.documentElement.className="client-js";RLCONF={{"wgPageName":"Page","wgNamespaceNumber":0}};</script>
<link rel="stylesheet" href="/w/load.php?modules=site.styles"/>
<meta name="generator" content="MediaWiki 1.39.0"/>
<link rel="canonical" href="{E(page['url'])}"/>
</head>
<body class="mediawiki ltr sitedir-ltr ns-0 ns-subject page-Article skin-vector action-view">
<div id="mw-page-base" class="noprint"></div>
<div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main">
<a id="top"></a>
<div id="siteNotice"><div id="localNotice"><p>Tell us what you think of Wikinews: take the reader survey.</p></div></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading">{E(page['title'])}</h1>
<div id="bodyContent" class="vector-body">
<div id="siteSub" class="noprint">From Wikinews, the free news source you can write!</div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a> <a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="{lang}" dir="ltr"><div class="mw-parser-output">
<table class="infobox" style="float:right"><tr><td><b>Related news</b><ul><li><a href="/wiki/R1">Earlier report on this topic</a></li><li><a href="/wiki/R2">Another related story</a></li></ul></td></tr></table>
<p><strong class="published"><span id="publishDate" class="value-title" title="{page['published']}"></span>{E(date_line)}</strong></p>
{thumb}
{paras}
<h2><span class="mw-headline" id="Sources">Sources</span></h2>
<ul>{sources}</ul>
<div class="cc-license"><p>This article is licensed under the Creative Commons Attribution license.</p></div>
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Japan">Japan</a></li><li><a href="/wiki/Category:Asia">Asia</a></li><li><a href="/wiki/Category:Politics">Politics and conflicts</a></li><li><a href="/wiki/Category:Published">Published</a></li></ul></div></div>
</div>
</div>
<div id="mw-navigation">
<h2>Navigation menu</h2>
<div id="mw-head"><div id="p-personal" role="navigation"><ul><li><a href="/login">Log in</a></li><li><a href="/create">Create account</a></li></ul></div></div>
<div id="mw-panel"><div class="portal" role="navigation" id="p-navigation"><h3>Navigation</h3><div class="body"><ul>{sidebar}</ul></div></div>
<div class="portal" id="p-lang"><h3>In other languages</h3><ul><li><a href="https://fr.example.org">Français</a></li><li><a href="https://ja.example.org">日本語</a></li></ul></div></div>
</div>
<div id="footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 3 October 2023, at 12:00.</li>
<li id="footer-info-copyright">Text is available under the Creative Commons Attribution 2.5 License; additional terms may apply.</li></ul>
<ul id="footer-places"><li><a href="/privacy">Privacy policy</a></li><li><a href="/about">About Wikinews</a></li><li><a href="/disclaimer">Disclaimers</a></li><li><a href="/mobile">Mobile view</a></li></ul></div>
</body>
</html>
"""


def government(page):
    """An older government site: table layout, global navigation, side menu, page-top links."""
    ui = UI[page["lang"]]
    blocks = []
    for p in page["paragraphs"]:
        m = re.match(r"^(\d+)\.\s*(.*)$", p)
        blocks.append(("li", m.group(2)) if m else ("p", p))
    html_body, in_list = [], False
    for kind, text in blocks:
        if kind == "li" and not in_list:
            html_body.append('<ol class="num">')
            in_list = True
        if kind != "li" and in_list:
            html_body.append("</ol>")
            in_list = False
        html_body.append(f"<{kind}>{E(text)}</{kind}>")
    if in_list:
        html_body.append("</ol>")
    menu = "".join(f'<li><a href="/m/{i}">{E(t)}</a></li>' for i, t in enumerate(page["menu"]))
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="{page['lang']}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={page['charset']}">
<meta name="description" content="{E(page['title'])}">
<title>{E(page['title'])} | {E(page['outlet'])}</title>
<script type="text/javascript" src="/common/js/common.js"></script>
</head>
<body>
<div id="header"><a href="/"><img src="/common/img/logo.gif" alt="{E(page['outlet'])}"></a>
<ul id="gnav">{menu}</ul>
<div id="utility"><a href="/sitemap">Sitemap</a> | <a href="/contact">{ui['contact']}</a> | <a href="/en">English</a></div></div>
<div id="breadcrumbs"><a href="/">{ui['home']}</a> &gt; <a href="/policy">{ui['world']}</a> &gt; {E(page['title'])}</div>
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td id="side" valign="top" width="200"><ul class="side-menu">{menu}</ul></td>
<td valign="top">
<div id="maincontents">
<h1 class="title">{E(page['title'])}</h1>
<p class="date" align="right">{E(page['date_text'])}</p>
<div class="photo"><img src="/img/p1.jpg" alt=""><p class="caption">{E(page.get('caption', ''))}</p></div>
{chr(10).join(html_body)}
<div class="related"><h2>{ui['related']}</h2><ul><li><a href="/r1">{E(page['menu'][0])}</a></li><li><a href="/r2">{E(page['menu'][1])}</a></li></ul></div>
<p class="pagetop"><a href="#top">Page top</a></p>
</div>
</td></tr></table>
<div id="footer"><ul><li><a href="/terms">{ui['terms']}</a></li><li><a href="/privacy">{ui['privacy']}</a></li><li><a href="/access">Accessibility</a></li></ul>
<p class="copyright">Copyright © {E(page['outlet'])}. {ui['rights']}</p></div>
</body>
</html>
"""


def blog(page):
    """A blog or magazine theme: br-separated paragraphs, sidebar widgets, comment form."""
    ui = UI[page["lang"]]
    text = "<br>\n<br>\n".join(E(p) for p in page["paragraphs"])
    recent = "".join(f'<li><a href="/p/{i}">{E(t)}</a></li>' for i, t in enumerate(RELATED[page["lang"]]))
    tags = " ".join(f'<a class="tag" href="/tag/{t}">{t}</a>' for t in ["news", "world", "science", "culture", "weekly"])
    return f"""<html>
<head>
<meta http-equiv="content-type" content="text/html; charset={page['charset']}">
<title>{E(page['outlet'])} » {E(page['title'])}</title>
<meta name="author" content="{E(page['author'])}">
<meta name="date" content="{page['published']}">
<meta property="og:title" content="{E(page['title'])}">
</head>
<body>
<div id="wrap">
<div id="top"><div id="blog-title"><a href="/">{E(page['outlet'])}</a></div><div class="menu"><a href="/">{ui['home']}</a> · <a href="/archive">Archive</a> · <a href="/about">{ui['about']}</a></div></div>
<div id="main">
<div class="post hentry" id="post-1742">
<h2 class="entry-title"><a href="/post/1742" rel="bookmark">{E(page['title'])}</a></h2>
<div class="entry-meta">{ui['posted']} {page['published']} · {ui['by']} {E(page['author'])} · <a href="#respond">3 {ui['comments'].lower()}</a></div>
<div class="entry-content">
{text}
</div>
<div class="sharedaddy"><h3>{ui['share']}:</h3><a href="#">Facebook</a> <a href="#">X</a> <a href="#">{ui['email']}</a></div>
<div class="entry-utility">{tags}</div>
</div>
<div id="respond"><h3>{ui['comments']}</h3><p>{E(COMMENTS[page['lang']][0])}</p><form><textarea></textarea><input type="submit"></form></div>
</div>
<div id="sidebar"><div class="widget"><h3>Recent posts</h3><ul>{recent}</ul></div>
<div class="widget"><h3>Tags</h3>{tags}</div>
<div class="widget"><h3>Archives</h3><ul><li><a href="/2024/05">May 2024</a></li><li><a href="/2024/04">April 2024</a></li></ul></div></div>
<div id="footer">Powered by a blog engine. © {E(page['outlet'])}</div>
</div>
</body>
</html>
"""


def read_flores(doc_id):
    docs = {}
    for line in (DATA / "flores200-devtest" / "documents_devtest.tsv").read_text().splitlines()[1:]:
        f = line.split("\t")
        docs[int(f[0])] = (int(f[1]), int(f[2]), f[6])
    first, last, url = docs[doc_id]
    out = {}
    for lang, name in [("en", "eng_Latn"), ("fr", "fra_Latn"), ("ja", "jpn_Jpan")]:
        lines = (DATA / "flores200-devtest" / f"{name}.devtest").read_text().splitlines()[first - 1:last]
        joiner = "" if lang == "ja" else " "
        out[lang] = [joiner.join(lines[i:i + 2]) for i in range(0, len(lines), 2)]
    return out, url


def main():
    pages = []
    wn = DATA / "wikinews-same-story"
    abe_en = (wn / "2007-09-12-abe-resigns/en-wikinews.txt").read_text()
    abe_en_paras = [p for p in paragraphs_of(abe_en, 2) if not p.startswith("Image:") and "photographed on" not in p]
    pages.append(dict(id="en-wikinews-abe", lang="en", charset="UTF-8", template=wiki,
                      title="Japanese Prime Minister Shinzo Abe resigns", published="2007-09-12",
                      date_text="Wednesday, September 12, 2007", caption="Shinzō Abe photographed on February 21, 2007. Image: David Bohrer/White House.",
                      url="https://en.wikinews.org/wiki/Japanese_Prime_Minister_Shinzo_Abe_resigns", outlet="Wikinews",
                      paragraphs=abe_en_paras, source="wikinews-same-story/2007-09-12-abe-resigns/en-wikinews.txt", licence="CC BY 2.5, Wikinews contributors"))
    abe_ja = (wn / "2007-09-12-abe-resigns/ja-wikinews.txt").read_text()
    pages.append(dict(id="ja-wikinews-abe", lang="ja", charset="UTF-8", template=wiki,
                      title="安倍首相、辞任の意向を表明 - 所信表明直後", published="2007-09-12", date_text="【2007年9月12日】",
                      url="https://ja.wikinews.org/wiki/abe", outlet="ウィキニュース",
                      paragraphs=paragraphs_of(abe_ja, 2), source="wikinews-same-story/2007-09-12-abe-resigns/ja-wikinews.txt", licence="CC BY 2.5, ウィキニュース contributors"))
    toh_en = (wn / "2011-03-11-tohoku-earthquake/en-wikinews.txt").read_text()
    pages.append(dict(id="en-wikinews-tohoku", lang="en", charset="UTF-8", template=portal,
                      title="8.9 magnitude earthquake hits Japan, causes tsunami", published="2011-03-11",
                      author="Wikinews contributors", outlet="The Daily Ledger", caption="Map of the affected coast. Photo: Wikinews",
                      url="https://news.example.org/2011/03/11/earthquake-japan", paragraphs=paragraphs_of(toh_en, 2),
                      source="wikinews-same-story/2011-03-11-tohoku-earthquake/en-wikinews.txt", licence="CC BY 2.5, Wikinews contributors"))
    toh_fr = (wn / "2011-03-11-tohoku-earthquake/fr-wikinews.txt").read_text()
    pages.append(dict(id="fr-wikinews-tohoku-cp1252", lang="fr", charset="windows-1252", template=portal,
                      title="Japon : le nord-est de l'île de Honshu secoué par un violent séisme suivi d'un tsunami", published="2011-03-11",
                      author="Contributeurs de Wikinews", outlet="Le Quotidien du Monde", caption="La côte touchée. Photo : Wikinews",
                      url="https://info.example.fr/2011/03/11/seisme-japon", paragraphs=paragraphs_of(toh_fr, 2),
                      source="wikinews-same-story/2011-03-11-tohoku-earthquake/fr-wikinews.txt", licence="CC BY 2.5, contributeurs de Wikinews"))
    raa = DATA / "raa-official"
    kantei = (raa / "en-kantei.txt").read_text()
    kantei_paras = [p for p in paragraphs_of(kantei, 2) if p != "[Provisional translation]"]
    pages.append(dict(id="en-kantei-raa", lang="en", charset="UTF-8", template=government,
                      title="Japan-France Summit Working Lunch (Summary)", published="2024-05-02", date_text="May 2, 2024",
                      outlet="Prime Minister's Office of Japan", caption="Prime Minister Kishida and President Macron (Photo: Cabinet Public Affairs Office)",
                      menu=["Prime Minister", "Cabinet", "Press Conferences", "Diplomatic Relations", "Policies", "Photo Gallery"],
                      paragraphs=kantei_paras, source="raa-official/en-kantei.txt", licence="Government of Japan Standard Terms of Use 2.0 (CC BY 4.0 compatible)"))
    mofa = (raa / "ja-mofa.txt").read_text()
    mofa_paras = [re.sub(r"^(\d+)\.\s*", r"\1. ", p) for p in paragraphs_of(mofa, 4)]
    pages.append(dict(id="ja-mofa-raa-sjis", lang="ja", charset="Shift_JIS", iconv="CP932", template=government,
                      title="日仏首脳昼食会", published="2024-05-02", date_text="令和6年5月2日",
                      outlet="外務省", caption="日仏首脳昼食会に臨む岸田総理大臣とマクロン・フランス大統領（写真提供：内閣広報室）",
                      menu=["外交政策", "国・地域", "会見・発表・広報", "海外渡航・滞在", "申請・手続き", "外務省について"],
                      paragraphs=mofa_paras, source="raa-official/ja-mofa.txt", licence="Government of Japan Standard Terms of Use 2.0 (CC BY 4.0 compatible)"))
    flores_titles = {
        2: {"en": "Amazon to buy smart doorbell startup Ring", "fr": "Amazon va racheter Ring, la start-up de la sonnette connectée",
            "ja": "アマゾン、スマートドアベルのリング社を買収へ"},
        8: {"en": "Scientists find dinosaur feathers preserved in amber", "fr": "Des scientifiques découvrent des plumes de dinosaure dans de l'ambre",
            "ja": "琥珀の中に恐竜の羽毛、科学者らが発見"},
        67: {"en": "2009 Shri Shyam Bhajan Hindu religious festival held in Hyderabad", "fr": "Le festival religieux hindou Shri Shyam Bhajan 2009 s'est tenu à Hyderabad",
             "ja": "ハイデラバードでヒンドゥー教の祭典シュリ・シャム・バジャン2009開催"},
    }
    flores_setup = {2: ("2018-02-28", portal), 8: ("2016-12-09", blog), 67: ("2009-11-15", blog)}
    charsets = {(8, "ja"): ("EUC-JP", "EUC-JP"), (67, "ja"): ("Shift_JIS", "CP932"), (2, "ja"): ("ISO-2022-JP", "ISO-2022-JP")}
    outlets = {"en": "Morning Herald", "fr": "Le Courrier", "ja": "東都新聞"}
    for doc in [2, 8, 67]:
        texts, url = read_flores(doc)
        published, template = flores_setup[doc]
        for lang in ["en", "fr", "ja"]:
            charset, conv = charsets.get((doc, lang), ("UTF-8", "UTF-8"))
            suffix = "" if charset == "UTF-8" else "-" + charset.lower().replace("_", "").replace("-", "")
            pages.append(dict(id=f"{lang}-flores{doc}{suffix}", lang=lang, charset=charset, iconv=conv, template=template,
                              title=flores_titles[doc][lang], published=published, author={"en": "Staff reporter", "fr": "La rédaction", "ja": "編集部"}[lang],
                              outlet=outlets[lang], caption="", url=f"https://www.example.com/{lang}/{doc}",
                              paragraphs=texts[lang], source=f"flores200-devtest document {doc} ({url})",
                              licence="CC BY-SA 4.0 (FLORES-200; English text from Wikinews)"))
    (FIXTURES / "pages").mkdir(exist_ok=True)
    (FIXTURES / "gold").mkdir(exist_ok=True)
    manifest = []
    for page in pages:
        page.setdefault("author", "")
        page.setdefault("url", "")
        page.setdefault("date_text", page["published"])
        markup = page["template"](page)
        # Characters the charset lacks (© in Shift_JIS) become character references, as
        # editors saving in a legacy charset write them.
        codec = {"UTF-8": "utf-8", "windows-1252": "cp1252", "CP932": "cp932", "EUC-JP": "euc_jp",
                 "ISO-2022-JP": "iso2022_jp"}[page.get("iconv", page["charset"])]
        data = markup.encode(codec, errors="xmlcharrefreplace")
        (FIXTURES / "pages" / f"{page['id']}.html").write_bytes(data)
        gold = page["paragraphs"]
        if page["template"] is government:
            gold = [re.sub(r"^\d+\.\s*", "", p) for p in gold]  # <ol> draws the numbers
        (FIXTURES / "gold" / f"{page['id']}.txt").write_text("\n\n".join(gold) + "\n")
        manifest.append({k: page[k] for k in ["id", "lang", "charset", "title", "published", "source", "licence"]}
                        | {"template": page["template"].__name__})
    (FIXTURES / "pages.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
    print(f"{len(pages)} pages")


if __name__ == "__main__":
    main()
