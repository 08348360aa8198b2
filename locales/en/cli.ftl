# What the command line tells a person: errors, progress, the summaries at the end of a run.

## Counted nouns
files = { $n ->
    [one] { $n } file
   *[other] { $n } files
}
regulations = { $n ->
    [one] { $n } regulation
   *[other] { $n } regulations
}
diagrams = { $n ->
    [one] { $n } diagram
   *[other] { $n } diagrams
}
findings = { $n ->
    [one] { $n } finding
   *[other] { $n } findings
}
errors = { $n ->
    [one] { $n } error
   *[other] { $n } errors
}
warnings = { $n ->
    [one] { $n } warning
   *[other] { $n } warnings
}
infos = { $n } info
acts = { $n ->
    [one] { $n } act
   *[other] { $n } acts
}
fingerprints = { $n ->
    [one] { $n } fingerprint
   *[other] { $n } fingerprints
}

## build
build-parsed = { $n } parsed
build-unchanged = { $n } unchanged
build-of = { $built } of { $files }
build-built = built { $files }{ $how }: { $regulations }, { $diagrams }
build-checked = checked { $files }{ $how }: { $regulations }, { $diagrams }
build-findings = { $findings }: { $errors }, { $warnings }, { $infos }
build-no-findings = no findings
build-failed = { $n ->
    [one] { $files } could not be built (errors above); what earlier builds made of it is kept
   *[other] { $files } could not be built (errors above); what earlier builds made of them is kept
}
build-kept = { $n ->
    [one] { $acts } built earlier from files not named here stays listed as before
   *[other] { $acts } built earlier from files not named here stay listed as before
}
build-removed = removed the outputs of { $acts } whose file is gone
build-up-to-date = { $out } is up to date ({ $seconds } s)
build-stale-count = { $files } of { $out } differ from this build ({ $seconds } s)
build-open = open { $index } (the diagrams) and { $report } (the findings); done in { $seconds } s
build-progress = files
build-stale = stale: { $path } ({ $why })
diagrams-wrote = wrote { $diagrams } of { $regulations } into { $out }

## errors and advice
error = error: { $message }
error-no-default = error: { $folder }/: no such folder here, and no input was named
error-no-default-advice = nothing built: with no path, reglament reads the regulations (.txt, .md, .docx, .html, .pdf) in { $folder }/; { $out } was not created
error-no-default-hint = {"  "}run it in the folder that holds { $folder }/, or name the texts: reglament build PATH... -o DIR
nothing-read-kept = nothing built: no input could be read, so { $out } was left as it was
nothing-read-new = nothing built: no input could be read, so { $out } was not created
nothing-read-hint = {"  "}name existing files or folders (folders are searched for .txt, .md, .docx, .html, .pdf): reglament build PATH... -o DIR
error-baseline = error: baseline { $path }: { $message }
error-writing = error: writing output: { $message }
error-file = error: { $path }: { $message }
error-config = error: { $path }: { $message }
error-unknown-rule = error: no rule «{ $rule }»; `reglament rules` lists them
error-stdin = error: standard input: { $message }
wrote-baseline = wrote { $fingerprints } to { $path }

## verbose
verbose-config = configuration: { $path }
verbose-no-config = configuration: none (no reglament.toml here or above)
verbose-inputs = reading { $files }
verbose-file = { $path }: { $regulations }, { $findings }

## rules and explanations
rules-heading = { $n } rules (`reglament check --explain RULE` tells more; * marks a rule whose milder cases report lower):
explain-severity = severity: { $severity }
explain-compares = compares: { $text }
explain-example = example: { $text }
explain-level = level here: { $level } (reglament.toml)
severity-error = error
severity-warning = warning
severity-info = info
level-off = off
config-no-rule = line { $line }: no rule «{ $rule }» (`reglament rules` lists them)
build-layout-unused = warning: { $file }: no diagram of this build draws its process { $process }, so its layout was not used
