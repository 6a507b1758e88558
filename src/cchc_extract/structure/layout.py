"""Find a document's blocks, headings, footnotes, title and metadata.

A *block* is a logical line: physical lines that a hard wrap broke apart are
joined back (the Lào Cai plan breaks lines mid-sentence, the Lạng Sơn report
breaks before a `;`).  A block may open with a list marker (`2.2.`, `a)`,
`Một là,`) whose style decides nesting; a short marked block, or a short
unmarked line between blank lines, is a heading.  All offsets are offsets
into the normalized text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import regex

from ..rules import PatternSet
from .wrap import Marker, is_upper, joins, wrap_width

_TERMINAL = ".!?;:…"
_CHROME_LINES = 4  # lines of a page's chrome skipped above its headline, at most
_Marker = Marker
_PERCENT = regex.compile(r"\d\s*%")
_LETTER = regex.compile(r"\p{L}")
_LETTERHEAD_LINE = 140  # a letterhead date line is short and ends with the date
_PIPE_ONLY = regex.compile(r"\s*\|\s*$")  # a crawl's line between table cells
_EMPHASIS = regex.compile(r"[*_]+(?=\S)")  # Markdown emphasis kept by text crawls (a `* ` bullet has a space)


@dataclass
class Block:
    """One logical line of the document."""

    start: int
    end: int
    body: int  # where the text after the marker begins
    marker: str | None = None
    style: str | None = None
    heading: str | None = None  # heading text, when the block is (or opens with) a heading
    heading_end: int | None = None  # end of the heading part inside the block
    para_break: bool = False  # a blank line (or the document start) precedes it
    footnote: bool = False
    title: bool = False


@dataclass
class Metadata:
    """What the document says about itself, when it says it."""

    number: str | None = None
    date: str | None = None
    year: int | None = None
    issuer: str | None = None
    title: str | None = None
    plan_year: int | None = None
    result_year: int | None = None  # the year a report's title says its results are of
    default_kind: str | None = None


@dataclass
class Layout:
    blocks: list[Block] = field(default_factory=list)
    metadata: Metadata = field(default_factory=Metadata)


def _physical_lines(text: str) -> list[tuple[int, int]]:
    lines = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    return lines


def _marker(ps: PatternSet, text: str) -> _Marker:
    stripped = text.lstrip()
    emphasis = _EMPHASIS.match(stripped)  # Markdown bold around a heading: `**1. Mục tiêu**`
    if emphasis:
        stripped = stripped[emphasis.end() :]
    if not ps.any_marker.match(stripped):
        return None  # one regex call rules out most lines
    lead = len(text) - len(stripped)
    for compiled in ps.markers:
        m = compiled.pattern.match(stripped)
        if m and m.end() < len(stripped.rstrip()):
            return compiled.rule.style, m.group("m"), lead + m.end()
    return None


def ends_with_colon(text: str) -> bool:
    """Whether a line ends in `:`, Markdown emphasis closed after it aside (`*Mục tiêu giai đoạn 2026-2030:*`)."""
    return text.rstrip().rstrip("*_").endswith(":")


def _heading_text(ps: PatternSet, body: str, marked: bool) -> tuple[str, int] | None:
    """The heading part of a block's body (text, end offset in body), if any."""
    text = body.rstrip()
    if not text or _PERCENT.search(text[:200]) and ":" not in text[:200]:
        return None
    if text[0] == "(" and text.find(")") == len(text) - 1:
        return None  # a line wholly in brackets is an aside (`(trừ hồ sơ mật)`), not a heading
    colon = text.find(":")
    limit = ps.heading_max_marked if marked else ps.heading_max_plain
    if colon >= 0 and colon + 1 <= limit:
        head = text[: colon + 1]
        if _PERCENT.search(head) or head.count(",") > 6 or head.count("(") > head.count(")"):
            return None  # a colon inside a bracket (`… chưa đáp ứng (mức C: 62%, …)`) heads nothing
        rest = text[colon + 1 :]
        if _PERCENT.search(rest) and len(rest) <= 80:
            return None  # `1. Tỷ lệ hồ sơ trực tuyến: không dưới 45%.` is an item, not a heading
        if marked or colon + 1 == len(text.rstrip("*_")):
            return head, colon + 1
        return None
    if len(text) > limit or _PERCENT.search(text) or text[-1] in ".,;…":
        return None
    return text, len(text)


def analyze(ps: PatternSet, text: str) -> Layout:
    """Split normalized ``text`` into blocks and read the document's metadata."""
    layout = Layout()
    groups: list[list[tuple[int, int]]] = []
    blank_before: list[bool] = []
    blank = True
    width, full = wrap_width(text)
    markers: dict[str, _Marker] = {}

    def marker(line: str) -> _Marker:
        if line not in markers:
            markers[line] = _marker(ps, line)
        return markers[line]

    for start, end in _physical_lines(text):
        line = text[start:end]
        if not line.strip():
            blank = True
            continue
        if groups and not blank and joins(ps, text[groups[-1][-1][0] : groups[-1][-1][1]], line, width, full, marker):
            groups[-1].append((start, end))
        else:
            groups.append([(start, end)])
            blank_before.append(blank)
        blank = False

    in_footnotes = False
    for i, group in enumerate(groups):
        start, end = group[0][0], group[-1][1]
        raw = text[start:end]
        block = Block(start=start + len(raw) - len(raw.lstrip()), end=end, body=start, para_break=blank_before[i])
        foot = ps.footnote.match(raw)
        found_marker = None if foot else marker(raw)
        if foot:
            in_footnotes = True
            block.footnote = True
            block.body = start + foot.end()
        elif in_footnotes and not found_marker and not is_upper(raw):
            block.footnote = True  # a footnote's next paragraph; a numbered or capitalised line resumes the text
            block.body = block.start
        else:
            in_footnotes = False
            if found_marker:
                block.style, block.marker, offset = found_marker
                block.body = start + offset
            else:
                block.body = block.start
            next_blank = i + 1 >= len(groups) or blank_before[i + 1]
            body = text[block.body : end].replace("\n", " ")
            colon_line = not found_marker and ends_with_colon(body)
            # a line standing apart above a list it opens (`Các chỉ tiêu chủ yếu` then `- Về kinh tế:`)
            opens_list = block.para_break and not next_blank and _starts_item(text, groups[i + 1], marker)
            heads = found_marker or (block.para_break and next_blank) or opens_list or is_upper(body) or colon_line
            # … but a page's running header or a page break that a PDF's or a crawl's text keeps, or a photo's
            # caption, heads nothing
            if heads and (found_marker or not is_furniture(ps, body)):
                found = _heading_text(ps, body, marked=bool(found_marker))
                if found and (found_marker or len(body.split()) >= 2):
                    block.heading, head_end = found
                    block.heading_end = block.body + head_end
                    if not found_marker:
                        # a line ending in `:` opens a part inside the current section;
                        # other unmarked headings start a new top-level section
                        block.style = "colon" if colon_line else "plain"
        layout.blocks.append(block)
    _read_metadata(ps, text, layout)
    return layout


def is_furniture(ps: PatternSet, line: str) -> bool:
    """Whether an unmarked line is a page's running header, a page break or a photo's caption: none is the text's,
    so none heads a section, and none carries a kind's cue to the paragraphs after it (:mod:`..decide.kind`).
    A line in capitals is no caption (`CÁN BỘ, CÔNG CHỨC TẠI CẤP XÃ` heads a part)."""
    if ps.metadata["page_furniture"].match(line):
        return True
    return not is_upper(line) and bool(ps.metadata["caption"].search(line))


def _front_matter(ps: PatternSet, text: str, layout: Layout) -> str:
    """A static site's post opens on its front matter (`---`, or `---json` with a JSON object, then `---`): its
    `title` is the page's headline, its `date` the page's date (read with the other dates), and none of its lines
    heads the text.  Returns the front matter ("" when there is none)."""
    found = ps.metadata["front_matter"].match(text)
    if not found:
        return ""
    front = text[: found.end()]
    title = ps.metadata["front_title"].search(front)
    for block in layout.blocks:
        if block.start >= found.end():
            break
        block.heading = block.heading_end = None
        if title and block.start <= title.start("v") < block.end:
            block.title = True
            layout.metadata.title = title.group("v").strip()
    return front


def _starts_item(text: str, group: list[tuple[int, int]], marker: Callable[[str], object]) -> bool:
    """Whether the group of lines opens with a list marker (`- `, `(1)`, `a)`)."""
    return marker(text[group[0][0] : group[0][1]]) is not None


def _stripped(text: str, block: Block) -> str:
    return text[block.start : block.end].replace("\n", " ").strip()


def _head_blocks(ps: PatternSet, text: str, blocks: list[Block]) -> list[int]:
    """The blocks where a title is looked for: the first ``title_search_lines`` lines of text, and the cells of a
    crawl's flattened tables among them (a letterhead, a legal-text site's facts box: a cell stands between
    `|` lines), which do not count, or a title below a long run of them would not be looked for."""
    pipe = [bool(_PIPE_ONLY.match(text, b.start, b.end)) for b in blocks]
    head: list[int] = []
    lines = 0
    for k in range(len(blocks)):
        if pipe[k]:
            continue
        head.append(k)
        lines += not ((k and pipe[k - 1]) or (k + 1 < len(blocks) and pipe[k + 1]))
        if lines >= ps.title_search_lines:
            break
    return head


def _read_metadata(ps: PatternSet, text: str, layout: Layout) -> None:
    meta = layout.metadata
    blocks = layout.blocks
    front = _front_matter(ps, text, layout)
    searched = _head_blocks(ps, text, blocks)
    head_end = blocks[searched[-1]].end if searched else 0
    head = text[:head_end]
    for k in searched:
        block = blocks[k]
        body = text[block.start : block.end].replace("\n", " ").strip()
        if block.marker is None and not block.footnote and ps.title_start.match(body) and is_upper(body):
            if len(body.split()) <= 3 and k + 1 < len(blocks) and not blocks[k + 1].marker:
                # `BÁO CÁO` / `KẾ HOẠCH` on a line of its own: the next line is the rest of the title
                subtitle = blocks[k + 1]
                body = f"{body} {text[subtitle.start : subtitle.end].replace(chr(10), ' ').strip()}"
                subtitle.title = True
                subtitle.heading = subtitle.heading_end = None
            meta.title = body
            block.title = True
            for above in blocks[: k + 1]:  # the letterhead above a title heads nothing
                above.heading = above.heading_end = None
            break
    if meta.title is None and blocks:
        # else the first line, past a web page's chrome and a date on a line of its own (a page's date above
        # its headline)
        k = searched[0] if searched else 0
        while k + 1 < min(len(blocks), _CHROME_LINES) and ps.metadata["chrome"].match(_stripped(text, blocks[k])):
            blocks[k].heading = blocks[k].heading_end = None  # a page's chrome heads nothing
            k += 1
        dated = len(blocks) > k + 1 and ps.metadata["bare_date"].match(_stripped(text, blocks[k]))
        first = blocks[k + 1] if dated else blocks[k]
        # an excerpt cut mid-text opens on a sentence of its body (`Theo đó, …`): no headline
        if first.marker is None and not ps.metadata["cut_opening"].match(_stripped(text, first)):
            meta.title = _stripped(text, first)
            first.title = True
            first.heading = first.heading_end = None
    if meta.title and ps.title_start.match(meta.title):
        result_year = ps.result_title_year.search(meta.title)
        meta.result_year = int(result_year.group("y")) if result_year else None
    if meta.title and ps.title_start.match(meta.title) and not ps.multi_year.search(meta.title):
        years = {int(m.group("y")) for m in ps.one_year.finditer(meta.title)}
        if len(years) == 1:
            meta.plan_year = years.pop()
    if meta.title and not ps.multi_year.search(meta.title):
        # a document type (`BÁO CÁO`, `KẾ HOẠCH`) or a headline opening on one (`Kết quả …`) sets the default kind
        for pattern, kind in ps.kind_titles:
            if pattern.search(meta.title):
                meta.default_kind = kind
                break
    flat = head.replace("\n", " ")
    # the document's own number: `Số: 434/KH-UBND` in the letterhead, or one written in its title;
    # numbers cited further down (`Nghị quyết số 55-NQ/TU`) are other documents'
    # the letterhead: up to just after a document-type title, else the first lines only
    titled = [k for k in searched if blocks[k].title and ps.title_start.match(meta.title or "")]
    # a letter has no document-type title: its letterhead is where its own number stands (`Số: 6278/BVHTTDL-VP`)
    numbered = (
        []
        if titled
        else [i for i, k in enumerate(searched) if ps.metadata["number"].search(_stripped(text, blocks[k]))]
    )
    if titled:
        head_blocks = titled[-1] + 3
    elif numbered:  # with the next lines of text: a letterhead's date may be wrapped over two, between `|` lines
        head_blocks = searched[min(numbered[0] + 3, len(searched) - 1)] + 1
    else:
        head_blocks = 3
    letterhead = text[: blocks[min(len(blocks), head_blocks) - 1].end if blocks else 0].replace("\n", " ")
    number = (
        ps.metadata["number"].search(letterhead)
        or (ps.metadata["number_free"].search(meta.title) if meta.title else None)
        or ps.metadata["facts_number"].search(flat)
    )
    if number:
        meta.number = regex.sub(r"\s+", "", number.group("v"))
    # a letterhead date on a short line of its own (`Lào Cai, ngày 28 tháng 12 năm 2021`),
    # else a news page's dateline, else a line that is only the page's date
    short_lines = [
        text[b.start : b.end].replace("\n", " ") for b in blocks[:head_blocks] if b.end - b.start <= _LETTERHEAD_LINE
    ]
    date = next(
        (
            d
            for line in short_lines
            if (d := ps.metadata["date"].search(line)) and d.end() >= len(line.rstrip(" .)*_")) - 1
        ),
        None,
    )
    date = date or ps.metadata["facts_date"].search(flat) or ps.metadata["dateline"].search(flat)
    date = date or (ps.metadata["front_date"].search(front) if front else None)
    date = date or next((d for line in short_lines if (d := ps.metadata["bare_date"].match(line.strip()))), None)
    if date:
        meta.year = int(date.group("y"))
        day = f"-{int(date.group('d')):02d}" if date.group("d") else ""  # an archive's stamp may give the month only
        meta.date = f"{meta.year:04d}-{int(date.group('m')):02d}{day}"
    for block in blocks[:8]:
        line = text[block.start : block.end].replace("\n", " ").strip()
        issuer = ps.metadata["issuer"].match(line)
        if issuer and is_upper(line):
            meta.issuer = issuer.group("v").strip()
            break
