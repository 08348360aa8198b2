# Что командная строка говорит человеку: ошибки, ход работы, итоги.

## Счёт
files = { $n ->
    [one] { $n } файл
    [few] { $n } файла
   *[many] { $n } файлов
}
regulations = { $n ->
    [one] { $n } регламент
    [few] { $n } регламента
   *[many] { $n } регламентов
}
diagrams = { $n ->
    [one] { $n } диаграмма
    [few] { $n } диаграммы
   *[many] { $n } диаграмм
}
findings = { $n ->
    [one] { $n } замечание
    [few] { $n } замечания
   *[many] { $n } замечаний
}
errors = { $n ->
    [one] { $n } ошибка
    [few] { $n } ошибки
   *[many] { $n } ошибок
}
warnings = { $n ->
    [one] { $n } предупреждение
    [few] { $n } предупреждения
   *[many] { $n } предупреждений
}
infos = { $n } к сведению
acts = { $n ->
    [one] { $n } акт
    [few] { $n } акта
   *[many] { $n } актов
}
fingerprints = { $n ->
    [one] { $n } отпечаток
    [few] { $n } отпечатка
   *[many] { $n } отпечатков
}

## build
build-parsed = разобрано: { $n }
build-unchanged = без изменений: { $n }
build-of = { $built } из { $total } { $total ->
    [one] файла
   *[other] файлов
}
build-built = собрано: { $files }{ $how }: { $regulations }, { $diagrams }
build-checked = проверено: { $files }{ $how }: { $regulations }, { $diagrams }
build-findings = { $findings }: { $errors }, { $warnings }, { $infos }
build-no-findings = замечаний нет
build-failed = не удалось собрать: { $files } (ошибки выше); сделанное прежними сборками сохранено
build-kept = собранные ранее из файлов, не названных здесь, остаются в списке как прежде: { $acts }
build-removed = удалены результаты актов, чьих файлов больше нет: { $acts }
build-up-to-date = { $out } не отстаёт от исходных текстов ({ $seconds } с)
build-stale-count = расходятся с этой сборкой: { $files } в { $out } ({ $seconds } с)
build-open = откройте { $index } (диаграммы) и { $report } (замечания); готово за { $seconds } с
build-progress = файлов
build-stale = устарел: { $path } ({ $why })
diagrams-wrote = записано в { $out }: { $diagrams } ({ $regulations })

## ошибки и советы
error = ошибка: { $message }
error-no-default = ошибка: { $folder }/: такой папки здесь нет, и входные файлы не названы
error-no-default-advice = ничего не собрано: без пути reglament читает регламенты (.txt, .md, .docx, .html, .pdf) из { $folder }/; { $out } не создана
error-no-default-hint = {"  "}запустите в папке, где лежит { $folder }/, или назовите тексты: reglament build ПУТЬ... -o ПАПКА
nothing-read-kept = ничего не собрано: ни один входной файл не прочитан, { $out } оставлена как была
nothing-read-new = ничего не собрано: ни один входной файл не прочитан, { $out } не создана
nothing-read-hint = {"  "}назовите существующие файлы или папки (в папках ищутся .txt, .md, .docx, .html, .pdf): reglament build ПУТЬ... -o ПАПКА
error-baseline = ошибка: базовый список { $path }: { $message }
error-writing = ошибка: вывод не записан: { $message }
error-file = ошибка: { $path }: { $message }
error-config = ошибка: { $path }: { $message }
error-unknown-rule = ошибка: правила «{ $rule }» нет; их список даёт `reglament rules`
error-stdin = ошибка: стандартный ввод: { $message }
wrote-baseline = записано в { $path }: { $fingerprints }

## подробности
verbose-config = настройки: { $path }
verbose-no-config = настройки: нет (reglament.toml нет ни здесь, ни выше)
verbose-inputs = читаю: { $files }
verbose-file = { $path }: { $regulations }, { $findings }

## правила и пояснения
rules-heading = правил: { $n } (подробнее: `reglament check --explain ПРАВИЛО`; * — правило, чьи более мягкие случаи получают меньшую важность):
explain-severity = важность: { $severity }
explain-compares = что сравнивает: { $text }
explain-example = пример: { $text }
explain-level = уровень здесь: { $level } (reglament.toml)
severity-error = ошибка
severity-warning = предупреждение
severity-info = к сведению
level-off = выключено
config-no-rule = строка { $line }: правила «{ $rule }» нет (их список даёт `reglament rules`)
build-layout-unused = предупреждение: { $file }: ни одна диаграмма этой сборки не рисует его процесс { $process }, поэтому его раскладка не использована
