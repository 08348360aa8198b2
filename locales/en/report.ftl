# The report's own words around the findings.

report-summary = { $findings } ({ $errors }, { $warnings }, { $infos }) in { $files }, { $regulations }
report-baselined = { $n } accepted by the baseline
report-new = { $n } new since the baseline
report-failed = { $files } could not be read
report-by-regulation = by regulation:
report-regulation-line = { $file }:{ $line } «{ $title }»: { $errors }, { $warnings }, { $infos }
report-act = { $file }: { $findings }
