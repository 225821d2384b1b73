"""Small pages of our own for the HTML and URL tests (fictional, no seed text)."""

from __future__ import annotations

ARTICLE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbour fire out after three hours | Coast Times</title>
<meta property="og:site_name" content="Coast Times">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2031-05-05T09:00:00Z">
<style>p { color: red } .STYLETEXT {}</style>
<script>var leaked = "SCRIPTTEXT";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Harbour fire out after three hours</h1>
<p>The warehouse on the north quay burned for three hours on Sunday before crews from
three towns had it under control, the port authority said.</p>
<h2>Nobody hurt</h2>
<p>Nobody was hurt, but the warehouse is a total loss and two boats moored beside it
were scorched, according to the harbour master.</p>
<blockquote><p>We had it under control by dawn and the wind helped us a great deal,
the chief said.</p></blockquote>
<p>The cause of the fire is not yet known and an investigation has been opened by the
police and the insurers.</p>
<form><input name="q"><button>Search FORMTEXT</button></form>
</article>
<section class="comments"><h3>Leave a Reply</h3><p>Great article! COMMENTTEXT</p></section>
<footer>Copyright 2031 Coast Times. Cookie policy.</footer>
</body></html>
"""

NO_ARTICLE = """<!DOCTYPE html><html><head><title>Menu</title></head>
<body><nav><a href="/">Home</a></nav><script>var x = 1;</script></body></html>
"""

CYRILLIC_ARTICLE = """<html><head><meta charset="windows-1251"><title>Пожар в порту</title></head>
<body><article><h1>Пожар в порту</h1>
<p>Пожар в порту потушили к утру, и пожарные сказали, что никто не пострадал, а жители
уже вернулись в свои дома после полудня.</p>
<p>Причина пожара пока не известна, полиция и страховщики начали проверку на складе.</p>
</article></body></html>
"""

WIRE_PAGE = """<!DOCTYPE html>
<html><head><title>Harbour fire out</title></head><body><article>
<h1>Harbour fire out</h1>
<p>PORTVILLE, May 5 (Reuters) - The warehouse on the north quay burned for three hours on
Sunday before crews from three towns had it under control, the port authority said.</p>
<p>Nobody was hurt, but the warehouse is a total loss and two boats moored beside it
were scorched, according to the harbour master of the town.</p>
</article></body></html>
"""

BARE_PAGE = WIRE_PAGE.replace("PORTVILLE, May 5 (Reuters) - ", "")

VISIBLE_DATE_PAGE = """<html><head><title>Harbour fire out</title></head><body><article>
<h1>Harbour fire out</h1>
<p class="date">May 5, 2031</p>
<p>The warehouse on the north quay burned for three hours on Sunday before crews from three
towns had it under control, the port authority said.</p>
<p>Nobody was hurt, but the warehouse is a total loss and two boats moored beside it were
scorched, according to the harbour master of the town.</p>
</article></body></html>
"""

TIME_ELEMENT_PAGE = VISIBLE_DATE_PAGE.replace(
    '<p class="date">May 5, 2031</p>', '<time datetime="2031-05-04">4 May</time>'
)
