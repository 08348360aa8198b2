//! Files the reading stage cannot read: each is named with what to do, the run exits 2, and
//! the other files are still read (and nothing written before is deleted).

use std::path::Path;
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_reglament"))
}

/// A directory holding one good regulation and the bad file `name` with `bytes`.
fn tree(name: &str, bytes: &[u8]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(
        root.join("reglaments/002_2973bc44dfc7985a.txt"),
        dir.path().join("good.txt"),
    )
    .unwrap();
    std::fs::write(dir.path().join(name), bytes).unwrap();
    dir
}

/// Runs `check` over the directory; returns the exit code, stdout and stderr.
fn check(dir: &Path) -> (i32, String, String) {
    let out = bin()
        .args(["check", "--lang", "en", "--fail-on", "never"])
        .arg(dir)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn refused(name: &str, bytes: &[u8], message: &str) {
    let dir = tree(name, bytes);
    let (code, stdout, stderr) = check(dir.path());
    assert_eq!(code, 2, "{stderr}");
    let bad = dir.path().join(name);
    assert!(
        stderr.contains(&format!("error: {}: {message}", bad.display())),
        "{name}: {stderr}"
    );
    // The good file was read and checked: the Kazakh regulation of 002 is in the summary.
    assert!(stdout.contains("in 1 file, 1 regulation"), "{stdout}");
}

const OLE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

#[test]
fn a_legacy_doc_is_refused_with_advice() {
    let mut bytes = OLE.to_vec();
    bytes.extend(std::iter::repeat_n(0u8, 504));
    bytes.extend("WordDocument".encode_utf16().flat_map(u16::to_le_bytes));
    refused(
        "old.doc",
        &bytes,
        "a legacy Word .doc (binary) file: open it in Word or LibreOffice and save it as .docx",
    );
}

#[test]
fn an_encrypted_docx_is_refused_with_advice() {
    let mut bytes = OLE.to_vec();
    bytes.extend(std::iter::repeat_n(0u8, 504));
    bytes.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
    refused(
        "secret.docx",
        &bytes,
        "password-protected Word file: open it in Word, remove the password",
    );
}

#[test]
fn a_corrupt_docx_is_refused_with_advice() {
    // A .docx cut short: its zip directory is gone.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let whole = std::fs::read(root.join("target/formats/002_2973bc44dfc7985a.docx"))
        .or_else(|_| {
            Command::new("bash")
                .arg(root.join("scripts/setup-formats.sh"))
                .status()
                .map(|_| ())?;
            std::fs::read(root.join("target/formats/002_2973bc44dfc7985a.docx"))
        })
        .expect("the generated copies (scripts/setup-formats.sh)");
    refused(
        "cut.docx",
        &whole[..whole.len() / 2],
        "not a readable Word file (damaged zip archive",
    );
}

#[test]
fn an_rtf_is_refused_with_advice() {
    refused(
        "act.rtf",
        b"{\\rtf1\\ansi\\ansicpg1251 {\\fonttbl} \\'d0\\'e5\\'e3\\'eb\\'e0\\'EC\\'e5\\'ED\\'F2}",
        "an RTF file: open it in Word or LibreOffice and save it as .docx",
    );
}

/// A PDF whose only page is an image: drawn, no text.
fn scanned_pdf() -> Vec<u8> {
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
        "<< /Length 44 >>\nstream\nq 500 0 0 700 40 60 cm 0.5 g 0 0 1 1 re f Q\nendstream",
    ];
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
    }
    let xref = pdf.len();
    pdf.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for o in offsets {
        pdf.extend(format!("{o:010} 00000 n \n").as_bytes());
    }
    pdf.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    pdf
}

#[test]
fn a_scan_without_a_text_layer_is_refused_with_advice() {
    refused(
        "scan.pdf",
        &scanned_pdf(),
        "no text layer: the 1 page(s) are images (a scan); run OCR first",
    );
}

#[test]
fn a_refused_file_deletes_nothing_built_before() {
    let dir = tree("old.doc", OLE);
    let out = tempfile::tempdir().unwrap();
    let keep = out.path().join("earlier.txt");
    std::fs::write(&keep, "built before").unwrap();
    let status = bin()
        .args(["build", "--quiet", "-o"])
        .arg(out.path())
        .arg(dir.path())
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&keep).unwrap(), "built before");
    // The good file was built.
    assert!(out.path().join("good/model.json").is_file());
}
