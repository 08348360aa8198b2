//! One PDF for one input: svg2pdf writes a page's fonts and resource entries in hash-map order,
//! which changes from run to run. This pass puts every dictionary's run of `/Name N 0 R` entries
//! in name order, numbers the objects in the order they are reached from the trailer, and
//! writes them in that order with a fresh cross-reference table, so equal drawings give equal
//! bytes. It reads only the layout pdf-writer produces (an `xref` table, one object after
//! another, streams after their dictionaries).

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::bytes::{Captures, Regex};

/// A reference `N 0 R`.
static REF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d+) 0 R\b").expect("a valid pattern"));

/// One indirect object: its dictionary (or whole body, without a stream) and the stream part.
struct Object<'a> {
    head: Vec<u8>,
    stream: &'a [u8],
}

/// A PDF taken apart: the bytes before its first object, its objects by number, and the
/// numbers its trailer names (root, then info).
struct Parts<'a> {
    header: &'a [u8],
    objects: HashMap<u32, Object<'a>>,
    roots: Vec<u32>,
}

/// Takes a PDF apart by its cross-reference table.
fn split(pdf: &[u8]) -> Option<Parts<'_>> {
    let xref = memchr::memmem::rfind(pdf, b"\nxref\n")? + 1;
    let table = &pdf[xref..];
    let mut lines = table.split(|&b| b == b'\n').skip(1);
    let count: usize = std::str::from_utf8(lines.next()?)
        .ok()?
        .split(' ')
        .nth(1)?
        .parse()
        .ok()?;
    let mut offsets: Vec<(usize, u32)> = Vec::with_capacity(count);
    for (n, line) in lines.take(count).enumerate() {
        let line = std::str::from_utf8(line).ok()?.trim_end();
        if line.ends_with(" n") {
            offsets.push((line.get(..10)?.parse().ok()?, n as u32));
        }
    }
    offsets.sort_unstable();
    let first = offsets.first()?.0;
    let mut objects = HashMap::with_capacity(offsets.len());
    for (k, &(at, n)) in offsets.iter().enumerate() {
        let end = offsets.get(k + 1).map_or(xref, |&(o, _)| o);
        let slice = pdf.get(at..end)?;
        let body = &slice[memchr::memchr(b'\n', slice)? + 1..];
        let body = &body[..memchr::memmem::rfind(body, b"\nendobj")?];
        let (head, stream) = match memchr::memmem::find(body, b">>\nstream\n") {
            Some(i) => body.split_at(i + 2),
            None => (body, &body[body.len()..]),
        };
        objects.insert(
            n,
            Object {
                head: sorted_entries(head),
                stream,
            },
        );
    }
    let trailer = &pdf[memchr::memmem::rfind(pdf, b"trailer")?..];
    let roots = ["/Root ", "/Info "]
        .iter()
        .filter_map(|key| {
            let at = memchr::memmem::find(trailer, key.as_bytes())? + key.len();
            let caps = REF.captures(&trailer[at..])?;
            std::str::from_utf8(&caps[1]).ok()?.parse().ok()
        })
        .collect();
    Some(Parts {
        header: &pdf[..first],
        objects,
        roots,
    })
}

/// A dictionary with each run of consecutive `/Name N 0 R` lines put in name order.
fn sorted_entries(head: &[u8]) -> Vec<u8> {
    let is_entry = |l: &[u8]| {
        let t = l.trim_ascii_start();
        t.starts_with(b"/") && t.ends_with(b" 0 R") && t.iter().filter(|&&b| b == b' ').count() == 3
    };
    let lines: Vec<&[u8]> = head.split(|&b| b == b'\n').collect();
    let mut out = Vec::with_capacity(head.len());
    let mut i = 0;
    while i < lines.len() {
        let mut j = i;
        while j < lines.len() && is_entry(lines[j]) {
            j += 1;
        }
        let mut run: Vec<&[u8]> = lines[i..j.max(i + 1)].to_vec();
        run.sort_by_key(|l| l.trim_ascii_start());
        for l in run {
            out.extend_from_slice(l);
            out.push(b'\n');
        }
        i = j.max(i + 1);
    }
    out.pop();
    out
}

/// The PDF written again in its canonical form; `None` when it is not laid out as expected.
pub(super) fn canonical(pdf: &[u8]) -> Option<Vec<u8>> {
    let Parts {
        header,
        objects,
        roots,
    } = split(pdf)?;
    // Numbers in the order objects are reached: the trailer's, then each object's in the order
    // its dictionary names them.
    let mut order: Vec<u32> = Vec::with_capacity(objects.len());
    let mut number: HashMap<u32, u32> = HashMap::with_capacity(objects.len());
    let mut queue: std::collections::VecDeque<u32> = roots.iter().copied().collect();
    while let Some(n) = queue.pop_front() {
        if number.contains_key(&n) || !objects.contains_key(&n) {
            continue;
        }
        order.push(n);
        number.insert(n, order.len() as u32);
        for caps in REF.captures_iter(&objects[&n].head) {
            if let Some(r) = std::str::from_utf8(&caps[1])
                .ok()
                .and_then(|s| s.parse().ok())
            {
                queue.push_back(r);
            }
        }
    }
    if order.len() != objects.len() {
        return None;
    }
    let renumber = |caps: &Captures| -> Vec<u8> {
        let old: u32 = std::str::from_utf8(&caps[1])
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        format!("{} 0 R", number.get(&old).copied().unwrap_or(old)).into_bytes()
    };
    let mut out = Vec::with_capacity(pdf.len());
    out.extend_from_slice(header);
    let mut offsets = Vec::with_capacity(order.len());
    for (k, n) in order.iter().enumerate() {
        let o = &objects[n];
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", k + 1).as_bytes());
        out.extend_from_slice(&REF.replace_all(&o.head, renumber));
        out.extend_from_slice(o.stream);
        out.extend_from_slice(b"\nendobj\n\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f\r\n", order.len() + 1).as_bytes(),
    );
    for at in offsets {
        out.extend_from_slice(format!("{at:010} 00000 n\r\n").as_bytes());
    }
    out.extend_from_slice(format!("trailer\n<<\n  /Size {}\n", order.len() + 1).as_bytes());
    for (key, r) in ["/Root", "/Info"].iter().zip(&roots) {
        out.extend_from_slice(format!("  {key} {} 0 R\n", number[r]).as_bytes());
    }
    out.extend_from_slice(format!(">>\nstartxref\n{xref}\n%%EOF").as_bytes());
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_of_a_dictionary_are_put_in_name_order() {
        let head = b"<<\n  /Font <<\n      /fo1 6 0 R\n      /fo0 5 0 R\n    >>\n  /Length 3\n>>";
        let sorted = sorted_entries(head);
        assert_eq!(
            String::from_utf8(sorted).unwrap(),
            "<<\n  /Font <<\n      /fo0 5 0 R\n      /fo1 6 0 R\n    >>\n  /Length 3\n>>"
        );
    }
}
