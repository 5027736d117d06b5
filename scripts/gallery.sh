#!/bin/sh
# Draw the README's gallery of plots from testdata/ into docs/gallery/.
#   make gallery    (or: STATPIPE=./statpipe sh scripts/gallery.sh)
STATPIPE=${STATPIPE:-./statpipe}
cd "$(dirname "$0")/.." || exit 2
out=docs/gallery
mkdir -p "$out" || exit 1
fail=0

draw() {
	name=$1
	shift
	if "$STATPIPE" plot "$@" -q --size 640x480 -o "$out/$name.png"; then
		echo "$out/$name.png"
	else
		fail=1
	fi
}

draw scatter scatter -x speed -y dist --fit linear \
    --title 'Stopping distance of cars' testdata/cars.csv
draw scatter-by scatter -x Sepal.Length -y Petal.Length --by Species \
    --legend top-left testdata/iris.csv
draw line line -x Day -y Temp --by Month --legend outside \
    testdata/airquality.csv
draw hist hist -c waiting --title 'Old Faithful: minutes between eruptions' \
    testdata/faithful.csv
draw density density -c Sepal.Length --by Species testdata/iris.csv
draw bar bar -x cyl --count --by gear --legend top-left testdata/mtcars.csv
draw box box -y Ozone --by Month testdata/airquality.csv
draw violin violin -y len --by dose testdata/ToothGrowth.csv
draw errorbar errorbar -y weight --by feed testdata/chickwts.csv
draw pie pie -x feed --title 'Chicks by feed' testdata/chickwts.csv
draw heatmap heatmap --title 'Correlations in mtcars' testdata/mtcars-corr.csv
draw qq qq -c mpg testdata/mtcars.csv
draw ecdf ecdf -c weight --by group testdata/PlantGrowth.csv
draw pairs pairs -c Sepal.Length,Sepal.Width,Petal.Length --by Species \
    testdata/iris.csv
draw residuals residuals --title 'lm(dist ~ speed, cars)' \
    testdata/cars-augment.csv
draw facet scatter -x wt -y mpg --facet cyl --fit linear testdata/mtcars.csv
draw dark hist -c eruptions --bins 20 --theme dark testdata/faithful.csv
exit $fail
