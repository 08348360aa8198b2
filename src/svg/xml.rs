//! A thin element writer over quick-xml: every text and attribute value goes through
//! quick-xml's escaping, so no caller ever escapes by hand.

use std::borrow::Cow;

use quick_xml::Writer;
use quick_xml::escape::partial_escape;
use quick_xml::events::{BytesEnd, BytesStart, BytesText, Event};

/// Accumulates one SVG document; elements are separated by newlines and nothing else.
pub(crate) struct Xml {
    w: Writer<Vec<u8>>,
}

impl Xml {
    pub(crate) fn new() -> Self {
        // Indent of zero characters: a newline between elements keeps diffs readable
        // without the bloat of pretty-printing.
        // A справочник is 10-30 KB: starting at that size spares a dozen copies as it grows.
        Xml {
            w: Writer::new_with_indent(Vec::with_capacity(32 * 1024), b' ', 0),
        }
    }

    fn start(name: &str, attrs: &[(&str, &str)]) -> BytesStart<'static> {
        let mut el = BytesStart::from_content(crate::xml::tag_buffer(name, attrs), name.len());
        for (k, v) in attrs {
            el.push_attribute((*k, &*clean(v)));
        }
        el
    }

    fn emit(&mut self, ev: Event<'_>) {
        // Writing into a Vec<u8> cannot fail.
        self.w
            .write_event(ev)
            .expect("writing XML into memory cannot fail");
    }

    /// Opens `<name attrs…>`.
    pub(crate) fn open(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.emit(Event::Start(Self::start(name, attrs)));
    }

    /// Closes `</name>`.
    pub(crate) fn close(&mut self, name: &str) {
        self.emit(Event::End(BytesEnd::new(name.to_owned())));
    }

    /// Writes `<name attrs…/>`.
    pub(crate) fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.emit(Event::Empty(Self::start(name, attrs)));
    }

    /// Writes `<name attrs…>text</name>` with the text escaped.
    pub(crate) fn leaf(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) {
        self.open(name, attrs);
        let t = clean(text);
        if !t.is_empty() {
            // Text content needs only `<`, `>` and `&` escaped; quotes stay as they are printed.
            self.emit(Event::Text(BytesText::from_escaped(partial_escape(&*t))));
        }
        self.close(name);
    }

    /// The finished document.
    pub(crate) fn finish(self) -> String {
        let mut s = crate::text::utf8_string(self.w.into_inner()).expect("quick-xml writes UTF-8");
        s.push('\n');
        s
    }
}

/// Drops characters XML 1.0 cannot carry at all (C0 controls other than tab and newlines,
/// U+FFFE, U+FFFF), so a stray control byte in a
/// regulation can never make the SVG unparsable. This removes; escaping is quick-xml's job.
pub(crate) fn clean(s: &str) -> Cow<'_, str> {
    let keep = |c: char| {
        matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}')
    };
    // Nearly every value is clean: hand it back rather than copy it.
    if s.chars().all(keep) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().filter(|&c| keep(c)).collect())
}

/// Formats a coordinate compactly and deterministically: two decimals at most, no trailing zeros.
pub(crate) fn num(v: f64) -> String {
    let cents = (v * 100.0).round();
    let r = cents / 100.0;
    if r == 0.0 || !r.is_finite() {
        return "0".to_owned();
    }
    // Coordinates are written by the thousand: integer arithmetic on the hundredths prints
    // the same digits as `{:.2}` for any drawing's size, at a fraction of the cost.
    if r.abs() >= 1e12 {
        let s = format!("{r:.2}");
        return s.trim_end_matches('0').trim_end_matches('.').to_owned();
    }
    let hundredths = cents as i64;
    let (whole, frac) = (
        hundredths.unsigned_abs() / 100,
        hundredths.unsigned_abs() % 100,
    );
    // A drawing has tens of thousands of numbers, and the formatting machinery costs several
    // hundred instructions each.
    let mut out = String::with_capacity(12);
    if hundredths < 0 {
        out.push('-');
    }
    out.push_str(itoa::Buffer::new().format(whole));
    if frac != 0 {
        out.push('.');
        out.push(char::from(b'0' + (frac / 10) as u8));
        if frac % 10 != 0 {
            out.push(char::from(b'0' + (frac % 10) as u8));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The integer path prints what formatting the rounded float would.
        #[test]
        fn numbers_match_float_formatting(v in -1e7f64..1e7) {
            let r = (v * 100.0).round() / 100.0;
            let expected = if r == 0.0 {
                "0".to_owned()
            } else {
                format!("{r:.2}").trim_end_matches('0').trim_end_matches('.').to_owned()
            };
            proptest::prop_assert_eq!(num(v), expected);
        }
    }

    #[test]
    fn numbers_are_compact() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.5), "12.5");
        assert_eq!(num(12.3456), "12.35");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(f64::NAN), "0");
    }

    #[test]
    fn control_characters_are_dropped() {
        assert_eq!(clean("a\u{1}b\u{0}c\td"), "abc\td");
    }

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut x = Xml::new();
        x.open("g", &[("id", "a\"b<")]);
        x.leaf("text", &[], "<&>]]>");
        x.close("g");
        let s = x.finish();
        assert!(s.contains("&lt;&amp;&gt;]]&gt;"), "{s}");
        assert!(s.contains("a&quot;b&lt;"), "{s}");
    }
}
