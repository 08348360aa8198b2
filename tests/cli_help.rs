//! `reglament --help` and each command's help speak the language asked: by `--lang`, by
//! `reglament.toml`, by the locale variables, as every other message does.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The help `reglament ARGS` prints in `dir`, in a neutral locale unless `env` sets one.
fn help_in(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> String {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_reglament"));
    cmd.current_dir(dir).args(args);
    for k in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        cmd.env_remove(k);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("the binary runs");
    assert_eq!(out.status.code(), Some(0), "{args:?}");
    String::from_utf8(out.stdout).expect("help is UTF-8")
}

fn help(args: &[&str], env: &[(&str, &str)]) -> String {
    help_in(Path::new(env!("CARGO_MANIFEST_DIR")), args, env)
}

#[test]
fn help_in_kazakh() {
    let top = help(&["--help", "--lang", "kk"], &[]);
    for words in [
        "Қазақстанның мемлекеттік қызмет регламенттерін талдайды",
        "Қолданылуы: reglament",
        "Пәрмендер:",
        "Параметрлер:",
        "Регламенттерді талдап, модельді басып шығару.",
        "Анықтаманы басып шығару.",
    ] {
        assert!(top.contains(words), "{words}\n{top}");
    }
    assert!(!top.contains("Usage"), "{top}");
    assert!(!top.contains("Print help"), "{top}");
    let build = help(&["build", "--help", "--lang", "kk"], &[]);
    for words in [
        "Қолданылуы: reglament build",
        "Аргументтер:",
        "Соңғы жинақтан бері өзгермегендерін қоса, барлық кіріс файлдарын қайта жинау.",
        "[мәндері: error, warning, info, never] [әдепкісі: never]",
    ] {
        assert!(build.contains(words), "{words}\n{build}");
    }
}

#[test]
fn help_in_russian_by_option_and_by_locale() {
    let by_option = help(&["build", "--help", "--lang", "ru"], &[]);
    let by_locale = help(&["build", "--help"], &[("LANG", "ru_RU.UTF-8")]);
    assert_eq!(by_option, by_locale);
    for words in [
        "Собрать BPMN, SVG, модель в JSON и замечания для дерева регламентов",
        "Использование: reglament build",
        "Аргументы:",
        "Параметры:",
        "Пересобрать все входные файлы, даже не изменившиеся с прошлой сборки.",
        "[значения: error, warning, info]",
    ] {
        assert!(by_option.contains(words), "{words}\n{by_option}");
    }
    assert!(!by_option.contains("Options"), "{by_option}");
    let top = help(&["-h"], &[("LANG", "ru_RU.UTF-8")]);
    assert!(top.contains("Команды:"), "{top}");
    assert!(
        top.contains("Сверить повторяющиеся пункты и сообщить о каждом расхождении"),
        "{top}"
    );
    // `--lang` outranks the locale.
    let en = help(&["check", "-h", "--lang", "en"], &[("LANG", "kk_KZ.UTF-8")]);
    assert!(en.contains("Usage: reglament check"), "{en}");
    assert!(en.contains("[default: text]"), "{en}");
}

#[test]
fn help_in_the_language_of_reglament_toml() {
    let dir: PathBuf = std::env::temp_dir().join(format!("reglament-help-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("reglament.toml"), "lang = \"kk\"\n").unwrap();
    let out = help_in(&dir, &["check", "--help"], &[("LANG", "ru_RU.UTF-8")]);
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(out.contains("Қолданылуы: reglament check"), "{out}");
}
