#!/bin/sh
# --p-adjust on the commands that print several p-values: p_adj after
# p_value, the family every p-value of the table, as R's p.adjust (the
# references NAME.ref come from scripts/gen-fixtures-infer.R).
. tests/cli/lib.sh

# near NAME COLUMN 'CMD': CMD's column (* every column but the first, row
# by row) equals $EXP/NAME.ref to 1e-7 relative; NA is an empty cell
near() {
	check_sh "$1" 0 "$3 | awk -F, -v col='$2' '
	NR == FNR { want[++n] = \$1; next }
	FNR == 1 { for (i = 1; i <= NF; i++) if (\$i == col) c = i; next }
	{
		for (i = (col == \"*\" ? 2 : c); i <= (col == \"*\" ? NF : c); i++) {
			w = want[++m]; v = \$i
			if (w == \"NA\" ? v != \"\" : v == \"\" || (v - w > 1e-7 * (w < 0 ? -w : w) + 1e-300 || w - v > 1e-7 * (w < 0 ? -w : w) + 1e-300))
				{ print \"cell \" m \": \" v \", R \" w; bad = 1 }
		}
	}
	END { if (m != n) print m \" cells, R \" n; else if (!bad) print n \" cells as R\" }' $EXP/$1.ref -"
}

M=$DATA/mtcars.csv
near corr-holm p_adj "\$SP corr -c mpg,wt,hp,qsec --p-adjust holm $M"
near corr-matrix-bh '*' "\$SP corr --matrix -c mpg,wt,hp,qsec --p-adjust BH $M"
near corr-spearman-hochberg p_adj "\$SP corr --method spearman -c mpg,wt,hp,qsec --p-adjust hochberg $M 2>/dev/null"
near ttest-hommel p_adj "\$SP ttest -c mpg,wt,qsec -g am --p-adjust hommel $M"
near ranktest-by p_adj "\$SP ranktest -c mpg,wt,qsec -g am --p-adjust BY $M 2>/dev/null"
near ttest-strata-bh p_adj "\$SP ttest -c mpg,qsec -g am --strata vs --p-adjust fdr $M"
near anova-each-holm p_adj "\$SP anova -y mpg -g cyl --by am --p-adjust holm $M"
near anova-two-way-bonferroni p_adj "\$SP anova -y len -g supp,dose --p-adjust bonferroni $DATA/ToothGrowth.csv"
near chisq-cells-p p_value "\$SP chisq --cells -c cyl,gear --p-adjust bonferroni $M"
near chisq-cells-bonferroni p_adj "\$SP chisq --cells -c cyl,gear --p-adjust bonferroni $M"
near chisq-table-cells-holm p_adj "\$SP chisq --table --cells --p-adjust holm $DATA/haireye-table.csv"
check ttest-table      0 ttest -c mpg,wt -g am --p-adjust holm --format table "$M"
check one-test         0 ttest -c mpg -g am --p-adjust bonferroni "$M"
check none             0 corr -c mpg,wt,hp --p-adjust none "$M"
check ranktest-ties    0 ranktest -c mpg,cyl -g am --p-adjust holm "$M"
check anova-constant   0 anova -y y -g g --p-adjust holm "$DATA/anova-constant.csv"
check bad-method       2 corr -c mpg,wt --p-adjust bh "$M"
check tukey-no-p       2 anova -y mpg -g cyl --tukey --p-adjust holm "$M"
check chisq-no-cells   2 chisq -c cyl,gear --p-adjust holm "$M"
check header-only      1 ttest -c a -g b --p-adjust holm "$DATA/header-only.csv"
done_testing
