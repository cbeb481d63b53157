#!/usr/bin/env python3
"""Generates src/main/resources/referentials/diag360-1.3.5.yaml from the official Diag360 workbook
and the method's documentation pages (standard library only: the xlsx is read with zipfile + xml).

Usage: python3 tools/generate_diag360_referential.py WORKBOOK.xlsx DOCS_DIR OUTPUT.yaml
"""
import difflib
import json
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
SHEET = "Bornage définitif"
CATEGORIES = {"Vitaux": "VITAL", "Essentiels": "ESSENTIEL", "Induits": "INDUIT"}
OBJECTIVES = {"transverse": "TRANSVERSE", "transvserse": "TRANSVERSE", "subsistance": "SUBSISTANCE",
              "gestion de crise": "GESTION_DE_CRISE", "soutenabilité": "SOUTENABILITE"}


def read_sheet(path, name):
    z = zipfile.ZipFile(path)
    strings = []
    root = ET.fromstring(z.read("xl/sharedStrings.xml"))
    for si in root.findall("m:si", NS):
        strings.append("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))}
    target = next(rels[s.get(REL)] for s in wb.find("m:sheets", NS) if s.get("name") == name)
    target = target.lstrip("/")
    target = target if target.startswith("xl/") else "xl/" + target
    cells, shared = {}, {}
    for c in ET.fromstring(z.read(target)).iter("{%s}c" % NS["m"]):
        v, f = c.find("m:v", NS), c.find("m:f", NS)
        value = None
        if v is not None:
            value = strings[int(v.text)] if c.get("t") == "s" else v.text
        elif c.get("t") == "inlineStr":
            value = "".join(x.text or "" for x in c.iter("{%s}t" % NS["m"]))
        formula = None
        if f is not None:
            formula = f.text
            if f.get("t") == "shared":
                if f.text:
                    shared[f.get("si")] = f.text
                formula = shared.get(f.get("si"), f.text)
        cells[c.get("r")] = (value, formula)
    return cells


def norm(text):
    text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def number(text):
    if text is None or text == "":
        return None
    value = float(text)
    return int(value) if value.is_integer() and abs(value) < 1e15 else value


def parse_page(path):
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"^.*?---\s*\n", "", text, count=1, flags=re.S) if not text.startswith("---") else text
    lines = text.splitlines()
    title = next((re.sub(r"^#\s*", "", l).strip() for l in lines if re.match(r"^#(?!#)", l)), "")
    table = [l for l in lines if l.startswith("|") and not l.startswith("|--")]
    objective = kind = None
    if len(table) >= 2:
        cols = [c.strip() for c in table[1].strip("|").split("|")]
        objective = OBJECTIVES.get(cols[0].lower())
        if len(cols) > 1:
            kind = "ETAT" if "tat" in cols[1] else "ACTION"
    sections, current, body_started = {"description": []}, "description", False
    for line in lines:
        if line.startswith("|") or line.startswith("[Retour") or re.match(r"^#(?!#)", line):
            body_started = body_started or line.startswith("|")
            continue
        heading = re.match(r"^##\s*(.*)", line)
        if heading:
            h = norm(heading.group(1))
            current = ("justification" if h.startswith("justification") else "bornage" if h.startswith("bornage")
                       else "access" if h.startswith("acceder") else "description")
            sections.setdefault(current, [])
            continue
        if body_started and line.strip() not in ("---",) and not line.startswith("*[Cliquer"):
            sections[current].append(line.rstrip())
    clean = {k: re.sub(r"\n{3,}", "\n\n", "\n".join(v)).strip() for k, v in sections.items()}
    return title, objective, kind, clean


def need_page(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    body, started = [], False
    for line in lines:
        if line.startswith("## Indicateurs"):
            break
        if line.startswith("|"):
            started = True
            continue
        if started:
            body.append(line.rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(body)).strip()


def q(value):
    if value is None:
        return "null"
    if isinstance(value, (int, float)):
        return repr(value)
    out = json.dumps(value, ensure_ascii=False)
    return re.sub(r"[\u0085\u2028\u2029\ufeff]", lambda m: "\\u%04x" % ord(m.group()), out)


def scale(unit, anchors):
    if "%" not in (unit or ""):
        return "RAW"
    return "FRACTION" if all(abs(a) <= 1 for a in anchors if a is not None) else "PERCENT"


def main(workbook, docs, output):
    cells = read_sheet(workbook, SHEET)
    needs_sheet = read_sheet(workbook, "Besoins_Infos")
    need_ids = {}
    r = 2
    while needs_sheet.get(f"A{r}", (None,))[0]:
        need_ids[needs_sheet[f"B{r}"][0]] = needs_sheet[f"A{r}"][0]
        r += 1
    pages = {p.stem: parse_page(p) for p in sorted(Path(docs, "indicateurs").glob("*.md"))}
    out = ["# Diag360 v1.3.5 — référentiel du Diagnostic 360° de résilience territoriale.",
           "# Attribution : Diag360 — Konsilion, CC BY-NC-SA 3.0 FR",
           "# Licence de ce fichier : Creative Commons Attribution - Pas d'Utilisation Commerciale - Partage dans",
           "# les Mêmes Conditions 3.0 France (https://creativecommons.org/licenses/by-nc-sa/3.0/fr/).",
           "# Généré par tools/generate_diag360_referential.py depuis diag360-v1.3.5.xlsx (feuille « Bornage définitif »)",
           "# et les pages de documentation de la méthode ; ne pas modifier à la main.",
           "id: diag360-1.3.5",
           "name: " + q("Diag360 — Diagnostic 360° de résilience territoriale"),
           "version: " + q("1.3.5"),
           "attribution: " + q("Diag360 — Konsilion, CC BY-NC-SA 3.0 FR"),
           "licence: " + q("CC BY-NC-SA 3.0 FR"),
           "source: " + q("diag360-v1.3.5.xlsx, feuille « Bornage définitif »"),
           "needs:"]
    rows, seen_needs = [], []
    r = 3
    while cells.get(f"A{r}", (None,))[0]:
        get = lambda col, r=r: cells.get(f"{col}{r}", (None, None))[0]
        need_name = get("C")
        if need_name not in seen_needs:
            seen_needs.append(need_name)
        rows.append((r, get, need_name, cells.get(f"J{r}", (None, None))[1] or ""))
        r += 1
    for name in seen_needs:
        nid = need_ids[name]
        category = next(CATEGORIES[get("B")] for (_, get, n, _) in rows if n == name)
        out += [f"  - id: {nid}", f"    name: {q(name)}", f"    category: {category}",
                f"    description: {q(need_page(Path(docs, 'besoins', nid + '.md')))}"]
    out.append("rows:")
    report = []
    for (row, get, need_name, formula) in rows:
        nid = need_ids[need_name]
        rid, designation = get("A"), get("D")
        candidates = {k: v for k, v in pages.items() if k.startswith(nid + "_")}
        ratio = lambda k: difflib.SequenceMatcher(None, norm(designation), norm(candidates[k][0])).ratio()
        page_id = rid if rid in candidates and ratio(rid) >= 0.6 else max(candidates, key=ratio)
        title, objective, kind, sections = candidates[page_id]
        report.append(f"{row}\t{rid}\t{page_id}\t{ratio(page_id):.2f}\t{designation[:50]}\t{title[:50]}")
        ordinal = "SWITCH" in formula
        out += [f"  - row: {row}", f"    id: {rid}", f"    need: {nid}", f"    designation: {q(designation)}",
                f"    objective: {objective}", f"    kind: {kind}", f"    unit: {q(get('G'))}",
                f"    primarySource: {q(get('E'))}", f"    secondarySource: {q(get('F'))}"]
        if ordinal:
            out += ["    valueType: ORDINAL", "    scale: NONE",
                    f"    labels: [{q(get('M'))}, {q(get('N'))}, {q(get('O'))}]"]
        else:
            anchors = [number(get(c)) for c in "MNO"]
            out += ["    valueType: NUMERIC", f"    scale: {scale(get('G'), anchors)}",
                    f"    anchors: {{zero: {q(anchors[0])}, half: {q(anchors[1])}, one: {q(anchors[2])}}}"]
        bornage = (get("P") or "").upper() or None
        out += [f"    bornage: {bornage if bornage else 'null'}", "    curveK: 0", f"    documentationPage: {page_id}"]
        for key in ("description", "justification", "bornage", "access"):
            out.append(f"    {'thresholdsText' if key == 'bornage' else key}: {q(sections.get(key) or None)}")
    Path(output).write_text("\n".join(out) + "\n", encoding="utf-8")
    sys.stderr.write("\n".join(report) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])
