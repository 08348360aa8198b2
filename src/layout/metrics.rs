//! Text measurement with the bundled DejaVu Sans fonts, so wrapped labels fit the boxes the SVG draws.
//!
//! The fonts are compiled in (they cover every Kazakh letter), so measurement never depends on
//! the machine. Widths are the glyphs' advance widths plus the font's pair kerning from its
//! `kern` table, which is what a browser applies to the same text.

use std::collections::HashMap;
use std::sync::OnceLock;

use ttf_parser::{Face, GlyphId};

static REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
static BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// The font family the widths are measured in; the SVG must draw with it.
pub const FONT_FAMILY: &str = "DejaVu Sans";

/// Per-font tables extracted once: advances per character and kerning per glyph pair, in font units.
struct FontMetrics {
    units_per_em: f64,
    advances: HashMap<char, (GlyphId, f64)>,
    fallback: (GlyphId, f64),
    face: Face<'static>,
}

impl FontMetrics {
    fn load(data: &'static [u8]) -> FontMetrics {
        let face = Face::parse(data, 0).expect("the bundled DejaVu font parses");
        let units_per_em = f64::from(face.units_per_em());
        let fallback_glyph = face.glyph_index('?').unwrap_or(GlyphId(0));
        let fallback = (
            fallback_glyph,
            f64::from(face.glyph_hor_advance(fallback_glyph).unwrap_or(0)),
        );
        FontMetrics {
            units_per_em,
            advances: HashMap::new(),
            fallback,
            face,
        }
    }

    fn glyph(&self, c: char) -> (GlyphId, f64) {
        if let Some(&g) = self.advances.get(&c) {
            return g;
        }
        match self.face.glyph_index(c) {
            Some(g) => (g, f64::from(self.face.glyph_hor_advance(g).unwrap_or(0))),
            None => self.fallback,
        }
    }

    fn kerning(&self, left: GlyphId, right: GlyphId) -> f64 {
        let Some(kern) = self.face.tables().kern else {
            return 0.0;
        };
        kern.subtables
            .into_iter()
            .filter(|s| s.horizontal && !s.variable)
            .find_map(|s| s.glyphs_kerning(left, right))
            .map(f64::from)
            .unwrap_or(0.0)
    }

    /// Width in font units.
    fn width_units(&self, text: &str) -> f64 {
        let mut total = 0.0;
        let mut prev: Option<GlyphId> = None;
        for c in text.chars() {
            let (g, adv) = self.glyph(c);
            if let Some(p) = prev {
                total += self.kerning(p, g);
            }
            total += adv;
            prev = Some(g);
        }
        total
    }
}

fn font(bold: bool) -> &'static FontMetrics {
    static REGULAR: OnceLock<FontMetrics> = OnceLock::new();
    static BOLD: OnceLock<FontMetrics> = OnceLock::new();
    let (cell, data) = if bold {
        (&BOLD, BOLD_TTF)
    } else {
        (&REGULAR, REGULAR_TTF)
    };
    cell.get_or_init(|| {
        let mut m = FontMetrics::load(data);
        // Pre-fill the letters labels use so the common path is one hash lookup per character.
        let common = (' '..='~')
            .chain('\u{0400}'..='\u{04FF}')
            .chain("«»—–…№".chars());
        let table: HashMap<char, (GlyphId, f64)> = common
            .filter_map(|c| {
                let g = m.face.glyph_index(c)?;
                Some((c, (g, f64::from(m.face.glyph_hor_advance(g).unwrap_or(0)))))
            })
            .collect();
        m.advances = table;
        m
    })
}

/// Width in px of `text` set in DejaVu Sans (Bold when `bold`) at `size` px.
pub fn text_width(text: &str, size: f64, bold: bool) -> f64 {
    let f = font(bold);
    f.width_units(text) * size / f.units_per_em
}

/// Splits `text` into lines no wider than `width` px at `size` px, breaking between words;
/// a word wider than the whole line is broken between characters.
pub fn wrap(text: &str, width: f64, size: f64, bold: bool) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if text_width(&candidate, size, bold) <= width {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if text_width(word, size, bold) <= width {
            line = word.to_string();
        } else {
            // Break the over-long word at the last character that still fits.
            for c in word.chars() {
                let mut grown = line.clone();
                grown.push(c);
                if !line.is_empty() && text_width(&grown, size, bold) > width {
                    lines.push(std::mem::take(&mut line));
                    line.push(c);
                } else {
                    line = grown;
                }
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Wraps like [`wrap`] but keeps at most `max_lines`, ending the last kept line at a word
/// boundary with «…» when text was cut.
pub fn wrap_truncated(text: &str, width: f64, size: f64, bold: bool, max_lines: usize) -> Vec<String> {
    let mut lines = wrap(text, width, size, bold);
    if lines.len() <= max_lines {
        return lines;
    }
    if max_lines == 0 {
        return Vec::new();
    }
    lines.truncate(max_lines);
    let last = lines.pop().unwrap_or_default();
    let mut words: Vec<&str> = last.split(' ').collect();
    loop {
        let candidate = format!("{}…", words.join(" "));
        if text_width(&candidate, size, bold) <= width || words.len() <= 1 {
            if text_width(&candidate, size, bold) <= width {
                lines.push(candidate);
            } else {
                // A single broken word fills the line: drop characters until the ellipsis fits.
                let mut chars: Vec<char> = words.join(" ").chars().collect();
                while !chars.is_empty()
                    && text_width(&format!("{}…", chars.iter().collect::<String>()), size, bold) > width
                {
                    chars.pop();
                }
                lines.push(format!("{}…", chars.iter().collect::<String>()));
            }
            break;
        }
        words.pop();
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_come_from_the_font() {
        // DejaVu Sans: 2048 units per em, "m" advances 1995 units, space 651.
        let m = text_width("m", 12.0, false);
        assert!((m - 1995.0 * 12.0 / 2048.0).abs() < 1e-9, "{m}");
        assert!(text_width("mm", 12.0, true) > text_width("mm", 12.0, false));
        assert_eq!(text_width("", 12.0, false), 0.0);
        // Kazakh letters have real glyphs, not the fallback.
        let kk = text_width("ә", 12.0, false);
        assert!(kk > 3.0 && kk < 12.0, "{kk}");
    }

    #[test]
    fn wrap_keeps_every_line_within_width() {
        let text = "ответственный исполнитель услугодателя принимает документы, выдает талон с указанием даты регистрации";
        let lines = wrap(text, 180.0, 12.0, false);
        assert!(lines.len() >= 3, "{lines:?}");
        for l in &lines {
            assert!(text_width(l, 12.0, false) <= 180.0, "{l}");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn long_words_are_broken() {
        let word = "электрондықмемлекеттікқызметтердіңрегламенттерінбекітутуралы";
        let lines = wrap(word, 100.0, 12.0, false);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), word);
        assert!(lines.iter().all(|l| text_width(l, 12.0, false) <= 100.0));
    }

    #[test]
    fn truncation_ends_with_ellipsis_at_a_word() {
        let text = "слово ".repeat(100);
        let lines = wrap_truncated(&text, 180.0, 12.0, false, 3);
        assert_eq!(lines.len(), 3);
        assert!(lines[2].ends_with("слово…"), "{:?}", lines[2]);
        assert!(text_width(&lines[2], 12.0, false) <= 180.0);
        let short = wrap_truncated("два слова", 180.0, 12.0, false, 3);
        assert_eq!(short, vec!["два слова".to_string()]);
    }
}
