use std::io::Write;

use super::*;

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

/// A `.docx` holding `body` (the children of `w:body`) and the given other parts.
fn docx(body: &str, parts: &[(&str, String)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let document = format!("<w:document {W}><w:body>{body}</w:body></w:document>");
    for (name, text) in [("word/document.xml", document)]
        .into_iter()
        .chain(parts.iter().map(|(n, t)| (*n, t.clone())))
    {
        zip.start_file(name, opts).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn p(text: &str) -> String {
    format!("<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>")
}

fn text_and_places(bytes: &[u8]) -> (String, Vec<String>) {
    let x = read(bytes)
        .unwrap()
        .finish(crate::read::Format::Docx, "utf-8");
    let places = x.source.places.iter().map(|p| p.to_string()).collect();
    (x.text, places)
}

#[test]
fn paragraphs_in_order_with_their_numbers() {
    let body = [
        p("Регламент государственной услуги"),
        "<w:p/>".to_string(),
        p("1. Общие положения"),
        "<w:p><w:r><w:t>Бірінші жол</w:t><w:br/><w:t>екінші жол</w:t></w:r></w:p>".to_string(),
    ]
    .concat();
    let (text, places) = text_and_places(&docx(&body, &[]));
    assert_eq!(
        text,
        "Регламент государственной услуги\n\n1. Общие положения\nБірінші жол\nекінші жол"
    );
    assert_eq!(
        places,
        [
            "paragraph 1",
            "paragraph 1",
            "paragraph 2",
            "paragraph 3",
            "paragraph 3"
        ]
    );
}

#[test]
fn tables_are_rows_of_cells() {
    let cell = |t: &str| format!("<w:tc>{}</w:tc>", p(t));
    let body = format!(
        "{}<w:tbl><w:tr>{}{}</w:tr><w:tr>{}{}<w:tc><w:p/></w:tc></w:tr></w:tbl>{}",
        p("Таблица 1"),
        cell("1."),
        cell("Әрекет №"),
        cell("2."),
        cell("ҚФБ атауы"),
        p("После таблицы")
    );
    let (text, places) = text_and_places(&docx(&body, &[]));
    assert_eq!(
        text,
        "Таблица 1\n1.\tӘрекет №\n2.\tҚФБ атауы\t\nПосле таблицы"
    );
    assert_eq!(
        places,
        [
            "paragraph 1",
            "table 1, row 1",
            "table 1, row 2",
            "paragraph 2"
        ]
    );
}

#[test]
fn headings_and_bold_become_markup() {
    let styles = format!(
        r#"<w:styles {W}>
        <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Zag"><w:name w:val="Заголовок раздела"/><w:basedOn w:val="Heading2"/></w:style>
        </w:styles>"#
    );
    let body = [
        "<w:p><w:pPr><w:pStyle w:val=\"Zag\"/></w:pPr><w:r><w:t>2. Описание порядка действий</w:t></w:r></w:p>",
        "<w:p><w:r><w:t xml:space=\"preserve\">акимат области </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>ПОСТАНОВЛЯЕТ:</w:t></w:r></w:p>",
        "<w:p><w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t>қаулы етеді</w:t></w:r></w:p>",
    ]
    .concat();
    let (text, _) = text_and_places(&docx(&body, &[("word/styles.xml", styles)]));
    assert_eq!(
        text,
        "## 2. Описание порядка действий\nакимат области **ПОСТАНОВЛЯЕТ:**\nқаулы етеді"
    );
}

#[test]
fn automatic_numbering_writes_the_labels() {
    let numbering = format!(
        r#"<w:numbering {W}>
        <w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="space"/><w:lvlText w:val="%1)"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="russianLower"/><w:suff w:val="space"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>
        <w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>
        </w:numbering>"#
    );
    let item = |lvl: u32, t: &str| {
        format!(
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{lvl}\"/><w:numId w:val=\"5\"/></w:numPr></w:pPr><w:r><w:t>{t}</w:t></w:r></w:p>"
        )
    };
    let body = [
        p("Перечень документов:"),
        item(0, "заявление;"),
        item(0, "документ, удостоверяющий личность:"),
        item(1, "паспорт;"),
        item(1, "жеке куәлік;"),
        item(0, "сведения о доходах."),
    ]
    .concat();
    let (text, places) = text_and_places(&docx(&body, &[("word/numbering.xml", numbering)]));
    assert_eq!(
        text,
        "Перечень документов:\n1) заявление;\n2) документ, удостоверяющий личность:\nа) паспорт;\nб) жеке куәлік;\n3) сведения о доходах."
    );
    assert_eq!(places[5], "paragraph 6");
}

#[test]
fn deleted_text_and_field_codes_are_left_out() {
    let body = "<w:p><w:r><w:t xml:space=\"preserve\">в течение </w:t></w:r><w:del><w:r><w:delText>2 (двух)</w:delText></w:r></w:del>\
        <w:r><w:instrText>HYPERLINK \"x\"</w:instrText></w:r><w:r><w:t>1 (одного) рабочего дня</w:t></w:r></w:p>";
    let (text, _) = text_and_places(&docx(body, &[]));
    assert_eq!(text, "в течение 1 (одного) рабочего дня");
}

#[test]
fn damaged_files_are_refused_with_advice() {
    let e = read(b"PK\x03\x04 not really a zip").unwrap_err();
    assert!(e.starts_with("not a readable Word file"), "{e}");
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file("readme.txt", zip::write::SimpleFileOptions::default())
        .unwrap();
    zip.write_all(b"x").unwrap();
    let bytes = zip.finish().unwrap().into_inner();
    assert!(
        read(&bytes)
            .unwrap_err()
            .contains("without word/document.xml")
    );
    let broken = docx("<w:p><w:r><w:t>Регламент</w:t></w:r></w:body>", &[]);
    assert!(read(&broken).unwrap_err().contains("damaged"));
}
