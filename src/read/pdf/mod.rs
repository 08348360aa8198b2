//! PDF → lines: the characters of each page with their positions (decoded by `pdf-extract`
//! from the fonts' own maps), laid out again as lines the way a text export lays them out.
//!
//! Characters on one baseline make a line; a gap of a space starts a word, a wide gap a table
//! cell (a tab), and the line's distance from the text's left edge its indentation, which the
//! parser reads as the start of a paragraph. A vertical gap larger than the line spacing is a
//! blank line. Lines that stand in columns are rebuilt as table rows, a wrapped cell joined into
//! one ([`table`]). Running headers and footers (lines repeated at the same edge of most pages,
//! page numbers) are dropped ([`furniture`]). In a text that sets its paragraphs apart with space,
//! a full stop ending a full line inside one paragraph is written as the wrap it is
//! ([`paragraph`]). The parser then joins the hard wraps and page
//! breaks as it does for any PDF export. Places: «page P, line L», L counting the page's lines
//! of text without its header.

mod furniture;
mod layout;
mod paragraph;
mod table;

use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

use super::Lines;

/// One character as drawn: its position (points from the page's top-left), advance and size.
#[derive(Debug, Clone)]
pub struct Glyph {
    pub x: f64,
    pub y: f64,
    pub end: f64,
    pub size: f64,
    pub text: String,
    /// Which string of the content stream drew it: a column's text is drawn apart from its
    /// neighbour's even where the two touch.
    pub show: u32,
}

/// Collects the glyphs of every page.
#[derive(Default)]
struct Collector {
    pages: Vec<Vec<Glyph>>,
    height: f64,
    show: u32,
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        _: u32,
        media_box: &MediaBox,
        _: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.height = media_box.ury - media_box.lly;
        self.pages.push(Vec::new());
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        // The size the text is drawn at: the font size through the text matrix.
        let vx = font_size * (trm.m11 + trm.m21);
        let vy = font_size * (trm.m12 + trm.m22);
        let size = (vx * vy).abs().sqrt();
        let x = trm.m31;
        let y = self.height - trm.m32;
        if let Some(page) = self.pages.last_mut() {
            page.push(Glyph {
                x,
                y,
                end: x + width * size,
                size,
                text: text.to_string(),
                show: self.show,
            });
        }
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        self.show = self.show.wrapping_add(1);
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

/// Reads the PDF's bytes into lines.
pub fn read(bytes: &[u8]) -> Result<Lines, String> {
    let mut doc = pdf_extract::Document::load_mem(bytes).map_err(|e| {
        format!("not a readable PDF ({e}); open it in a PDF viewer and save it again")
    })?;
    if doc.is_encrypted() {
        // A file with only an owner password opens with the empty user password.
        doc.decrypt("").map_err(|_| {
            "password-protected PDF: open it with its password and save or print an unprotected copy"
                .to_string()
        })?;
    }
    let mut collector = Collector::default();
    // The extractor asserts on some malformed content; a damaged file must not end the run.
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        pdf_extract::output_doc(&doc, &mut collector)
    }));
    match run {
        Ok(Ok(())) => {}
        Ok(Err(e)) => return Err(format!("the PDF's pages cannot be read ({e})")),
        Err(_) => return Err("the PDF's pages cannot be read (damaged content)".to_string()),
    }
    let pages: Vec<Vec<layout::PageLine>> =
        collector.pages.iter().map(|g| layout::lines(g)).collect();
    if pages
        .iter()
        .all(|p| p.iter().all(|l| l.text.trim().is_empty()))
    {
        return Err(format!(
            "no text layer: the {} page(s) are images (a scan); run OCR first (for example `ocrmypdf in.pdf out.pdf`) or get the act's text version",
            pages.len()
        ));
    }
    let pages = furniture::drop_running(pages);
    Ok(layout::write(&pages))
}

#[cfg(test)]
mod tests;
