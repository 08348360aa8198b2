//! Text measurement with the bundled DejaVu Sans fonts, so wrapped labels fit the boxes the SVG draws.
//!
//! The fonts are compiled in (they cover every Kazakh letter), so measurement never depends on
//! the machine. Widths are the glyphs' advance widths plus the font's pair kerning from its
//! `kern` table, which is what a browser applies to the same text.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use ttf_parser::{Face, GlyphId};

/// The bundled DejaVu Sans, regular and bold: every width is measured with them, and the
/// drawings are rasterised and printed with the same bytes.
pub static REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
/// See [`REGULAR_TTF`].
pub static BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// The font family the widths are measured in; the SVG must draw with it.
pub const FONT_FAMILY: &str = "DejaVu Sans";

/// Per-font tables extracted once: advances per character and kerning per glyph pair, in font units.
struct FontMetrics {
    units_per_em: f64,
    /// Advances of the characters up to U+04FF (Latin, Cyrillic with every Kazakh letter), by code.
    low: Vec<Option<(GlyphId, f64)>>,
    fallback: (GlyphId, f64),
    /// Format 0 kerning pairs, keyed `left << 16 | right`; the first subtable that has a pair wins.
    pairs: HashMap<u32, i16, BuildHasherDefault<PairHasher>>,
    /// Glyphs that start some kerning pair, by glyph id: most pairs are not kerned, and this skips the lookup.
    kerned_left: Vec<bool>,
    /// True when the font also has kerning subtables of other formats, looked up live.
    other_kerning: bool,
    face: Face<'static>,
}

const LOW_LIMIT: u32 = 0x0500;

/// A multiplicative hash for the `u32` glyph-pair keys: the default SipHash costs more than the
/// whole rest of a width measurement, and the keys are not attacker-controlled.
#[derive(Default)]
struct PairHasher(u64);

impl Hasher for PairHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl FontMetrics {
    fn load(data: &'static [u8]) -> FontMetrics {
        let face = Face::parse(data, 0).expect("the bundled DejaVu font parses");
        let units_per_em = f64::from(face.units_per_em());
        let advance = |c: char| {
            let g = face.glyph_index(c)?;
            Some((g, f64::from(face.glyph_hor_advance(g).unwrap_or(0))))
        };
        let fallback = advance('?').unwrap_or((GlyphId(0), 0.0));
        let low = (0..LOW_LIMIT)
            .map(|u| char::from_u32(u).and_then(advance))
            .collect();
        let mut pairs: HashMap<u32, i16, BuildHasherDefault<PairHasher>> = HashMap::default();
        let mut other_kerning = false;
        if let Some(kern) = face.tables().kern {
            for sub in kern
                .subtables
                .into_iter()
                .filter(|s| s.horizontal && !s.variable)
            {
                match sub.format {
                    ttf_parser::kern::Format::Format0(table) => {
                        for pair in table.pairs {
                            pairs.entry(pair.pair).or_insert(pair.value);
                        }
                    }
                    _ => other_kerning = true,
                }
            }
        }
        let mut kerned_left = vec![false; usize::from(face.number_of_glyphs())];
        for key in pairs.keys() {
            if let Some(slot) = kerned_left.get_mut((key >> 16) as usize) {
                *slot = true;
            }
        }
        FontMetrics {
            units_per_em,
            low,
            fallback,
            pairs,
            kerned_left,
            other_kerning,
            face,
        }
    }

    fn glyph(&self, c: char) -> (GlyphId, f64) {
        if (c as u32) < LOW_LIMIT {
            return self.low[c as usize].unwrap_or(self.fallback);
        }
        match self.face.glyph_index(c) {
            Some(g) => (g, f64::from(self.face.glyph_hor_advance(g).unwrap_or(0))),
            None => self.fallback,
        }
    }

    fn kerning(&self, left: GlyphId, right: GlyphId) -> f64 {
        if !self.other_kerning
            && !self
                .kerned_left
                .get(usize::from(left.0))
                .copied()
                .unwrap_or(false)
        {
            return 0.0;
        }
        let key = (u32::from(left.0) << 16) | u32::from(right.0);
        if let Some(&v) = self.pairs.get(&key) {
            return f64::from(v);
        }
        if !self.other_kerning {
            return 0.0;
        }
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

    /// Width in font units that joining two runs with one space adds: the space and the kerning at both seams.
    fn seam_units(&self, last: char, first: char) -> f64 {
        let (l, _) = self.glyph(last);
        let (sp, sp_adv) = self.glyph(' ');
        let (f, _) = self.glyph(first);
        self.kerning(l, sp) + sp_adv + self.kerning(sp, f)
    }
}

fn font(bold: bool) -> &'static FontMetrics {
    static REGULAR: OnceLock<FontMetrics> = OnceLock::new();
    static BOLD: OnceLock<FontMetrics> = OnceLock::new();
    if bold {
        BOLD.get_or_init(|| FontMetrics::load(BOLD_TTF))
    } else {
        REGULAR.get_or_init(|| FontMetrics::load(REGULAR_TTF))
    }
}

/// Width in px of `text` set in DejaVu Sans (Bold when `bold`) at `size` px.
pub fn text_width(text: &str, size: f64, bold: bool) -> f64 {
    let f = font(bold);
    f.width_units(text) * size / f.units_per_em
}

/// Widths of every stretch of one text, from running sums taken once: for callers that measure
/// many prefixes of many suffixes of the same text (as the BPMN tools' line breaking does).
pub struct Stretches {
    /// Width in font units of the text up to each byte offset that starts or ends a character.
    sums: Vec<f64>,
    /// Kerning between the character before each byte offset and the one at it.
    kern_before: Vec<f64>,
    scale: f64,
}

impl Stretches {
    /// Measures `text` in DejaVu Sans (Bold when `bold`) at `size` px.
    pub fn new(text: &str, size: f64, bold: bool) -> Stretches {
        let f = font(bold);
        let mut sums = vec![0.0; text.len() + 1];
        let mut kern_before = vec![0.0; text.len() + 1];
        let mut total = 0.0;
        let mut prev: Option<GlyphId> = None;
        for (i, c) in text.char_indices() {
            let (g, adv) = f.glyph(c);
            let kern = prev.map_or(0.0, |p| f.kerning(p, g));
            kern_before[i] = kern;
            total += kern + adv;
            sums[i + c.len_utf8()] = total;
            prev = Some(g);
        }
        Stretches {
            sums,
            kern_before,
            scale: size / f.units_per_em,
        }
    }

    /// Width in px of `text[from..to]` (both on character boundaries).
    pub fn width(&self, from: usize, to: usize) -> f64 {
        if to <= from {
            return 0.0;
        }
        (self.sums[to] - self.sums[from] - self.kern_before[from]) * self.scale
    }
}

/// Splits `text` into lines no wider than `width` px at `size` px, breaking between words;
/// a word wider than the whole line is broken between characters.
pub fn wrap(text: &str, width: f64, size: f64, bold: bool) -> Vec<String> {
    let f = font(bold);
    let scale = size / f.units_per_em;
    // Widths are summed word by word, so keep a hair of slack against rounding in the sums.
    let limit = width / scale - 1e-6;
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut line_w = 0.0;
    for word in text.split_whitespace() {
        let word_w = f.width_units(word);
        if !line.is_empty() {
            let last = line.chars().next_back().unwrap_or(' ');
            let first = word.chars().next().unwrap_or(' ');
            let joined = line_w + f.seam_units(last, first) + word_w;
            if joined <= limit {
                line.push(' ');
                line.push_str(word);
                line_w = joined;
                continue;
            }
            lines.push(std::mem::take(&mut line));
        }
        if word_w <= limit {
            line = word.to_string();
            line_w = word_w;
            continue;
        }
        // An over-long word breaks after a hyphen where it has one that fits, as a reader expects.
        let mut word = word;
        while let Some(cut) = word
            .match_indices('-')
            .map(|(i, _)| i + 1)
            .rfind(|&i| i < word.len() && f.width_units(&word[..i]) <= limit)
        {
            lines.push(word[..cut].to_string());
            word = &word[cut..];
            if f.width_units(word) <= limit {
                break;
            }
        }
        if f.width_units(word) <= limit {
            line = word.to_string();
            line_w = f.width_units(word);
            continue;
        }
        // Break the over-long word at the last character that still fits.
        let mut prev: Option<GlyphId> = None;
        for c in word.chars() {
            let (g, adv) = f.glyph(c);
            let kern = prev.map_or(0.0, |p| f.kerning(p, g));
            if !line.is_empty() && line_w + kern + adv > limit {
                lines.push(std::mem::take(&mut line));
                line_w = 0.0;
                line.push(c);
                line_w += adv;
            } else {
                line.push(c);
                line_w += kern + adv;
            }
            prev = Some(g);
        }
    }
    if !line.is_empty() {
        lines.push(line);
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
    fn stretches_measure_like_whole_texts() {
        for text in [
            "Тұтынушы ЭҮП тіркелуді жүзеге асырады",
            "AVA Ту «ЖСН» — үдеріс",
        ] {
            let st = Stretches::new(text, 11.0, false);
            let bounds: Vec<usize> = text
                .char_indices()
                .map(|(i, _)| i)
                .chain([text.len()])
                .collect();
            for &a in &bounds {
                for &b in bounds.iter().filter(|&&b| b >= a) {
                    let whole = text_width(&text[a..b], 11.0, false);
                    assert!((st.width(a, b) - whole).abs() < 1e-9, "{a}..{b}");
                }
            }
        }
    }

    #[test]
    fn long_words_break_after_a_hyphen_first() {
        let word = "бизнес-идентификационного";
        let lines = wrap(word, 160.0, 12.0, false);
        assert_eq!(
            lines,
            vec!["бизнес-".to_string(), "идентификационного".to_string()]
        );
        let kk = wrap("бизнес-сәйкестендірушіліктерінің", 150.0, 12.0, false);
        assert_eq!(kk[0], "бизнес-");
    }
}
