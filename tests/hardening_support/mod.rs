//! Shared helpers of the `hardening_*` tests: temp dirs, a measured child run, a small
//! regulation in the real wording. Each test crate uses a different subset.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_reglament");

/// The smallest real act of the corpus: the good file that must still be processed next to a bad one.
pub const GOOD: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/reglaments/002_2973bc44dfc7985a.txt"
);
/// Its output directory name (the slug of the file stem) and the start of its first title.
pub const GOOD_DIR: &str = "002-2973bc44dfc7985a";
pub const GOOD_TITLE: &str = "Жергілікті өкілді органдардың шешімдері бойынша";

pub fn bad(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/bad")
        .join(name)
}

/// A directory under the system temp dir, removed on drop (also when the test fails).
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let p = std::env::temp_dir().join(format!(
            "reglament-hardening-{tag}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }
    pub fn path(&self) -> &Path {
        &self.0
    }
    pub fn join(&self, p: &str) -> PathBuf {
        self.0.join(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// What one run of the binary did.
#[derive(Debug)]
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    /// Peak resident set of exactly this child, from wait4's rusage (kilobytes on Linux).
    pub max_rss_kb: i64,
    pub elapsed: Duration,
    /// True when the child outlived `DEADLINE` and was killed.
    pub timed_out: bool,
}

/// How long a child may run before it is killed: twice the 60 s the tests allow, so a slow
/// run still reports its time, while a hang cannot stall the suite.
pub const DEADLINE: Duration = Duration::from_secs(120);

impl Run {
    /// The checks every bad-input run shares: no panic, exit code 2.
    pub fn assert_failed_cleanly(&self, what: &str) {
        assert!(
            !self.timed_out,
            "{what}: still running after {DEADLINE:?}, killed"
        );
        assert!(
            !self.stderr.contains("panicked"),
            "{what}: the binary panicked:\n{}",
            self.stderr
        );
        assert_eq!(
            self.code,
            Some(2),
            "{what}: exit code; stderr:\n{}",
            self.stderr
        );
    }
}

/// Run the binary with `args`, wait for exactly that child with wait4 and keep its rusage.
/// Output goes through files, not pipes, so a chatty child cannot block on a full pipe.
pub fn run(args: &[&std::ffi::OsStr]) -> Run {
    let dir = TempDir::new("run");
    let out_path = dir.join("stdout");
    let err_path = dir.join("stderr");
    let start = Instant::now();
    let child = Command::new(BIN)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out_path).unwrap())
        .stderr(std::fs::File::create(&err_path).unwrap())
        .spawn()
        .expect("spawn reglament");
    let pid = child.id() as libc::pid_t;
    let mut status: libc::c_int = 0;
    // SAFETY: rusage is plain data; zeroed is a valid value for it and wait4 fills it in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let mut timed_out = false;
    loop {
        // SAFETY: pid is our own child, not yet reaped (std's Child is never waited on below).
        let r = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
        if r == pid {
            break;
        }
        assert_eq!(r, 0, "wait4 failed: {}", std::io::Error::last_os_error());
        if start.elapsed() > DEADLINE && !timed_out {
            timed_out = true;
            // SAFETY: signalling our own unreaped child; the loop then reaps it.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let elapsed = start.elapsed();
    // Reaped by wait4: dropping the handle neither waits nor kills.
    drop(child);
    let code = if libc::WIFEXITED(status) {
        Some(libc::WEXITSTATUS(status))
    } else {
        None
    };
    Run {
        code,
        stdout: String::from_utf8_lossy(&std::fs::read(&out_path).unwrap()).into_owned(),
        stderr: String::from_utf8_lossy(&std::fs::read(&err_path).unwrap()).into_owned(),
        max_rss_kb: usage.ru_maxrss,
        elapsed,
        timed_out,
    }
}

pub fn run_paths(cmd: &[&str], paths: &[&Path]) -> Run {
    let mut args: Vec<&std::ffi::OsStr> = cmd.iter().map(|s| std::ffi::OsStr::new(*s)).collect();
    args.extend(paths.iter().map(|p| p.as_os_str()));
    run(&args)
}

/// Three steps in the real wording of reglaments/000; the middle one carries `action` and `duration`.
pub fn steps(actor2: &str, action2: &str, duration2: &str) -> String {
    format!(
        "1) ответственный исполнитель услугодателя принимает документы услугополучателя – не более 15 (пятнадцати) минут;\n\n\
         2) {actor2} {action2} – {duration2};\n\n\
         3) ответственный исполнитель услугодателя выдает результат услугополучателю – не более 15 (пятнадцати) минут.\n"
    )
}

/// A short regulation built like the ones in reglaments/000: title, «1. Общие положения», ¶5 steps,
/// ¶7 participants, ¶8 sequence, appendix with the справочник and its legend. `body` replaces
/// both step lists.
pub fn regulation(title: &str, body: &str) -> String {
    format!(
        "Регламент государственной услуги \"{title}\"\n\n\
         1. Общие положения\n\n\
         1. Государственная услуга \"{title}\" (далее - государственная услуга) оказывается местными исполнительными органами.\n\n\
         2. Форма оказания государственной услуги: бумажная.\n\n\
         2. Описание порядка действий структурных подразделений (работников) услугодателя в процессе оказания государственной услуги\n\n\
         5. Содержание каждой процедуры (действия), входящей в состав процесса оказания государственной услуги через услугодателя, длительность его выполнения:\n\n\
         {body}\n\
         3. Описание порядка взаимодействия структурных подразделений (работников) услугодателя в процессе оказания государственной услуги\n\n\
         7. Перечень структурных подразделений (работников) услугодателя, которые участвуют в процессе оказания государственной услуги:\n\n\
         1) ответственный исполнитель услугодателя;\n\n\
         2) руководитель услугодателя.\n\n\
         8. Описание последовательности процедур (действий) между структурными подразделениями (работниками) с указанием длительности каждой процедуры (действия) через услугодателя:\n\n\
         {body}\n\
         Приложение 1 к Регламенту оказания государственной услуги \"{title}\"\n\n\
         Справочник бизнес-процессов оказания государственной услуги\n\n\
         \"{title}\" через услугодателя\n\n\
         Условные обозначения:\n\n\
         - начало или завершение оказания государственной услуги;\n\
         - наименование процедуры (действия) услугополучателя и структурно-функциональной единицы;\n\
         - вариант выбора;\n\
         - переход к следующей процедуре (действию).\n"
    )
}

pub const TITLE: &str = "Выдача справки о составе семьи";

/// Every regular file under `dir`, relative, sorted.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let e = e.unwrap();
            let t = e.file_type().unwrap();
            if t.is_dir() {
                stack.push(e.path());
            } else {
                out.push(e.path().strip_prefix(dir).unwrap().to_path_buf());
            }
        }
    }
    out.sort();
    out
}
