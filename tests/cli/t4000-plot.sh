#!/bin/sh
# plot: the gnuplot scripts of every kind (golden), the text terminal
# (golden), real renderings to PNG, SVG and PDF, and bad input.
. tests/cli/lib.sh

# --script: the whole gnuplot script, data inline
check scatter         0 plot scatter -x speed -y dist --script "$DATA/cars.csv"
check scatter-fit     0 plot scatter -x speed -y dist --fit linear --script "$DATA/cars.csv"
check scatter-by      0 plot scatter -x Sepal.Length -y Petal.Length --by Species --script "$DATA/iris.csv"
check line            0 plot line -x Day -y Temp,Wind --script "$DATA/airquality.csv"
check line-by         0 plot line -x Day -y Ozone --by Month --script "$DATA/airquality.csv"
check hist            0 plot hist -c waiting --script "$DATA/faithful.csv"
check hist-bins       0 plot hist -c mpg --bins 6 --density --script "$DATA/mtcars.csv"
check hist-by         0 plot hist -c Sepal.Length --by Species --script "$DATA/iris.csv"
check density         0 plot density -c eruptions --script "$DATA/faithful.csv"
check bar             0 plot bar -x feed -y weight --script "$DATA/chickwts.csv"
check bar-count       0 plot bar -x cyl --count --script "$DATA/mtcars.csv"
check bar-count-by    0 plot bar -x cyl --count --by gear --script "$DATA/mtcars.csv"
check_sh bar-pipe     0 '$SP groupby -k cyl mean:mpg testdata/mtcars.csv | $SP plot bar -x cyl -y mpg_mean --script'
check box             0 plot box -y Ozone --by Month --script "$DATA/airquality.csv"
check box-columns     0 plot box -y Sepal.Length,Sepal.Width --script "$DATA/iris.csv"
check pie             0 plot pie -x feed --script "$DATA/chickwts.csv"
check heatmap         0 plot heatmap --script "$DATA/mtcars-corr.csv"
check_sh heatmap-long 0 '$SP groupby -k Hair,Eye count testdata/haireye.csv | $SP plot heatmap -x Hair -y Eye -c count --script'
check qq              0 plot qq -c mpg --script "$DATA/mtcars.csv"
check ecdf            0 plot ecdf -c weight --by group --script "$DATA/PlantGrowth.csv"
check violin          0 plot violin -y len --by supp --script "$DATA/ToothGrowth.csv"
check errorbar        0 plot errorbar -y weight --by group --script "$DATA/PlantGrowth.csv"
check pairs           0 plot pairs -c mpg,wt,hp --script "$DATA/mtcars.csv"
check residuals       0 plot residuals --script "$DATA/cars-augment.csv"
check facet           0 plot scatter -x wt -y mpg --facet am --script "$DATA/mtcars.csv"
check options         0 plot scatter -x wt -y mpg --title "Cars' weight" --xlabel 'weight (1000 lb)' --ylabel mpg --legend bottom-left --logx --logy --xrange 1:6 --yrange :40 --style points,color=#aa0000,size=1.5 --set 'set grid' --script "$DATA/mtcars.csv"
check dark-png        0 plot hist -c mpg --theme dark --size 640x480 -o mpg.png --script "$DATA/mtcars.csv"
check svg-pdf         0 plot line -y mpg -o x.pdf --terminal svg --script "$DATA/mtcars.csv"
check other-terminal  0 plot line -y mpg --terminal 'canvas size 300,200' --script "$DATA/mtcars.csv"
check missing         0 plot scatter -x Solar.R -y Ozone --script "$DATA/airquality.csv"

# the text terminal, drawn by gnuplot
check dumb-scatter    0 plot scatter -x speed -y dist "$DATA/cars.csv"
check dumb-hist       0 plot hist -c waiting "$DATA/faithful.csv"
check dumb-size       0 plot box -y len --by dose --size 60x15 "$DATA/ToothGrowth.csv"

# bad usage and bad data
check no-kind         2 plot "$DATA/cars.csv"
check bad-kind        2 plot frob "$DATA/cars.csv"
check no-y            2 plot scatter -x speed "$DATA/cars.csv"
check unknown-column  2 plot scatter -x speed -y nope "$DATA/cars.csv"
check two-x           2 plot scatter -x speed,dist -y dist "$DATA/cars.csv"
check bad-extension   2 plot scatter -x speed -y dist -o x.gif "$DATA/cars.csv"
check bad-size        2 plot scatter -x speed -y dist --size 800 "$DATA/cars.csv"
check bad-range       2 plot scatter -x speed -y dist --xrange 1-5 "$DATA/cars.csv"
check bad-style       2 plot scatter -x speed -y dist --style dashes "$DATA/cars.csv"
check bad-legend      2 plot scatter -x speed -y dist --legend middle "$DATA/cars.csv"
check by-on-pie       2 plot pie -x feed --by feed "$DATA/chickwts.csv"
check bar-both        2 plot bar -x cyl -y mpg --count "$DATA/mtcars.csv"
check residuals-cols  2 plot residuals "$DATA/cars.csv"
check text-column     1 plot scatter -x Species -y Sepal.Length "$DATA/iris.csv"
check fit-too-few     1 plot scatter -x x -y y --fit linear "$DATA/one-value.csv"
check density-one     1 plot density -c x "$DATA/one-value.csv"
check_sh no-pairs     1 'printf "x,y\n1,NA\n" | $SP plot line -x x -y y'
check_sh empty-level  0 'printf "g,x,y\na,1,2\na,2,3\nb,NA,1\n" | $SP plot line -x x -y y --by g --script'
check facet-box       0 plot box -y len --facet supp --by dose --script "$DATA/ToothGrowth.csv"
check facet-hist      0 plot hist -c Sepal.Width --facet Species --script "$DATA/iris.csv"
check gnuplot-fails   1 plot scatter -x speed -y dist --set 'frobnicate' "$DATA/cars.csv"
check_sh no-gnuplot   1 'PATH=/nonexistent "$SP" plot scatter -x speed -y dist testdata/cars.csv'
check_sh no-partial-file 1 "\"\$SP\" plot scatter -x speed -y dist --set frobnicate -o '$tmp/x.png' testdata/cars.csv 2>/dev/null; rc=\$?; test ! -e '$tmp/x.png' && exit \$rc"
check help            0 plot --help

# rendering: every kind to PNG, SVG and PDF by the real gnuplot; each file
# must be an image of the asked size, with nothing on stderr
render() {
	name=$1 ext=$2
	shift 2
	img="$tmp/img.$ext"
	rm -f "$img"
	"$STATPIPE" plot "$@" -q --size 640x480 -o "$img" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	why=
	if [ "$rc" -ne 0 ]; then
		why="exit status $rc"
	elif [ -s "$tmp/err" ] || [ -s "$tmp/out" ]; then
		why="output: $(head -3 "$tmp/err" "$tmp/out" | tr '\n' '|')"
	else
		case $ext in
		png)
			sig=$(od -An -tx1 -N8 "$img" | tr -d ' \n')
			dim=$(od -An -tu1 -j16 -N8 "$img" | tr -s ' \n' ' ')
			[ "$sig" = 89504e470d0a1a0a ] || why="not a PNG: $sig"
			[ -z "$why" ] && [ "$dim" != " 0 0 2 128 0 0 1 224 " ] &&
			    why="PNG size bytes$dim, want 640x480"
			;;
		svg)
			grep -q '<svg' "$img" || why="no <svg> root element"
			[ -z "$why" ] && ! grep -q 'width="640" height="480"' "$img" &&
			    why="SVG is not 640x480"
			;;
		pdf)
			[ "$(head -c 5 "$img")" = "%PDF-" ] || why="no PDF header"
			[ -z "$why" ] && ! grep -aq 'MediaBox \[ *0 0 460 345 *\]' "$img" &&
			    why="PDF is not 6.4x4.8in"
			;;
		esac
	fi
	if [ -z "$why" ]; then
		npass=$((npass + 1))
		echo "ok - $T render $name.$ext"
	else
		nfail=$((nfail + 1))
		echo "not ok - $T render $name.$ext: $why"
	fi
	rm -f "$img"
}
for ext in png svg pdf; do
	render scatter $ext scatter -x speed -y dist --fit linear "$DATA/cars.csv"
	render line $ext line -x Day -y Temp --by Month "$DATA/airquality.csv"
	render hist $ext hist -c Sepal.Length --by Species "$DATA/iris.csv"
	render density $ext density -c eruptions "$DATA/faithful.csv"
	render bar $ext bar -x cyl --count --by gear "$DATA/mtcars.csv"
	render box $ext box -y Ozone --by Month "$DATA/airquality.csv"
	render pie $ext pie -x feed "$DATA/chickwts.csv"
	render heatmap $ext heatmap "$DATA/mtcars-corr.csv"
	render qq $ext qq -c mpg "$DATA/mtcars.csv"
	render ecdf $ext ecdf -c weight --by group "$DATA/PlantGrowth.csv"
	render violin $ext violin -y Sepal.Length --by Species "$DATA/iris.csv"
	render errorbar $ext errorbar -y weight --by feed "$DATA/chickwts.csv"
	render pairs $ext pairs -c Sepal.Length,Sepal.Width,Petal.Length --by Species "$DATA/iris.csv"
	render residuals $ext residuals "$DATA/cars-augment.csv"
	render facet $ext scatter -x wt -y mpg --facet cyl --theme dark "$DATA/mtcars.csv"
	render facet-key $ext scatter -x wt -y mpg --by gear --facet am "$DATA/mtcars.csv"
	render loess $ext scatter -x speed -y dist --fit loess "$DATA/cars.csv"
	render poly $ext scatter -x wt -y mpg --by am --fit poly:2 "$DATA/mtcars.csv"
	render strip $ext strip -y weight --by group "$DATA/PlantGrowth.csv"
	render swarm $ext swarm -y len --by dose "$DATA/ToothGrowth.csv"
	render count $ext count -x cyl --by gear "$DATA/mtcars.csv"
	render point $ext point -y len --by dose "$DATA/ToothGrowth.csv"
	render lm $ext lm -x wt -y mpg --by am "$DATA/mtcars.csv"
	render pairs-density $ext pairs -c Sepal.Length,Sepal.Width --by Species --diag density "$DATA/iris.csv"
	render strip-seed $ext strip -y weight --by group --seed 7 "$DATA/PlantGrowth.csv"
	render point-hue $ext point -y len --by dose --hue supp "$DATA/ToothGrowth.csv"
	render lm-hue $ext lm -x wt -y mpg --by am --hue vs "$DATA/mtcars.csv"
	render nls $ext scatter -x speed -y dist --fit nls 'dist ~ a * speed^b' --start a=1,b=1 "$DATA/cars.csv"
done
done_testing
