# Слова отчёта вокруг замечаний.

report-summary = { $findings } ({ $errors }, { $warnings }, { $infos }); проверено: { $files }, { $regulations }
report-baselined = принято базовым списком: { $n }
report-new = новых по сравнению с базовым списком: { $n }
report-failed = не прочитано: { $files }
report-by-regulation = по регламентам:
report-regulation-line = { $file }:{ $line } «{ $title }»: { $errors }, { $warnings }, { $infos }
report-act = { $file }: { $findings }
