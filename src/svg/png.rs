//! Rasterising with resvg, using only the bundled DejaVu fonts so every machine draws the same pixels.

use std::sync::{Arc, OnceLock};

/// The fonts the widths were measured with, included once for the whole program.
pub use crate::layout::metrics::{BOLD_TTF as FONT_BOLD, REGULAR_TTF as FONT_REGULAR};

/// The bundled fonts, loaded once; never the system's.
fn fontdb() -> Arc<usvg::fontdb::Database> {
    static DB: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        db.load_font_data(FONT_REGULAR.to_vec());
        db.load_font_data(FONT_BOLD.to_vec());
        // Generic families in the stack resolve to DejaVu too.
        db.set_sans_serif_family("DejaVu Sans");
        db.set_serif_family("DejaVu Sans");
        db.set_monospace_family("DejaVu Sans");
        Arc::new(db)
    })
    .clone()
}

/// usvg options with the bundled fonts and DejaVu Sans as the default family.
pub fn usvg_options() -> usvg::Options<'static> {
    usvg::Options {
        font_family: "DejaVu Sans".to_owned(),
        fontdb: fontdb(),
        ..usvg::Options::default()
    }
}

/// Parses an SVG with [`usvg_options`]; text is laid out with the bundled fonts.
pub fn parse_tree(svg: &str) -> Result<usvg::Tree, String> {
    usvg::Tree::from_str(svg, &usvg_options()).map_err(|e| format!("usvg: {e}"))
}

/// Rasterises an SVG (as produced by [`super::render`]) to PNG at `scale` × its size, on white.
pub fn render_png(svg: &str, scale: f32) -> Result<Vec<u8>, String> {
    if !(scale.is_finite() && scale > 0.0) {
        return Err(format!("scale must be positive, got {scale}"));
    }
    let tree = parse_tree(svg)?;
    let size = tree.size();
    let (w, h) = (
        (size.width() * scale).ceil() as u32,
        (size.height() * scale).ceil() as u32,
    );
    let mut pixmap =
        tiny_skia::Pixmap::new(w, h).ok_or_else(|| format!("cannot allocate a {w}×{h} image"))?;
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| format!("png: {e}"))
}
