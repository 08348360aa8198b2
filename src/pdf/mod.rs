//! The printed справочник of an act: every diagram, with its notes, footer and legend, on a
//! page of its own, in the order the act prints its regulations and channels.
//!
//! Each page is the diagram's SVG converted by `svg2pdf`: text stays text (searchable,
//! selectable), set in the bundled DejaVu fonts, which are embedded as subsets, so the file
//! prints the same everywhere. A page is as large as its drawing (1 px = 0.75 pt, the CSS
//! ratio), so nothing is scaled down below reading size; print dialogs fit it to the paper.
//! The file carries no date or producer version, and its objects are put in a canonical order
//! (`canonical`), so a build writes the same bytes each time.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

mod canonical;

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, TextStr};
use rayon::prelude::*;
use svg2pdf::usvg;

/// The most diagrams a printed справочник holds: an act with more (a compilation of hundreds
/// of regulations) is no book to print, and converting it would cost more than the rest of its
/// build; its diagrams are still written as SVG and BPMN.
pub const MAX_PAGES: usize = 1000;

/// Points per CSS pixel.
const PT_PER_PX: f32 = 0.75;

/// The bundled fonts in the font database of svg2pdf's usvg; never the system's.
fn options() -> usvg::Options<'static> {
    static DB: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    let db = DB.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        db.load_font_data(crate::svg::FONT_REGULAR.to_vec());
        db.load_font_data(crate::svg::FONT_BOLD.to_vec());
        db.set_sans_serif_family("DejaVu Sans");
        db.set_serif_family("DejaVu Sans");
        db.set_monospace_family("DejaVu Sans");
        Arc::new(db)
    });
    usvg::Options {
        font_family: "DejaVu Sans".to_owned(),
        fontdb: db.clone(),
        ..usvg::Options::default()
    }
}

/// One converted page: its objects, the drawing's object among them, its size in points.
struct Page {
    chunk: pdf_writer::Chunk,
    drawing: Ref,
    size: (f32, f32),
}

fn page(svg: &str) -> Result<Page, String> {
    let tree = usvg::Tree::from_str(svg, &options()).map_err(|e| format!("usvg: {e}"))?;
    let (chunk, drawing) = svg2pdf::to_chunk(&tree, svg2pdf::ConversionOptions::default())
        .map_err(|e| e.to_string())?;
    let size = tree.size();
    Ok(Page {
        chunk,
        drawing,
        size: (size.width() * PT_PER_PX, size.height() * PT_PER_PX),
    })
}

/// The PDF of `svgs`, one page each, titled `title`; pages are converted in parallel. An error
/// names the page (1-based) that could not be converted.
pub fn book<S: AsRef<str> + Sync>(title: &str, svgs: &[S]) -> Result<Vec<u8>, String> {
    let pages: Vec<Page> = svgs
        .par_iter()
        .enumerate()
        .map(|(i, svg)| page(svg.as_ref()).map_err(|e| format!("page {}: {e}", i + 1)))
        .collect::<Result<_, _>>()?;
    let mut alloc = Ref::new(1);
    let catalog = alloc.bump();
    let tree = alloc.bump();
    let info = alloc.bump();
    let mut pdf = Pdf::new();
    let mut kids = Vec::with_capacity(pages.len());
    for p in &pages {
        let mut map = HashMap::new();
        let chunk = p
            .chunk
            .renumber(|old| *map.entry(old).or_insert_with(|| alloc.bump()));
        let drawing = map[&p.drawing];
        let (id, content) = (alloc.bump(), alloc.bump());
        let (w, h) = p.size;
        let mut page = pdf.page(id);
        page.media_box(Rect::new(0.0, 0.0, w, h));
        page.parent(tree);
        page.contents(content);
        page.resources().x_objects().pair(Name(b"D"), drawing);
        page.finish();
        // The drawing is a unit square: scaled to the page.
        let mut c = Content::new();
        c.transform([w, 0.0, 0.0, h, 0.0, 0.0]).x_object(Name(b"D"));
        pdf.stream(content, &c.finish());
        pdf.extend(&chunk);
        kids.push(id);
    }
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree)
        .kids(kids.iter().copied())
        .count(kids.len() as i32);
    pdf.document_info(info)
        .title(TextStr(title))
        .creator(TextStr("reglament"));
    let bytes = pdf.finish();
    canonical::canonical(&bytes).ok_or_else(|| "the converted pages could not be ordered".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::samples::placed;

    #[test]
    fn one_page_per_diagram_with_the_fonts_embedded() {
        let svgs: Vec<String> = placed()
            .iter()
            .map(|d| crate::svg::render(d, &Default::default()))
            .collect();
        let bytes = book("Справочник «тест»", &svgs).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        let text = String::from_utf8_lossy(&bytes);
        let pages = text.matches("/Type /Page").count() - text.matches("/Type /Pages").count();
        assert_eq!(pages, svgs.len());
        assert!(text.contains("/FontFile2"), "fonts embedded");
        assert!(text.contains("DejaVuSans"), "the bundled font");
        // svg2pdf orders fonts by hash map: each conversion draws a new order.
        for _ in 0..8 {
            assert_eq!(
                book("Справочник «тест»", &svgs).unwrap(),
                bytes,
                "deterministic"
            );
        }
    }

    #[test]
    fn a_broken_drawing_names_its_page() {
        let good = crate::svg::render(&placed()[0], &Default::default());
        let e = book("x", &[good, "<svg".to_string()]).unwrap_err();
        assert!(e.starts_with("page 2:"), "{e}");
    }
}
