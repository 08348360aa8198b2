use super::*;
use pdf_extract::{Dictionary, Document, Object, Stream};

/// A PDF whose pages draw the given content streams in Helvetica.
fn pdf(contents: &[&str]) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(Dictionary::from_iter([
        ("Type", Object::Name(b"Font".to_vec())),
        ("Subtype", Object::Name(b"Type1".to_vec())),
        ("BaseFont", Object::Name(b"Helvetica".to_vec())),
        ("Encoding", Object::Name(b"WinAnsiEncoding".to_vec())),
    ]));
    let resources = doc.add_object(Dictionary::from_iter([(
        "Font",
        Object::Dictionary(Dictionary::from_iter([("F1", Object::Reference(font))])),
    )]));
    let mut kids = Vec::new();
    for c in contents {
        let content = doc.add_object(Stream::new(Dictionary::new(), c.as_bytes().to_vec()));
        let page = doc.add_object(Dictionary::from_iter([
            ("Type", Object::Name(b"Page".to_vec())),
            ("Parent", Object::Reference(pages_id)),
            ("Contents", Object::Reference(content)),
            ("Resources", Object::Reference(resources)),
            (
                "MediaBox",
                Object::Array(vec![0.into(), 0.into(), 595.into(), 842.into()]),
            ),
        ]));
        kids.push(Object::Reference(page));
    }
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(Dictionary::from_iter([
            ("Type", Object::Name(b"Pages".to_vec())),
            ("Kids", Object::Array(kids)),
            ("Count", Object::Integer(count)),
        ])),
    );
    let catalog = doc.add_object(Dictionary::from_iter([
        ("Type", Object::Name(b"Catalog".to_vec())),
        ("Pages", Object::Reference(pages_id)),
    ]));
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

fn page(header: &str, lines: &[(f64, &str)], number: u32) -> String {
    let mut s = format!("BT /F1 8 Tf 1 0 0 1 250 806 Tm ({header}) Tj ET\n");
    let mut y = 780.0;
    for (x, t) in lines {
        s.push_str(&format!("BT /F1 10 Tf 1 0 0 1 {x} {y} Tm ({t}) Tj ET\n"));
        y -= 13.0;
    }
    s.push_str(&format!("BT /F1 8 Tf 1 0 0 1 295 30 Tm ({number}) Tj ET\n"));
    s
}

#[test]
fn pages_become_lines_without_their_header_and_numbers() {
    let bytes = pdf(&[
        &page(
            "Reglament header",
            &[(70.0, "Item one of the list"), (56.0, "continues here;")],
            1,
        ),
        &page("Reglament header", &[(56.0, "2. second item.")], 2),
    ]);
    let x = read(&bytes)
        .unwrap()
        .finish(crate::read::Format::Pdf, "pdf");
    assert_eq!(
        x.text,
        "     Item one of the list\ncontinues here;\n2. second item."
    );
    assert_eq!(x.source.cite(2), "page 1, line 2");
    assert_eq!(x.source.cite(3), "page 2, line 1");
}

#[test]
fn a_scan_without_text_is_refused_with_advice() {
    let bytes = pdf(&["q 100 0 0 100 50 700 cm 0 0 1 rg 0 0 1 1 re f Q", ""]);
    let e = read(&bytes).unwrap_err();
    assert!(e.starts_with("no text layer"), "{e}");
    assert!(e.contains("run OCR first"), "{e}");
}

#[test]
fn a_damaged_pdf_is_refused() {
    let e = read(b"%PDF-1.4\n1 0 obj << /Type /Catalog").unwrap_err();
    assert!(e.starts_with("not a readable PDF"), "{e}");
}
