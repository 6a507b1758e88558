"""Web pages (.html): the article only, as lines a plan's .txt would have.

readability-lxml picks the main content (navigation, sidebars, ads and footers go);
the title (``og:title``, else the content's ``<h1>``, else ``<title>``) is the first
line; headings, paragraphs, list items and ``<br>`` become lines, table rows become
lines with cells joined by `` | ``; scripts, styles, nav, footer and forms are dropped.

lxml parses with network and huge trees off.  Its parser stops at 256 levels of
nesting and at a 10 MB text node, keeping what it read so far without a word, so the
error log is checked: a page nested too deep is flattened first (by a tokenizer of
tags: no tree, no recursion, no text lost), and any other stop of the parser refuses
the page with the reason.  Nothing here recurses on the input.
"""

from __future__ import annotations

import copy
import logging
from collections import Counter

import lxml.html
import regex
from lxml import etree

from .document import Document, InputError
from .text import decode

MAX_DEPTH = 200  # below lxml's 256; deeper elements are flattened into their ancestor at this depth
_XML_DECL = regex.compile(r"^\s*<\?xml[^>]*\?>")
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_SKIP = {
    "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button",
    "select", "iframe", "svg", "head", "object", "embed", "canvas", "menu",
}  # fmt: skip
_BLOCKS = {
    "p", "div", "section", "article", "main", "header", "li", "ul", "ol", "dl", "dt", "dd", "table",
    "tbody", "thead", "tfoot", "caption", "blockquote", "pre", "address", "figure", "figcaption",
    "hr", "center", "body", "html", "td", "th",
}  # fmt: skip
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
_SPACES = regex.compile(r"[^\S\n]+")
_TITLE_MAX = 300
_BREAK = "<br>"
_CELL = "\x1f"  # ends a table cell while a row is being written (removed from the page's own text)

logging.getLogger("readability.readability").setLevel(logging.ERROR)


def read(data: bytes, name: str, where: str, max_bytes: int) -> Document:
    """The main text of a web page; :class:`InputError` naming ``where`` when it cannot be read."""
    del max_bytes  # the page's bytes were read through the limit; its text is no longer than they are
    return Document(name, html_text(decode(data, where), where), extracted=True)


def html_text(source: str, where: str = "-") -> str:
    """The text of a page's main content, title first (see the module's note)."""
    source = _XML_DECL.sub("", source, count=1)  # lxml refuses a str that declares its encoding
    if not source.strip():
        return ""
    root = _parse(source, where)
    if root is None:
        return ""
    title = _meta_title(root)
    content, body = _main_content(root)
    if not title:
        first = next(content.iter("h1", "h2"), None)
        title = _line(first.text_content()) if first is not None else ""
    title = title or _line(root.findtext(".//title") or "")
    lines = [line for line in body.split("\n") if line]  # one line per block, as in a plan's .txt
    if title and lines and _same(lines[0], title):
        lines = lines[1:]  # the content's own heading repeats the title
    text = "\n".join(([title[:_TITLE_MAX], ""] if title else []) + lines)
    return text.strip() + "\n"


def _parse(source: str, where: str) -> lxml.html.HtmlElement | None:
    """Parse with lxml; flatten a page nested too deep; refuse a page lxml could not read in full."""
    for attempt in range(2):
        parser = lxml.html.HTMLParser(
            recover=True, no_network=True, huge_tree=False, remove_comments=True, remove_pis=True
        )
        try:
            root = lxml.html.document_fromstring(source, parser=parser)
        except (etree.ParserError, ValueError):
            return None  # nothing but blanks or comments
        fatal = [e for e in parser.error_log if e.level_name == "FATAL"]
        if not fatal:
            return root
        if attempt == 0 and any("depth" in e.message.lower() for e in fatal):
            source = flatten(source, MAX_DEPTH)
            continue
        reason = fatal[0].message.strip().split("\n")[0]
        raise InputError(
            f"{where}: the HTML parser could not read the whole page ({reason}); save the page's text as .txt"
        )
    raise AssertionError("unreachable")  # pragma: no cover


# a comment, or the start of a tag; the rest of a tag (attributes, whose quoted values may hold `>`) is read
# with _TAG_REST within MAX_TAG characters, so that no search runs far for every `<` of a broken page
_TAG_START = regex.compile(r"<!--|<(/?)([A-Za-z_:.][\w:.-]*)")
_TAG_REST = regex.compile(r"""(?:[^>"']|"[^"]*"|'[^']*')*?(/?)>""")
MAX_TAG = 4000
_RAW_TEXT = {"script", "style", "textarea", "title", "xmp", "plaintext"}


def flatten(source: str, limit: int) -> str:
    """``source`` with every element deeper than ``limit`` replaced by its content (blocks by one line break).

    A tokenizer of tags, not a parser: text is copied as it stands, a stack of open
    elements decides which tags are kept, and lxml parses the result.  Linear in the
    page: a count per open tag name answers whether an end tag closes anything, and a
    run of dropped block tags gives one line break, not one each.
    """
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # (tag, written)
    open_count: Counter[str] = Counter()
    broken = False  # the last thing written is a line break standing for dropped tags

    def emit(chunk: str, dropped_block: bool = False) -> None:
        nonlocal broken
        if dropped_block:
            if not broken:
                out.append(_BREAK)
            broken = True
        elif chunk:
            out.append(chunk)
            broken = broken and not chunk.strip()

    at = 0
    while (token := _TAG_START.search(source, at)) is not None:
        emit(source[at : token.start()])
        if not token.group(2):  # a comment: dropped
            end = source.find("-->", token.end())
            at = len(source) if end < 0 else end + 3
            continue
        rest = _TAG_REST.match(source, token.end(), min(len(source), token.end() + MAX_TAG))
        if rest is None:  # not a tag that can be read: its `<` is text
            emit("&lt;" + source[token.start() + 1 : token.end()])
            at = token.end()
            continue
        at = rest.end()
        closing, tag, self_closing = token.group(1), token.group(2).lower(), rest.group(1)
        if closing:
            while open_count[tag] and stack:
                name, written = stack.pop()
                open_count[name] -= 1
                emit(f"</{name}>" if written else "", not written and name in _BLOCKS)
                if name == tag:
                    break
            continue
        written = len(stack) < limit
        emit(source[token.start() : at] if written else "", not written and (tag in _BLOCKS or tag == "br"))
        if tag in _RAW_TEXT:  # its text runs to its end tag, whatever it holds
            end = regex.compile(rf"</{regex.escape(tag)}\s*>", regex.IGNORECASE).search(source, at)
            stop = end.start() if end else len(source)
            if written:
                emit(source[at:stop] + f"</{tag}>")
            elif tag not in ("script", "style"):
                emit(source[at:stop].replace("&", "&amp;").replace("<", "&lt;"))
            at = end.end() if end else stop
        elif tag not in _VOID and not self_closing:
            stack.append((tag, written))
            open_count[tag] += 1
    emit(source[at:])
    return "".join(out)


def _meta_title(root: lxml.html.HtmlElement) -> str:
    for meta in root.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() == "og:title":
            return _line(meta.get("content") or "")
    return ""


def _main_content(root: lxml.html.HtmlElement) -> tuple[lxml.html.HtmlElement, str]:
    """readability's article and its text, else the whole body's (a short page, or one it cannot score)."""
    from readability import Document as Readable

    body = root.find("body")
    whole = body if body is not None else root
    try:
        summary = Readable(copy.deepcopy(root)).summary(html_partial=True)
        article = lxml.html.fragment_fromstring(summary, create_parent="div")
        text = _to_text(article)
    except Exception:  # readability raises its own Unparseable and lxml errors; the whole page is read then
        return whole, _to_text(whole)
    return (article, text) if text.strip() else (whole, _to_text(whole))


def _to_text(root: etree._Element) -> str:
    """Lines from a tree, walked with an explicit stack: blocks and headings end lines, a row is one line."""
    out: list[str] = []
    in_row = 0  # inside a table row, line breaks are spaces and cells end with _CELL
    stack: list[tuple[etree._Element, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if closing:
            if tag == "tr":
                in_row -= 1
                out.append("\n")
            elif tag in ("td", "th") and in_row:
                out.append(_CELL)
            elif tag in _BLOCKS or tag in _HEADINGS:
                out.append(" " if in_row else "\n")
        elif tag and tag not in _SKIP:
            if tag == "tr":
                in_row += 1
                out.append("\n")
            elif tag in _BLOCKS or tag in _HEADINGS or tag == "br":
                out.append(" " if in_row else "\n")
            if node.text and tag != "br":
                out.append(node.text.replace(_CELL, " "))
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(node))
            continue
        if node.tail:
            out.append(node.tail.replace(_CELL, " "))
    return "\n".join(_clean_line(line) for line in "".join(out).split("\n"))


def _clean_line(line: str) -> str:
    if _CELL in line:
        cells = [_line(part) for part in line.split(_CELL)]  # every part but the last ends a cell
        if not cells[-1]:
            cells.pop()
        return " | ".join(cells) if any(cells) else ""  # empty cells stay: they keep the columns in place
    return str(_SPACES.sub(" ", line)).strip()


def _line(text: str) -> str:
    return " ".join(text.split())


def _same(a: str, b: str) -> bool:
    return _line(a).casefold() == _line(b).casefold()
