//! Readable ASCII names for output paths, transliterated from Russian and Kazakh.

/// Latin spelling of one Cyrillic letter (lower-case), Kazakh letters included.
fn translit(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'ә' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'ғ' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' | 'й' | 'і' => "i",
        'к' | 'қ' => "k",
        'л' => "l",
        'м' => "m",
        'н' | 'ң' => "n",
        'о' | 'ө' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' | 'ұ' | 'ү' => "u",
        'ф' => "f",
        'х' | 'һ' => "h",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "sch",
        'ы' => "y",
        'ю' => "yu",
        'я' => "ya",
        'ъ' | 'ь' => "",
        _ => return None,
    })
}

/// A lower-case ASCII slug of at most `max` bytes: letters and digits joined by single hyphens.
///
/// The result never contains a path separator, a dot or a reserved device name, so it is safe
/// as one path component on every platform.
pub fn slug(text: &str, max: usize) -> String {
    let mut out = String::new();
    let mut gap = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        let piece: Option<String> = if c.is_ascii_alphanumeric() {
            Some(c.to_string())
        } else {
            translit(c).map(str::to_string)
        };
        match piece {
            Some(p) if !p.is_empty() => {
                if gap && !out.is_empty() {
                    out.push('-');
                }
                gap = false;
                out.push_str(&p);
            }
            Some(_) => {}
            None => gap = true,
        }
        if out.len() >= max {
            break;
        }
    }
    out.truncate(max);
    let out = out.trim_end_matches('-').to_string();
    const RESERVED: &[&str] = &["con", "prn", "aux", "nul", "com1", "lpt1"];
    if out.is_empty() || RESERVED.contains(&out.as_str()) {
        format!("x-{out}")
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_and_kazakh() {
        assert_eq!(
            slug("Назначение государственной адресной социальной помощи", 40),
            "naznachenie-gosudarstvennoi-adresnoi-sot"
        );
        assert_eq!(
            slug("Жұмыссыз азаматтарға анықтама беру", 60),
            "zhumyssyz-azamattarga-anyktama-beru"
        );
    }

    #[test]
    fn hostile_names_stay_inside() {
        assert_eq!(slug("../../etc/passwd", 40), "etc-passwd");
        assert_eq!(slug("CON", 40), "x-con");
        assert_eq!(slug("«»", 40), "x-");
    }
}
