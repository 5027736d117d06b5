#!/bin/sh
# mutate: computed columns added or replaced, window functions by group.
. tests/cli/lib.sh
check done-means      0 mutate 'kpl = mpg * 0.425144' 'heavy = wt > 3.5' "$DATA/mtcars.csv"
check_sh into-ttest   0 '$SP mutate "kpl = mpg * 0.425144" "heavy = wt > 3.5" testdata/mtcars.csv | $SP ttest -c kpl --by heavy'
check cummean-by-species 0 mutate -k Species 'z = (Sepal.Length - cummean(Sepal.Length))' "$DATA/iris.csv"
check replace-in-place 0 mutate 'mpg = round(mpg)' 'wt = wt * 1000' 'ratio = mpg / wt' "$DATA/mtcars.csv"
check later-sees-earlier 0 mutate 'a = score * 2' 'b = a + 1' 'a = -a' "$DATA/passthrough.csv"
check copy-bytes      0 mutate 'zip2 = zip' 'note2 = coalesce(note, "none")' 'score2 = score' "$DATA/passthrough.csv"
check strings         0 mutate 'make = split_part(model, " ", 1)' 'short = upper(substr(model, 1, 3))' 'n = len(model)' "$DATA/mtcars.csv"
check case-when       0 mutate 'class = case_when(mpg > 25, "high", mpg > 18, "mid", "low")' 'v = if_else(am == 1, "manual", "automatic")' "$DATA/mtcars.csv"
check na-results      0 mutate 'r = Ozone / Solar.R' 'f = is_na(Ozone) ? -1 : Ozone' 'd = Ozone / 0' "$DATA/airquality.csv"
check windows         0 mutate -k g 'lag = lag(x)' 'lag2 = lag(x, 2)' 'cumsum = cumsum(x)' 'cummean = cummean(x)' 'cummax = cummax(x)' 'cummin = cummin(x)' 'row = row_number()' 'rsum = roll_sum(x, 2)' 'rmean = roll_mean(x, 3)' 'rsd = roll_sd(x, 2)' 'diff = diff(x)' "$DATA/window.csv"
check whole-groups    0 mutate -k g 'lead = lead(x)' 'rank = rank(x)' 'dense = dense_rank(x)' 'half = ntile(x, 2)' 'run = cumsum(rank)' "$DATA/window.csv"
check rank-by-species 0 mutate -k Species 'r = rank(-Sepal.Length)' 'top = r <= 3' "$DATA/iris.csv"
check nested-whole-groups 2 mutate 'a = rank(x)' 'b = lead(a)' "$DATA/window.csv"
check windows-no-keys 0 mutate 'cs = cumsum(t)' 'rn = row_number()' "$DATA/window.csv"
check dates           0 mutate 'd = date(concat("2024-03-", t), "%Y-%m-%d")' 'wd = weekday(d)' 'f = format_date(d + 1, "%d %b %Y")' "$DATA/window.csv"
check digits          0 mutate --digits 3 'r = x / 3' "$DATA/window.csv"
check set-variable    0 mutate -s rate=0.425144 'kpl = mpg * rate' "$DATA/mtcars.csv"
check no-header       0 mutate --no-header --tsv 'n = $1 . "!"' 'x = len($2)' "$DATA/data.tsv"
check bad-assignment  2 mutate 'kpl == mpg' "$DATA/mtcars.csv"
check unknown-column  2 mutate 'z = Sepal.Lenght * 2' "$DATA/iris.csv"
check unknown-key     2 mutate -k nope 'z = row_number()' "$DATA/iris.csv"
check bad-lag         2 mutate 'z = lag(mpg, 0)' "$DATA/mtcars.csv"
check text-as-number  1 mutate 'z = model * 2' "$DATA/mtcars.csv"
check nothing         2 mutate "$DATA/mtcars.csv"
done_testing
