# Пәрмен жолы адамға айтатын сөздер: қателер, жұмыстың барысы, қорытындылар.

## Санау (сан есімнен кейін зат есім көпше түрге түспейді)
files = { $n } файл
regulations = { $n } регламент
diagrams = { $n } диаграмма
findings = { $n } ескертпе
errors = { $n } қате
warnings = { $n } ескерту
infos = { $n } мәлімет үшін
acts = { $n } акт
fingerprints = { $n } таңба

## build
build-parsed = талданғаны: { $n }
build-unchanged = өзгермегені: { $n }
build-of = { $files } ішінен { $built }
build-built = жиналды: { $files }{ $how }: { $regulations }, { $diagrams }
build-checked = тексерілді: { $files }{ $how }: { $regulations }, { $diagrams }
build-findings = { $findings }: { $errors }, { $warnings }, { $infos }
build-no-findings = ескертпе жоқ
build-failed = жиналмады: { $files } (қателер жоғарыда); бұрынғы жинақтардың жасағаны сақталды
build-kept = мұнда аталмаған файлдардан бұрын жиналғандар тізімде бұрынғыдай қалады: { $acts }
build-removed = файлы жоқ актілердің нәтижелері жойылды: { $acts }
build-up-to-date = { $out } бастапқы мәтіндерден қалған жоқ ({ $seconds } с)
build-stale-count = осы жинақтан өзгешесі: { $out } ішінде { $files } ({ $seconds } с)
build-open = { $index } (диаграммалар) және { $report } (ескертпелер) ашыңыз; { $seconds } с ішінде дайын
build-progress = файл
build-stale = ескірген: { $path } ({ $why })
diagrams-wrote = { $out } ішіне жазылды: { $diagrams } ({ $regulations })

## қателер мен кеңестер
error = қате: { $message }
error-no-default = қате: { $folder }/: мұнда мұндай қалта жоқ, кіріс файлдары да аталмаған
error-no-default-advice = ештеңе жиналмады: жол берілмесе, reglament регламенттерді (.txt, .md, .docx, .html, .pdf) { $folder }/ қалтасынан оқиды; { $out } жасалмады
error-no-default-hint = {"  "}{ $folder }/ жатқан қалтада іске қосыңыз немесе мәтіндерді атаңыз: reglament build ЖОЛ... -o ҚАЛТА
nothing-read-kept = ештеңе жиналмады: бірде-бір кіріс файлы оқылмады, { $out } бұрынғыдай қалды
nothing-read-new = ештеңе жиналмады: бірде-бір кіріс файлы оқылмады, { $out } жасалмады
nothing-read-hint = {"  "}бар файлдарды не қалталарды атаңыз (қалталардан .txt, .md, .docx, .html, .pdf ізделеді): reglament build ЖОЛ... -o ҚАЛТА
error-baseline = қате: базалық тізім { $path }: { $message }
error-writing = қате: шығыс жазылмады: { $message }
error-file = қате: { $path }: { $message }
error-config = қате: { $path }: { $message }
error-unknown-rule = қате: «{ $rule }» ережесі жоқ; тізімін `reglament rules` береді
error-stdin = қате: стандартты кіріс: { $message }
wrote-baseline = { $path } ішіне жазылды: { $fingerprints }

## толығырақ
verbose-config = баптаулар: { $path }
verbose-no-config = баптаулар: жоқ (reglament.toml мұнда да, жоғарыда да жоқ)
verbose-inputs = оқылуда: { $files }
verbose-file = { $path }: { $regulations }, { $findings }

## ережелер мен түсіндірмелер
rules-heading = ережелер саны: { $n } (толығырақ: `reglament check --explain ЕРЕЖЕ`; * — жеңілірек жағдайлары төменірек маңыздылық алатын ереже):
explain-severity = маңыздылығы: { $severity }
explain-compares = нені салыстырады: { $text }
explain-example = мысал: { $text }
explain-level = мұндағы деңгейі: { $level } (reglament.toml)
severity-error = қате
severity-warning = ескерту
severity-info = мәлімет үшін
level-off = өшірулі
config-no-rule = { $line }-жол: «{ $rule }» ережесі жоқ (тізімін `reglament rules` береді)
build-layout-unused = ескерту: { $file }: бұл жинақтың бірде-бір диаграммасы оның { $process } процесін салмайды, сондықтан оның орналасуы қолданылмады
