#!/usr/bin/env python3
"""Makes the formats users hand to reglament from each plain-text regulation of a directory.

For every `NAME.txt` it writes, into the output directory:
  NAME.docx       Word, every label typed in the text;
  NAME.auto.docx  Word, the list labels «1)», «а)» made by Word's automatic numbering;
  NAME.html       a saved page of a legal-acts portal: header, navigation, sidebar and footer
                  around the act;
  NAME.pdf        A4, wrapped and paginated, with a running header and page numbers.

Each physical line of the text is one paragraph (Word), one line of a paragraph (HTML, PDF);
tab-separated lines are table rows; «#» lines are headings and «**…**» bold, as the texts have
them. Usage: make_formats.py SOURCE_DIR OUTPUT_DIR FONT.ttf FONT_BOLD.ttf
"""

import copy
import html
import re
import sys
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HEADING = re.compile(r"^(#{1,6}) (.*)$")
# A list item's typed label: digits or one Cyrillic letter and «)», after an optional dash.
ITEM = re.compile(r"^(\s*)(- )?(\d{1,3}|[а-я])\) (.*)$")
# Word's russianLower sequence: the alphabet without ё, й, ъ, ы, ь.
RUSSIAN_LOWER = "абвгдежзиклмнопрстуфхцчшщэюя"


def blocks(lines):
    """Groups lines into ('line', text) and ('table', [rows of cells]) in order."""
    out = []
    for line in lines:
        if "\t" in line:
            cells = line.split("\t")
            if out and out[-1][0] == "table" and len(out[-1][1][0]) == len(cells):
                out[-1][1].append(cells)
            else:
                out.append(("table", [cells]))
        else:
            out.append(("line", line))
    return out


def runs(text):
    """Splits «**bold**» markup into (text, bold) runs; an unclosed «**» bolds the rest."""
    parts = text.split("**")
    return [(p, i % 2 == 1) for i, p in enumerate(parts) if p]


def read_lines(path):
    text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


# --- Word -----------------------------------------------------------------------------------


def add_runs(paragraph, text):
    for part, bold in runs(text):
        run = paragraph.add_run(part)
        run.bold = bold or None


class Numbering:
    """Numbering definitions added to a document: one abstract list per label shape, one
    numbering instance per run of consecutive items (started at the run's first value)."""

    def __init__(self, document):
        self.part = document.part.numbering_part.element
        self.abstract = {}
        self.next_abstract = 100
        self.next_num = 100

    def abstract_for(self, dash, letter):
        key = (dash, letter)
        if key not in self.abstract:
            aid = self.next_abstract
            self.next_abstract += 1
            fmt = "russianLower" if letter else "decimal"
            text = ("- " if dash else "") + "%1)"
            el = parse_xml(
                f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
                '<w:multiLevelType w:val="singleLevel"/>'
                f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                f'<w:suff w:val="space"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                "</w:lvl></w:abstractNum>"
            )
            # abstractNum elements precede every num element.
            nums = self.part.findall(qn("w:num"))
            if nums:
                nums[0].addprevious(el)
            else:
                self.part.append(el)
            self.abstract[key] = aid
        return self.abstract[key]

    def new_list(self, dash, letter, start):
        nid = self.next_num
        self.next_num += 1
        aid = self.abstract_for(dash, letter)
        self.part.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>'
                '<w:lvlOverride w:ilvl="0">'
                f'<w:startOverride w:val="{start}"/></w:lvlOverride></w:num>'
            )
        )
        return nid


def item_value(label):
    if label.isdigit():
        return int(label), False
    return RUSSIAN_LOWER.index(label) + 1 if label in RUSSIAN_LOWER else None, True


def set_numbering(paragraph, num_id):
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
    )


def write_docx(lines, path, automatic):
    document = docx.Document()
    numbering = Numbering(document) if automatic else None
    # The list a numbered item continues: (dash, letter, value of the last item, numId).
    current = None
    for kind, value in blocks(lines):
        if kind == "table":
            width = len(value[0])
            table = document.add_table(rows=0, cols=width)
            for cells in value:
                row = table.add_row()
                for cell, text in zip(row.cells, cells):
                    cell.paragraphs[0].text = ""
                    add_runs(cell.paragraphs[0], text)
            current = None
            continue
        line = value
        heading = HEADING.match(line)
        if heading:
            p = document.add_heading(level=len(heading.group(1)))
            add_runs(p, heading.group(2))
            current = None
            continue
        item = ITEM.match(line) if numbering else None
        if item and "**" not in line:
            number, letter = item_value(item.group(3))
            if number is not None:
                dash = item.group(2) is not None
                if (
                    current is not None
                    and current[:2] == (dash, letter)
                    and current[2] + 1 == number
                ):
                    num_id = current[3]
                else:
                    num_id = numbering.new_list(dash, letter, number)
                current = (dash, letter, number, num_id)
                p = document.add_paragraph()
                set_numbering(p, num_id)
                add_runs(p, item.group(4))
                continue
        p = document.add_paragraph()
        add_runs(p, line)
    document.save(path)


# --- HTML -----------------------------------------------------------------------------------

PAGE_HEAD = """<!DOCTYPE html>
<html lang="ru">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title} - ИПС «Әділет»</title>
<link rel="stylesheet" href="style.css">
</head>
<body>
<header class="site-header">
  <div class="logo"><a href="/rus">Информационно-правовая система нормативных правовых актов Республики Казахстан</a></div>
  <form class="search" action="/rus/search"><input name="q" placeholder="Поиск по документам"><button>Найти</button></form>
</header>
<nav class="menu">
  <ul>
    <li><a href="/rus/index/docs">Документы</a></li>
    <li><a href="/rus/index/news">Новости законодательства</a></li>
    <li><a href="/rus/index/codes">Кодексы</a></li>
    <li><a href="/rus/index/laws">Законы Республики Казахстан</a></li>
    <li><a href="/rus/index/help">Помощь</a></li>
  </ul>
</nav>
<div class="layout">
<aside class="sidebar">
  <h3>Связанные документы</h3>
  <ul>
    <li><a href="/rus/docs/V1500002735">Об утверждении регламентов государственных услуг</a></li>
    <li><a href="/rus/docs/Z1300000088">О государственных услугах</a></li>
    <li><a href="/rus/docs/Z010000148_">О местном государственном управлении и самоуправлении в Республике Казахстан</a></li>
  </ul>
  <p>Текст документа по состоянию на дату публикации.</p>
</aside>
<main>
<article class="document">
<div class="tabs"><a href="#text">Текст</a> | <a href="#info">Информация</a> | <a href="#history">История изменений</a></div>
<div class="text" id="text">
"""

PAGE_TAIL = """</div>
</article>
</main>
</div>
<footer class="site-footer">
  <p>© 2024 РГП на ПХВ «Институт законодательства и правовой информации Республики Казахстан» Министерства юстиции Республики Казахстан</p>
  <p><a href="/rus/about">О системе</a> · <a href="/rus/contacts">Контакты</a> · <a href="/rus/rss">RSS</a></p>
</footer>
</body>
</html>
"""


def html_runs(text):
    out = []
    for part, bold in runs(text):
        # Indentation survives as non-breaking spaces, as the portal writes it.
        lead = len(part) - len(part.lstrip(" "))
        body = html.escape(part[lead:], quote=False).replace("\u00a0", "&nbsp;")
        # Runs of spaces (the holes a PDF export leaves) would collapse in HTML.
        body = re.sub(r" {2,}", lambda m: " " + "&nbsp;" * (len(m.group(0)) - 1), body)
        body = "&nbsp;" * lead + body
        out.append(f"<strong>{body}</strong>" if bold else body)
    return "".join(out)


def write_html(lines, path, charset):
    title = next((l.strip("#* ") for l in lines if l.strip()), path.stem)
    out = [PAGE_HEAD.format(charset=charset, title=html.escape(title[:120]))]
    paragraph = []

    def flush():
        if paragraph:
            out.append("<p>" + "<br>\n".join(html_runs(l) for l in paragraph) + "</p>\n")
            paragraph.clear()

    for kind, value in blocks(lines):
        if kind == "table":
            flush()
            out.append('<table border="1">\n')
            for cells in value:
                out.append(
                    "<tr>" + "".join(f"<td>{html_runs(c)}</td>" for c in cells) + "</tr>\n"
                )
            out.append("</table>\n")
            continue
        heading = HEADING.match(value)
        if heading:
            flush()
            level = len(heading.group(1))
            out.append(f"<h{level}>{html_runs(heading.group(2))}</h{level}>\n")
        elif value.strip() == "":
            flush()
        else:
            paragraph.append(value)
    flush()
    out.append(PAGE_TAIL)
    path.write_bytes("".join(out).encode(charset, errors="xmlcharrefreplace"))


# --- PDF ------------------------------------------------------------------------------------

FONT_SIZE = 10
LEADING = 13
MARGIN_X = 56
MARGIN_TOP = 62
MARGIN_BOTTOM = 60


def wrap(text, width, font):
    """Greedy word wrap of `text` to `width` points."""
    words = text.split(" ")
    lines, line = [], ""
    for w in words:
        candidate = w if not line else line + " " + w
        if line and pdfmetrics.stringWidth(candidate, font, FONT_SIZE) > width:
            # A line ending in a hyphen would read as a word hyphenated across lines, one
            # ending in an opening bracket or quote as a broken typesetting: that word goes
            # down with the next one.
            head, _, last = line.rpartition(" ")
            if last.endswith(("-", "(", "«", "\"")) and head:
                lines.append(head)
                line = last + " " + w
            else:
                lines.append(line)
                line = w
        else:
            line = candidate
    lines.append(line)
    return lines


def write_pdf(lines, path, header):
    page_w, page_h = A4
    width = page_w - 2 * MARGIN_X
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(header)
    state = {"y": page_h - MARGIN_TOP, "page": 1}

    def page_furniture():
        c.setFont("Body", 8)
        c.drawCentredString(page_w / 2, page_h - 36, header)
        c.drawCentredString(page_w / 2, 30, str(state["page"]))

    def new_page():
        c.showPage()
        state["page"] += 1
        state["y"] = page_h - MARGIN_TOP
        page_furniture()

    def draw(x, text, bold=False):
        if state["y"] < MARGIN_BOTTOM:
            # A blank line that fell at the foot of a page opens the next one.
            gap = state["y"] < MARGIN_BOTTOM - LEADING
            new_page()
            if gap:
                state["y"] -= LEADING
        c.setFont("Bold" if bold else "Body", FONT_SIZE)
        c.drawString(x, state["y"], text)
        state["y"] -= LEADING

    page_furniture()
    for kind, value in blocks(lines):
        if kind == "table":
            for cells in value:
                col = width / len(cells)
                wrapped = [wrap(t.replace("**", "").strip(), col - 12, "Body") for t in cells]
                height = max(len(w) for w in wrapped)
                if state["y"] - LEADING * (height - 1) < MARGIN_BOTTOM:
                    new_page()
                for i in range(height):
                    c.setFont("Body", FONT_SIZE)
                    for j, w in enumerate(wrapped):
                        if i < len(w) and w[i]:
                            c.drawString(MARGIN_X + j * col, state["y"], w[i])
                    state["y"] -= LEADING
            continue
        heading = HEADING.match(value)
        text = heading.group(2) if heading else value
        if text.strip() == "":
            state["y"] -= LEADING
            continue
        bold = heading is not None or (text.startswith("**") and text.rstrip().endswith("**"))
        plain = text.replace("**", "")
        lead = len(plain) - len(plain.lstrip(" "))
        indent = pdfmetrics.stringWidth(" " * lead, "Body", FONT_SIZE)
        parts = wrap(plain.lstrip(" "), width - indent, "Bold" if bold else "Body")
        for i, part in enumerate(parts):
            draw(MARGIN_X + (indent if i == 0 else 0), part, bold)
    c.showPage()
    c.save()


def main():
    source, target, font, bold = (Path(a) for a in sys.argv[1:5])
    pdfmetrics.registerFont(TTFont("Body", str(font)))
    pdfmetrics.registerFont(TTFont("Bold", str(bold)))
    target.mkdir(parents=True, exist_ok=True)
    for txt in sorted(source.glob("*.txt")):
        lines = read_lines(txt)
        stem = txt.stem
        write_docx(lines, target / f"{stem}.docx", automatic=False)
        write_docx(lines, target / f"{stem}.auto.docx", automatic=True)
        kazakh = any(ch in "әғқңөұүһі" for ch in "".join(lines))
        # A Russian page saved in the portal's old single-byte charset, a Kazakh one in UTF-8.
        write_html(lines, target / f"{stem}.html", "utf-8" if kazakh else "windows-1251")
        write_pdf(lines, target / f"{stem}.pdf", f"Регламенты государственных услуг · {stem}")
        print(f"make_formats: {stem}: docx, auto.docx, html, pdf", file=sys.stderr)


if __name__ == "__main__":
    main()
