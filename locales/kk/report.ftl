# Есептің ескертпелер айналасындағы сөздері.

report-summary = { $findings } ({ $errors }, { $warnings }, { $infos }); тексерілді: { $files }, { $regulations }
report-baselined = базалық тізім қабылдағаны: { $n }
report-new = базалық тізімнен кейін жаңасы: { $n }
report-failed = оқылмады: { $files }
report-by-regulation = регламенттер бойынша:
report-regulation-line = { $file }:{ $line } «{ $title }»: { $errors }, { $warnings }, { $infos }
report-act = { $file }: { $findings }
