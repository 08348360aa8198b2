# The help of every command and option (`reglament --help`, `reglament build --help`).

## clap's headings
help-usage = Usage
help-arguments = Arguments
help-options = Options
help-commands = Commands
help-values = possible values: { $values }
help-default = default: { $value }

## commands
help-about-reglament = Parse Kazakhstan public-service regulations, draw their справочник, check their consistency.
help-about-parse = Parse regulations and print the model.
help-about-build = Build BPMN, SVG, model JSON and findings for a tree of regulations (the default command).
help-about-bpmn = Write one BPMN 2.0 file (lanes and DI) per regulation channel.
help-about-svg = Write one SVG справочник diagram per regulation channel.
help-about-check = Cross-check the repeated paragraphs and report every inconsistency (docs/check.md).
help-about-compare = Compare a BPMN file edited in a modelling tool with the text it was drawn from (docs/compare.md); exit 1 when they depart, 2 when a file cannot be read.
help-about-rules = List every rule of `check`: its id, severity and what it compares.
help-about-completions = Print the completion script of a shell (bash, zsh, fish, elvish, powershell).
help-about-man = Print the manual page (roff) of reglament, or of one of its commands.
help-about-help = Print this message or the help of the given command.

## options every command takes
help-arg-lang = Language of messages, help and reports (default: reglament.toml, then LC_ALL / LC_MESSAGES / LANG for the command line, the regulation's own language for findings and reports).
help-arg-color = Colour the output: on a terminal only (auto, the default; NO_COLOR turns it off), always or never.
help-arg-quiet = Print nothing but the results and errors: no progress, no summary.
help-arg-verbose = Also tell which configuration is used and what each file holds.
help-arg-help = Print help.
help-arg-version = Print the version.

## options of several commands
help-arg-paths = Files or directories (walked for .txt, .md, .docx, .html, .htm, .pdf); default `reglaments/`.
help-arg-output = Output directory.
help-arg-encoding = Force an encoding instead of detecting it (utf-8, utf-16le, utf-16be, windows-1251, kz-1048).
help-arg-rules = Keep only the findings of this rule (repeat for several; `reglament rules` lists them).
help-arg-severity = Keep only the findings of this severity or a higher one.
help-arg-files = Keep only the findings of files matching this glob (`reglaments/0*.txt`; repeat for several).
help-arg-png = Also write a PNG beside each SVG.
help-arg-format = Output format.

## options of one command
help-parse-paths = Files or directories (walked for .txt, .md, .docx, .html, .htm, .pdf), `-` for standard input; default `reglaments/`.
help-check-paths = { help-parse-paths }
help-build-output = Output directory (default `output`, or `output` of reglament.toml).
help-build-jobs = Worker threads (default: every core).
help-build-force = Rebuild every input, even those unchanged since the last build.
help-build-prune = Also remove the outputs of every earlier input whose file no longer exists (outputs of inputs gone from a folder read whole are removed anyway; the others are kept).
help-build-check = Write nothing: rebuild in memory, list the output files that are missing, changed or extra, and exit 1 if any.
help-build-fail-on = Exit 1 when a finding has this severity or a higher one (the build publishes, so never by default).
help-build-keep-layout = Keep the layout of these edited BPMN files (files or folders of them): shapes that still exist keep their positions and sizes; every input is rebuilt (docs/compare.md).
help-build-png = Also write a PNG beside each SVG, rendered in parallel.
help-build-pdf = Also write each act's printed справочник: spravochnik.pdf, every diagram on its own page.
help-check-format = Report format: compiler-style text lines, Markdown, one HTML page, JSON or SARIF 2.1.0.
help-check-fail-on = Exit 1 when a finding has this severity or a higher one (never: only unreadable inputs fail, with exit 2).
help-check-baseline = Leave out the findings whose fingerprints this file lists (plain list or a JSON report).
help-check-write-baseline = Write the fingerprints of all current findings to this file as a baseline, then exit.
help-check-explain = Tell what a rule compares, its severity and an example, then exit.
help-compare-bpmn = The edited BPMN file.
help-compare-text = The text to compare with (default: the one the BPMN file names).
help-compare-format = Output format: `file:line` text lines, Markdown or JSON.
help-compare-encoding = Force the text's encoding instead of detecting it.
help-completions-shell = The shell.
help-man-command = The command whose page to print (`reglament man check` is `reglament-check(1)`).
help-help-subcommand = The command whose help to print.
