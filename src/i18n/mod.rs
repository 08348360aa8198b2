//! The message catalogue: every text a person reads from the command line, in Russian, Kazakh
//! and English, written in Fluent (`locales/{ru,kk,en}/*.ftl`, embedded in the binary).
//!
//! [`text`] is the one way to get a message: an id, its arguments and a language. Plurals follow
//! each language's own rules (CLDR): Russian one/few/many, Kazakh and English one/other.

use std::borrow::Cow;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::model::Language;

/// A language the program speaks.
#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Русский.
    Ru,
    /// Қазақша.
    Kk,
    /// English.
    En,
}

impl Lang {
    /// Every language, in the catalogue's order.
    pub const ALL: [Lang; 3] = [Lang::Ru, Lang::Kk, Lang::En];

    /// The BCP 47 tag (`ru`, `kk`, `en`).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Ru => "ru",
            Lang::Kk => "kk",
            Lang::En => "en",
        }
    }

    /// The language a regulation is written in.
    pub fn of(language: Language) -> Lang {
        match language {
            Language::Ru => Lang::Ru,
            Language::Kk => Lang::Kk,
        }
    }

    /// The language of a POSIX locale name (`ru_RU.UTF-8`, `kk_KZ`, `en_US`, `C`), if it is one
    /// of ours.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let code = locale.split(['_', '.', '@', '-']).next()?;
        match code.to_ascii_lowercase().as_str() {
            "ru" => Some(Lang::Ru),
            "kk" => Some(Lang::Kk),
            "en" | "c" | "posix" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language the environment asks for: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that
    /// is set (as POSIX reads them), English when it names none of ours.
    pub fn from_env() -> Lang {
        Self::from_vars(|name| std::env::var(name).ok())
    }

    /// [`Lang::from_env`] over any source of variables.
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(|name| var(name).filter(|v| !v.is_empty()))
            .map(|v| Lang::from_locale(&v).unwrap_or(Lang::En))
            .next()
            .unwrap_or(Lang::En)
    }
}

/// The value of one message argument.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    Str(Cow<'a, str>),
    Num(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Str(Cow::Owned(s))
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(usize, u32, u64, i64, u16);

/// The catalogue's files, by language (embedded so the binary needs nothing beside it).
const SOURCES: [(Lang, &[&str]); 3] = [
    (
        Lang::Ru,
        &[
            include_str!("../../locales/ru/cli.ftl"),
            include_str!("../../locales/ru/report.ftl"),
            include_str!("../../locales/ru/rules.ftl"),
            include_str!("../../locales/ru/findings.ftl"),
            include_str!("../../locales/ru/help.ftl"),
        ],
    ),
    (
        Lang::Kk,
        &[
            include_str!("../../locales/kk/cli.ftl"),
            include_str!("../../locales/kk/report.ftl"),
            include_str!("../../locales/kk/rules.ftl"),
            include_str!("../../locales/kk/findings.ftl"),
            include_str!("../../locales/kk/help.ftl"),
        ],
    ),
    (
        Lang::En,
        &[
            include_str!("../../locales/en/cli.ftl"),
            include_str!("../../locales/en/report.ftl"),
            include_str!("../../locales/en/rules.ftl"),
            include_str!("../../locales/en/findings.ftl"),
            include_str!("../../locales/en/help.ftl"),
        ],
    ),
];

type Bundle = FluentBundle<FluentResource>;

/// One bundle per language, parsed once.
static BUNDLES: LazyLock<[Bundle; 3]> = LazyLock::new(|| Lang::ALL.map(bundle));

fn bundle(lang: Lang) -> Bundle {
    let id: LanguageIdentifier = lang.tag().parse().expect("a valid language tag");
    let mut b = Bundle::new_concurrent(vec![id]);
    // The texts go to terminals, files and web pages, where bidi isolation marks would show.
    b.set_use_isolating(false);
    let sources = SOURCES
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or(&[][..], |s| s.1);
    for src in sources {
        let res = FluentResource::try_new((*src).to_string())
            .unwrap_or_else(|(_, errors)| panic!("catalogue {}: {errors:?}", lang.tag()));
        b.add_resource(res)
            .unwrap_or_else(|errors| panic!("catalogue {}: {errors:?}", lang.tag()));
    }
    b
}

fn bundle_of(lang: Lang) -> &'static Bundle {
    &BUNDLES[lang as usize]
}

/// The message `id` in `lang` with its arguments; a message the language lacks falls back to
/// English, and an id unknown to all (a programming error the catalogue tests rule out) is
/// returned as it is.
pub fn text(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        let v = match value {
            Arg::Str(s) => FluentValue::from(s.as_ref()),
            Arg::Num(n) => FluentValue::from(*n),
        };
        fluent_args.set(*name, v);
    }
    for b in [bundle_of(lang), bundle_of(Lang::En)] {
        if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let s = b.format_pattern(pattern, Some(&fluent_args), &mut errors);
            debug_assert!(errors.is_empty(), "message {id}: {errors:?}");
            return s.into_owned();
        }
    }
    debug_assert!(false, "no message {id}");
    id.to_string()
}

/// True when the catalogue has the message `id` (every language has every message).
pub fn exists(id: &str) -> bool {
    bundle_of(Lang::En).has_message(id)
}

/// Every message id of a language's catalogue, sorted.
pub fn ids(lang: Lang) -> Vec<String> {
    let mut ids: Vec<String> = SOURCES
        .iter()
        .filter(|(l, _)| *l == lang)
        .flat_map(|(_, srcs)| srcs.iter())
        .flat_map(|src| {
            src.lines()
                .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
                .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_string()))
                .collect::<Vec<_>>()
        })
        .collect();
    ids.sort();
    ids
}

#[cfg(test)]
mod tests;
