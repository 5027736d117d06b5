/*
 * anova: every view against R, on the data sets of testdata/, and the one-way
 * sums of squares against the certified values of the NIST StRD.
 * The expected values are printed by `Rscript scripts/gen-fixtures-anova.R
 * anova`; each case names its R call.  Tolerances: 1e-9 relative, p-values
 * 1e-7; NIST 1e-10 (ten significant digits).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "stats/anova.h"
#include "core/diag.h"
#include "frame/frame.h"
#include "io/out.h"

struct row {
	const char	*label;		/* term, contrast; unchecked for tests */
	double		 v[7];		/* the numeric columns, NAN: empty */
};

struct tcase {
	const char	*file, *y, *g;
	enum anova_view	 view;
	int		 ss, additive;
	size_t		 nrows;
	struct row	 rows[16];
};

/* clang-format off */
static const struct tcase cases[] = {
	/* anova(aov(weight ~ group, PlantGrowth.csv)) */
	{ "PlantGrowth.csv", "weight", "group", ANOVA_TABLE, 1, 0, 2, {
	    { "group", { 2, 3.7663399999999987, 1.8831699999999993, 4.8460878623801351, 0.015909958325622937, 0.26414829683211954, 0.26414829683211966 } },
	    { "Residuals", { 27, 10.492089999999997, 0.38859592592592584, NAN, NAN, NAN, NAN } },
	} },
	/* car::Anova(lm(weight ~ group, PlantGrowth.csv, contrasts = contr.sum), type = 2) */
	{ "PlantGrowth.csv", "weight", "group", ANOVA_TABLE, 2, 0, 2, {
	    { "group", { 2, 3.7663399999999996, 1.8831699999999998, 4.8460878623801378, 0.015909958325622895, 0.2641482968321196, 0.26414829683211971 } },
	    { "Residuals", { 27, 10.492089999999996, 0.38859592592592579, NAN, NAN, NAN, NAN } },
	} },
	/* car::Anova(lm(weight ~ group, PlantGrowth.csv, contrasts = contr.sum), type = 3) */
	{ "PlantGrowth.csv", "weight", "group", ANOVA_TABLE, 3, 0, 3, {
	    { "(Intercept)", { 1, 772.05987000000016, 772.05987000000016, 1986.7935263612883, 8.0200075794343804e-27, NAN, NAN } },
	    { "group", { 2, 3.7663399999999996, 1.8831699999999998, 4.846087862380136, 0.015909958325622937, 0.2641482968321196, 0.26414829683211971 } },
	    { "Residuals", { 27, 10.492089999999997, 0.38859592592592584, NAN, NAN, NAN, NAN } },
	} },
	/* TukeyHSD(aov(weight ~ group, PlantGrowth.csv)) */
	{ "PlantGrowth.csv", "weight", "group", ANOVA_TUKEY, 1, 0, 3, {
	    { "trt1-ctrl", { -0.37100000000000044, -1.0622160514104588, 0.32021605141045795, 0.39087114420212465 } },
	    { "trt2-ctrl", { 0.49399999999999977, -0.19721605141045861, 1.1852160514104582, 0.19799599129970824 } },
	    { "trt2-trt1", { 0.86500000000000021, 0.17378394858954183, 1.5562160514104586, 0.012006423979452729 } },
	} },
	/* oneway.test(weight ~ group, PlantGrowth.csv) */
	{ "PlantGrowth.csv", "weight", "group", ANOVA_WELCH, 1, 0, 1, {
	    { "w", { 5.1809724081131892, 2, 17.128418616644129, 0.017392821490170001 } },
	} },
	/* kruskal.test(weight ~ group, PlantGrowth.csv) */
	{ "PlantGrowth.csv", "weight", "group", ANOVA_KRUSKAL, 1, 0, 1, {
	    { "k", { 7.9882287494437154, 2, 0.01842375573147197 } },
	} },
	/* car::leveneTest(weight ~ group, PlantGrowth.csv, center = mean) */
	{ "PlantGrowth.csv", "weight", "group", ANOVA_LEVENE, 1, 0, 1, {
	    { "h", { 1.2369629544697833, 2, 27, 0.30619492299144752 } },
	} },
	/* car::leveneTest(weight ~ group, PlantGrowth.csv, center = median) */
	{ "PlantGrowth.csv", "weight", "group", ANOVA_BROWN_FORSYTHE, 1, 0, 1, {
	    { "h", { 1.11918569487039, 2, 27, 0.34122662412547378 } },
	} },
	/* bartlett.test(weight, interaction(group), PlantGrowth.csv) */
	{ "PlantGrowth.csv", "weight", "group", ANOVA_BARTLETT, 1, 0, 1, {
	    { "b", { 2.8785737872360935, 2, NAN, 0.23709677363455817 } },
	} },
	/* anova(aov(count ~ spray, InsectSprays.csv)) */
	{ "InsectSprays.csv", "count", "spray", ANOVA_TABLE, 1, 0, 2, {
	    { "spray", { 5, 2668.8333333333358, 533.76666666666711, 34.702282055491686, 3.1825837261451847e-17, 0.72443901556279477, 0.724439015562794 } },
	    { "Residuals", { 66, 1015.1666666666681, 15.381313131313153, NAN, NAN, NAN, NAN } },
	} },
	/* car::Anova(lm(count ~ spray, InsectSprays.csv, contrasts = contr.sum), type = 2) */
	{ "InsectSprays.csv", "count", "spray", ANOVA_TABLE, 2, 0, 2, {
	    { "spray", { 5, 2668.833333333333, 533.76666666666665, 34.702282055491715, 3.1825837261451182e-17, 0.724439015562794, 0.72443901556279411 } },
	    { "Residuals", { 66, 1015.1666666666664, 15.381313131313128, NAN, NAN, NAN, NAN } },
	} },
	/* car::Anova(lm(count ~ spray, InsectSprays.csv, contrasts = contr.sum), type = 3) */
	{ "InsectSprays.csv", "count", "spray", ANOVA_TABLE, 3, 0, 3, {
	    { "(Intercept)", { 1, 6498.0000000000018, 6498.0000000000018, 422.46067969134816, 2.1608529898494206e-30, NAN, NAN } },
	    { "spray", { 5, 2668.833333333333, 533.76666666666665, 34.702282055491722, 3.1825837261451182e-17, 0.724439015562794, 0.72443901556279411 } },
	    { "Residuals", { 66, 1015.1666666666663, 15.381313131313126, NAN, NAN, NAN, NAN } },
	} },
	/* TukeyHSD(aov(count ~ spray, InsectSprays.csv)) */
	{ "InsectSprays.csv", "count", "spray", ANOVA_TUKEY, 1, 0, 15, {
	    { "B-A", { 0.8333333333333357, -3.8660751806225679, 5.5327418472892393, 0.99518103136660951 } },
	    { "C-A", { -12.416666666666693, -17.116075180622595, -7.7172581527107891, 1.0750550449856178e-09 } },
	    { "D-A", { -9.583333333333325, -14.282741847289229, -4.8839248193774214, 1.4420126304148795e-06 } },
	    { "E-A", { -11.000000000000004, -15.699408513955907, -6.3005914860440999, 4.0862438654976074e-08 } },
	    { "F-A", { 2.1666666666666661, -2.5327418472892376, 6.8660751806225697, 0.75421472763167263 } },
	    { "C-B", { -13.250000000000028, -17.94940851395593, -8.5505914860441248, 1.1845824321454757e-10 } },
	    { "D-B", { -10.416666666666661, -15.116075180622564, -5.7172581527107571, 1.7939113661213923e-07 } },
	    { "E-B", { -11.833333333333339, -16.532741847289245, -7.1339248193774356, 4.8422903464739875e-09 } },
	    { "F-B", { 1.3333333333333304, -3.3660751806225733, 6.032741847289234, 0.9603075000339143 } },
	    { "D-C", { 2.8333333333333686, -1.8660751806225351, 7.5327418472892722, 0.49207074457993383 } },
	    { "E-C", { 1.4166666666666901, -3.2827418472892136, 6.1160751806225937, 0.94886690954540298 } },
	    { "F-C", { 14.583333333333361, 9.8839248193774569, 19.282741847289266, 0 } },
	    { "E-D", { -1.4166666666666785, -6.1160751806225822, 3.2827418472892251, 0.94886690954540476 } },
	    { "F-D", { 11.749999999999991, 7.0505914860440875, 16.449408513955895, 5.9985306721799247e-09 } },
	    { "F-E", { 13.16666666666667, 8.467258152710766, 17.866075180622573, 1.4882128862581112e-10 } },
	} },
	/* oneway.test(count ~ spray, InsectSprays.csv) */
	{ "InsectSprays.csv", "count", "spray", ANOVA_WELCH, 1, 0, 1, {
	    { "w", { 36.065443893577253, 5, 30.04256050876738, 7.9993794556733478e-12 } },
	} },
	/* kruskal.test(count ~ spray, InsectSprays.csv) */
	{ "InsectSprays.csv", "count", "spray", ANOVA_KRUSKAL, 1, 0, 1, {
	    { "k", { 54.691344622371446, 5, 1.5108444394185103e-10 } },
	} },
	/* car::leveneTest(count ~ spray, InsectSprays.csv, center = mean) */
	{ "InsectSprays.csv", "count", "spray", ANOVA_LEVENE, 1, 0, 1, {
	    { "h", { 6.4553527100866956, 5, 66, 6.1036338344821103e-05 } },
	} },
	/* car::leveneTest(count ~ spray, InsectSprays.csv, center = median) */
	{ "InsectSprays.csv", "count", "spray", ANOVA_BROWN_FORSYTHE, 1, 0, 1, {
	    { "h", { 3.8213563132259241, 5, 66, 0.0042227911389921364 } },
	} },
	/* bartlett.test(count, interaction(spray), InsectSprays.csv) */
	{ "InsectSprays.csv", "count", "spray", ANOVA_BARTLETT, 1, 0, 1, {
	    { "b", { 25.959825320368687, 5, NAN, 9.0851223329453131e-05 } },
	} },
	/* anova(aov(weight ~ feed, chickwts.csv)) */
	{ "chickwts.csv", "weight", "feed", ANOVA_TABLE, 1, 0, 2, {
	    { "feed", { 5, 231129.16210292038, 46225.832420584076, 15.364799774712539, 5.9364198534713305e-10, 0.54168546567391529, 0.54168546567391562 } },
	    { "Residuals", { 65, 195556.0209956709, 3008.5541691641679, NAN, NAN, NAN, NAN } },
	} },
	/* car::Anova(lm(weight ~ feed, chickwts.csv, contrasts = contr.sum), type = 2) */
	{ "chickwts.csv", "weight", "feed", ANOVA_TABLE, 2, 0, 2, {
	    { "feed", { 5, 231129.16210292061, 46225.83242058412, 15.364799774712555, 5.9364198534712064e-10, 0.54168546567391584, 0.54168546567391584 } },
	    { "Residuals", { 65, 195556.0209956709, 3008.5541691641679, NAN, NAN, NAN, NAN } },
	} },
	/* car::Anova(lm(weight ~ feed, chickwts.csv, contrasts = contr.sum), type = 3) */
	{ "chickwts.csv", "weight", "feed", ANOVA_TABLE, 3, 0, 3, {
	    { "(Intercept)", { 1, 4718303.6748218173, 4718303.6748218173, 1568.2960683179754, 3.1436744289076129e-47, NAN, NAN } },
	    { "feed", { 5, 231129.16210292061, 46225.83242058412, 15.364799774712553, 5.9364198534712064e-10, 0.54168546567391584, 0.54168546567391584 } },
	    { "Residuals", { 65, 195556.0209956709, 3008.5541691641679, NAN, NAN, NAN, NAN } },
	} },
	/* TukeyHSD(aov(weight ~ feed, chickwts.csv)) */
	{ "chickwts.csv", "weight", "feed", ANOVA_TUKEY, 1, 0, 15, {
	    { "horsebean-casein", { -163.38333333333321, -232.34687620444657, -94.419790462219865, 3.0701967967949884e-08 } },
	    { "linseed-casein", { -104.8333333333332, -170.58749148277434, -39.079175183892076, 0.00021001513216156731 } },
	    { "meatmeal-casein", { -46.674242424242436, -113.90620662305173, 20.557721774566858, 0.33245841597300263 } },
	    { "soybean-casein", { -77.15476190476187, -140.51705413943085, -13.792469670092892, 0.0083653086830581813 } },
	    { "sunflower-casein", { 5.3333333333333144, -60.42082481610781, 71.087491482774439, 0.99989021739326889 } },
	    { "linseed-horsebean", { 58.550000000000011, -10.413542871113336, 127.51354287111336, 0.14133289445658093 } },
	    { "meatmeal-horsebean", { 116.70909090909078, 46.335104654053708, 187.08307716412784, 0.00010620915147652177 } },
	    { "soybean-horsebean", { 86.228571428571342, 19.541683597261027, 152.91545925988166, 0.0042166542438366594 } },
	    { "sunflower-horsebean", { 168.71666666666653, 99.753123795553179, 237.68020953777989, 1.2198866694568267e-08 } },
	    { "meatmeal-linseed", { 58.159090909090764, -9.0728732897185296, 125.39105510790006, 0.12769648174904236 } },
	    { "soybean-linseed", { 27.678571428571331, -35.683720806097647, 91.040863663240316, 0.79328531615405296 } },
	    { "sunflower-linseed", { 110.16666666666652, 44.41250851722539, 175.92082481610765, 8.8432328039900199e-05 } },
	    { "soybean-meatmeal", { -30.480519480519433, -95.375109188135681, 34.414070227096815, 0.73913557150595333 } },
	    { "sunflower-meatmeal", { 52.007575757575751, -15.224388441233543, 119.23953995638504, 0.22069623621041234 } },
	    { "sunflower-soybean", { 82.488095238095184, 19.125803003426206, 145.85038747276417, 0.0038845212072347035 } },
	} },
	/* oneway.test(weight ~ feed, chickwts.csv) */
	{ "chickwts.csv", "weight", "feed", ANOVA_WELCH, 1, 0, 1, {
	    { "w", { 19.661724360836939, 5, 29.952036386104158, 1.1770597160664911e-08 } },
	} },
	/* kruskal.test(weight ~ feed, chickwts.csv) */
	{ "chickwts.csv", "weight", "feed", ANOVA_KRUSKAL, 1, 0, 1, {
	    { "k", { 37.342717694256208, 5, 5.1128295119371503e-07 } },
	} },
	/* car::leveneTest(weight ~ feed, chickwts.csv, center = mean) */
	{ "chickwts.csv", "weight", "feed", ANOVA_LEVENE, 1, 0, 1, {
	    { "h", { 0.98732901063136713, 5, 65, 0.4324101489826514 } },
	} },
	/* car::leveneTest(weight ~ feed, chickwts.csv, center = median) */
	{ "chickwts.csv", "weight", "feed", ANOVA_BROWN_FORSYTHE, 1, 0, 1, {
	    { "h", { 0.74926389449374586, 5, 65, 0.5896095048009099 } },
	} },
	/* bartlett.test(weight, interaction(feed), chickwts.csv) */
	{ "chickwts.csv", "weight", "feed", ANOVA_BARTLETT, 1, 0, 1, {
	    { "b", { 3.2596890844321562, 5, NAN, 0.66001868981224288 } },
	} },
	/* anova(aov(len ~ supp * dose, ToothGrowth.csv)) */
	{ "ToothGrowth.csv", "len", "supp,dose", ANOVA_TABLE, 1, 0, 4, {
	    { "supp", { 1, 205.35000000000056, 205.35000000000056, 15.571979452497281, 0.00023118280977342149, 0.059483646607757054, 0.22382544775989302 } },
	    { "dose", { 2, 2426.4343333333354, 1213.2171666666677, 91.999964892867141, 4.0462911959921633e-18, 0.70286419479390461, 0.77310917676061952 } },
	    { "supp:dose", { 2, 108.31900000000019, 54.159500000000094, 4.1069910940225256, 0.021860268964790892, 0.031376718368179353, 0.13202791236249523 } },
	    { "Residuals", { 54, 712.10600000000011, 13.18714814814815, NAN, NAN, NAN, NAN } },
	} },
	/* anova(aov(len ~ supp + dose, ToothGrowth.csv)) */
	{ "ToothGrowth.csv", "len", "supp,dose", ANOVA_TABLE, 1, 1, 3, {
	    { "supp", { 1, 205.35000000000056, 205.35000000000056, 14.016637718255817, 0.0004292792767853058, 0.059483646607757054, 0.20019010016816594 } },
	    { "dose", { 2, 2426.4343333333354, 1213.2171666666677, 82.81093498288493, 1.8711626362930181e-17, 0.70286419479390461, 0.74731735632115481 } },
	    { "Residuals", { 56, 820.4250000000003, 14.650446428571433, NAN, NAN, NAN, NAN } },
	} },
	/* car::Anova(lm(len ~ supp * dose, ToothGrowth.csv, contrasts = contr.sum), type = 2) */
	{ "ToothGrowth.csv", "len", "supp,dose", ANOVA_TABLE, 2, 0, 4, {
	    { "supp", { 1, 205.35000000000014, 205.35000000000014, 15.571979452497242, 0.00023118280977342491, 0.059483646607756929, 0.2238254477598926 } },
	    { "dose", { 2, 2426.4343333333327, 1213.2171666666663, 91.999964892867013, 4.0462911959922781e-18, 0.70286419479390383, 0.7731091767606193 } },
	    { "supp:dose", { 2, 108.31900000000007, 54.159500000000037, 4.1069910940225203, 0.021860268964790996, 0.031376718368179318, 0.13202791236249506 } },
	    { "Residuals", { 54, 712.10600000000034, 13.187148148148154, NAN, NAN, NAN, NAN } },
	} },
	/* car::Anova(lm(len ~ supp + dose, ToothGrowth.csv, contrasts = contr.sum), type = 2) */
	{ "ToothGrowth.csv", "len", "supp,dose", ANOVA_TABLE, 2, 1, 3, {
	    { "supp", { 1, 205.35000000000025, 205.35000000000025, 14.016637718255796, 0.00042927927678530927, 0.059483646607756964, 0.20019010016816566 } },
	    { "dose", { 2, 2426.4343333333336, 1213.2171666666668, 82.810934982884874, 1.8711626362930449e-17, 0.70286419479390405, 0.74731735632115459 } },
	    { "Residuals", { 56, 820.42500000000018, 14.650446428571431, NAN, NAN, NAN, NAN } },
	} },
	/* car::Anova(lm(len ~ supp * dose, ToothGrowth.csv, contrasts = contr.sum), type = 3) */
	{ "ToothGrowth.csv", "len", "supp,dose", ANOVA_TABLE, 3, 0, 5, {
	    { "(Intercept)", { 1, 21236.490666666657, 21236.490666666657, 1610.3929695859874, 6.9399757350444174e-42, NAN, NAN } },
	    { "supp", { 1, 205.35000000000025, 205.35000000000025, 15.571979452497255, 0.00023118280977342366, 0.059483646607756964, 0.22382544775989274 } },
	    { "dose", { 2, 2426.4343333333327, 1213.2171666666663, 91.999964892867027, 4.0462911959922781e-18, 0.70286419479390383, 0.7731091767606193 } },
	    { "supp:dose", { 2, 108.31900000000007, 54.159500000000037, 4.1069910940225203, 0.021860268964790996, 0.031376718368179318, 0.13202791236249509 } },
	    { "Residuals", { 54, 712.10600000000022, 13.187148148148152, NAN, NAN, NAN, NAN } },
	} },
	/* car::Anova(lm(len ~ supp + dose, ToothGrowth.csv, contrasts = contr.sum), type = 3) */
	{ "ToothGrowth.csv", "len", "supp,dose", ANOVA_TABLE, 3, 1, 4, {
	    { "(Intercept)", { 1, 21236.490666666661, 21236.490666666661, 1449.5456346812111, 1.0178515024453341e-41, NAN, NAN } },
	    { "supp", { 1, 205.35000000000025, 205.35000000000025, 14.016637718255796, 0.00042927927678530927, 0.059483646607756964, 0.20019010016816566 } },
	    { "dose", { 2, 2426.4343333333336, 1213.2171666666668, 82.810934982884874, 1.8711626362930449e-17, 0.70286419479390405, 0.74731735632115459 } },
	    { "Residuals", { 56, 820.4250000000003, 14.650446428571433, NAN, NAN, NAN, NAN } },
	} },
	/* car::leveneTest(len ~ supp * dose, ToothGrowth.csv, center = mean) */
	{ "ToothGrowth.csv", "len", "supp,dose", ANOVA_LEVENE, 1, 0, 1, {
	    { "h", { 1.9401303086614308, 5, 54, 0.10272977489885712 } },
	} },
	/* car::leveneTest(len ~ supp * dose, ToothGrowth.csv, center = median) */
	{ "ToothGrowth.csv", "len", "supp,dose", ANOVA_BROWN_FORSYTHE, 1, 0, 1, {
	    { "h", { 1.7085782331448927, 5, 54, 0.14836058592870527 } },
	} },
	/* bartlett.test(len, interaction(supp, dose), ToothGrowth.csv) */
	{ "ToothGrowth.csv", "len", "supp,dose", ANOVA_BARTLETT, 1, 0, 1, {
	    { "b", { 6.9273499500002895, 5, NAN, 0.22609970197272533 } },
	} },
	/* anova(aov(breaks ~ wool * tension, warpbreaks.csv)) */
	{ "warpbreaks.csv", "breaks", "wool,tension", ANOVA_TABLE, 1, 0, 4, {
	    { "wool", { 1, 450.66666666666691, 450.66666666666691, 3.7652883611186354, 0.058212975959559703, 0.048811405373747452, 0.072737706681969855 } },
	    { "tension", { 2, 2034.2592592592625, 1017.1296296296313, 8.4980466483580397, 0.00069262093671343579, 0.22032926036761027, 0.26149407502273381 } },
	    { "wool:tension", { 2, 1002.77777777778, 501.38888888888999, 4.1890689668510532, 0.021044190727862837, 0.10861019070465273, 0.14860614842502212 } },
	    { "Residuals", { 48, 5745.1111111111095, 119.68981481481478, NAN, NAN, NAN, NAN } },
	} },
	/* anova(aov(breaks ~ wool + tension, warpbreaks.csv)) */
	{ "warpbreaks.csv", "breaks", "wool,tension", ANOVA_TABLE, 1, 1, 3, {
	    { "wool", { 1, 450.66666666666691, 450.66666666666691, 3.3393160000658666, 0.073613668980604202, 0.048811405373747452, 0.062605152268202 } },
	    { "tension", { 2, 2034.2592592592625, 1017.1296296296313, 7.53665069459311, 0.0013777775226284832, 0.22032926036761027, 0.23163572567245033 } },
	    { "Residuals", { 50, 6747.8888888888869, 134.95777777777775, NAN, NAN, NAN, NAN } },
	} },
	/* car::Anova(lm(breaks ~ wool * tension, warpbreaks.csv, contrasts = contr.sum), type = 2) */
	{ "warpbreaks.csv", "breaks", "wool,tension", ANOVA_TABLE, 2, 0, 4, {
	    { "wool", { 1, 450.66666666666788, 450.66666666666788, 3.7652883611186478, 0.058212975959559307, 0.048811405373747556, 0.072737706681970077 } },
	    { "tension", { 2, 2034.2592592592619, 1017.1296296296309, 8.4980466483580468, 0.00069262093671343134, 0.22032926036761019, 0.26149407502273397 } },
	    { "wool:tension", { 2, 1002.7777777777792, 501.3888888888896, 4.1890689668510541, 0.021044190727862826, 0.10861019070465265, 0.14860614842502218 } },
	    { "Residuals", { 48, 5745.1111111111031, 119.68981481481465, NAN, NAN, NAN, NAN } },
	} },
	/* car::Anova(lm(breaks ~ wool + tension, warpbreaks.csv, contrasts = contr.sum), type = 2) */
	{ "warpbreaks.csv", "breaks", "wool,tension", ANOVA_TABLE, 2, 1, 3, {
	    { "wool", { 1, 450.66666666666788, 450.66666666666788, 3.3393160000658746, 0.073613668980603938, 0.048811405373747556, 0.062605152268202138 } },
	    { "tension", { 2, 2034.2592592592637, 1017.1296296296318, 7.5366506945931162, 0.0013777775226284778, 0.22032926036761039, 0.23163572567245047 } },
	    { "Residuals", { 50, 6747.888888888886, 134.95777777777772, NAN, NAN, NAN, NAN } },
	} },
	/* car::Anova(lm(breaks ~ wool * tension, warpbreaks.csv, contrasts = contr.sum), type = 3) */
	{ "warpbreaks.csv", "breaks", "wool,tension", ANOVA_TABLE, 3, 0, 5, {
	    { "(Intercept)", { 1, 42785.185185185204, 42785.185185185204, 357.46721850462291, 6.9840963813234551e-24, NAN, NAN } },
	    { "wool", { 1, 450.66666666666788, 450.66666666666788, 3.7652883611186474, 0.058212975959559363, 0.048811405373747556, 0.072737706681970077 } },
	    { "tension", { 2, 2034.2592592592637, 1017.1296296296318, 8.4980466483580539, 0.00069262093671342711, 0.22032926036761039, 0.26149407502273414 } },
	    { "wool:tension", { 2, 1002.7777777777792, 501.3888888888896, 4.1890689668510541, 0.021044190727862826, 0.10861019070465265, 0.14860614842502218 } },
	    { "Residuals", { 48, 5745.1111111111031, 119.68981481481465, NAN, NAN, NAN, NAN } },
	} },
	/* car::Anova(lm(breaks ~ wool + tension, warpbreaks.csv, contrasts = contr.sum), type = 3) */
	{ "warpbreaks.csv", "breaks", "wool,tension", ANOVA_TABLE, 3, 1, 4, {
	    { "(Intercept)", { 1, 42785.185185185197, 42785.185185185197, 317.02644997338012, 2.7390054699451288e-23, NAN, NAN } },
	    { "wool", { 1, 450.66666666666788, 450.66666666666788, 3.3393160000658746, 0.073613668980603938, 0.048811405373747556, 0.062605152268202138 } },
	    { "tension", { 2, 2034.2592592592637, 1017.1296296296318, 7.5366506945931162, 0.0013777775226284778, 0.22032926036761039, 0.23163572567245047 } },
	    { "Residuals", { 50, 6747.888888888886, 134.95777777777772, NAN, NAN, NAN, NAN } },
	} },
	/* car::leveneTest(breaks ~ wool * tension, warpbreaks.csv, center = mean) */
	{ "warpbreaks.csv", "breaks", "wool,tension", ANOVA_LEVENE, 1, 0, 1, {
	    { "h", { 5.148294632109029, 5, 48, 0.00073513127149850508 } },
	} },
	/* car::leveneTest(breaks ~ wool * tension, warpbreaks.csv, center = median) */
	{ "warpbreaks.csv", "breaks", "wool,tension", ANOVA_BROWN_FORSYTHE, 1, 0, 1, {
	    { "h", { 2.8909805588016622, 5, 48, 0.023217582429070079 } },
	} },
	/* bartlett.test(breaks, interaction(wool, tension), warpbreaks.csv) */
	{ "warpbreaks.csv", "breaks", "wool,tension", ANOVA_BARTLETT, 1, 0, 1, {
	    { "b", { 12.976586354520919, 5, NAN, 0.023599169998597579 } },
	} },
	/* anova(aov(breaks ~ wool * tension, warpbreaks-unbalanced.csv)) */
	{ "warpbreaks-unbalanced.csv", "breaks", "wool,tension", ANOVA_TABLE, 1, 0, 4, {
	    { "wool", { 1, 734.57243107769239, 734.57243107769239, 6.9871043308916301, 0.012327139432324018, 0.099865739175280382, 0.17047079672875326 } },
	    { "tension", { 2, 1908.0056035024065, 954.00280175120326, 9.0742816171569327, 0.00069505901742219817, 0.25939496485703495, 0.34801655326089737 } },
	    { "wool:tension", { 2, 1138.5136320865658, 569.25681604328292, 5.4146556506759573, 0.0090904723657980226, 0.1547818848342169, 0.24156764819684692 } },
	    { "Residuals", { 34, 3574.5083333333314, 105.13259803921562, NAN, NAN, NAN, NAN } },
	} },
	/* anova(aov(breaks ~ wool + tension, warpbreaks-unbalanced.csv)) */
	{ "warpbreaks-unbalanced.csv", "breaks", "wool,tension", ANOVA_TABLE, 1, 1, 3, {
	    { "wool", { 1, 734.57243107769239, 734.57243107769239, 5.6109663211469671, 0.023335254606912919, 0.099865739175280382, 0.13484345155174726 } },
	    { "tension", { 2, 1908.0056035024065, 954.00280175120326, 7.2870657329905963, 0.0022015736415406926, 0.25939496485703495, 0.28817363825189002 } },
	    { "Residuals", { 36, 4713.0219654198963, 130.91727681721935, NAN, NAN, NAN, NAN } },
	} },
	/* car::Anova(lm(breaks ~ wool * tension, warpbreaks-unbalanced.csv, contrasts = contr.sum), type = 2) */
	{ "warpbreaks-unbalanced.csv", "breaks", "wool,tension", ANOVA_TABLE, 2, 0, 4, {
	    { "wool", { 1, 1006.9780345800973, 1006.9780345800973, 9.5781713128071271, 0.0039253044120315349, 0.13689950984013502, 0.21979286932566192 } },
	    { "tension", { 2, 1908.0056035024072, 954.00280175120361, 9.0742816171569398, 0.00069505901742219632, 0.25939496485703506, 0.34801655326089759 } },
	    { "wool:tension", { 2, 1138.5136320865677, 569.25681604328383, 5.4146556506759689, 0.0090904723657979341, 0.15478188483421715, 0.24156764819684731 } },
	    { "Residuals", { 34, 3574.5083333333291, 105.13259803921557, NAN, NAN, NAN, NAN } },
	} },
	/* car::Anova(lm(breaks ~ wool + tension, warpbreaks-unbalanced.csv, contrasts = contr.sum), type = 2) */
	{ "warpbreaks-unbalanced.csv", "breaks", "wool,tension", ANOVA_TABLE, 2, 1, 3, {
	    { "wool", { 1, 1006.9780345800964, 1006.9780345800964, 7.6917123473779014, 0.0087339138729709501, 0.13689950984013491, 0.17604511094057654 } },
	    { "tension", { 2, 1908.0056035024072, 954.00280175120361, 7.2870657329905999, 0.0022015736415406852, 0.25939496485703506, 0.28817363825189013 } },
	    { "Residuals", { 36, 4713.0219654198954, 130.91727681721932, NAN, NAN, NAN, NAN } },
	} },
	/* car::Anova(lm(breaks ~ wool * tension, warpbreaks-unbalanced.csv, contrasts = contr.sum), type = 3) */
	{ "warpbreaks-unbalanced.csv", "breaks", "wool,tension", ANOVA_TABLE, 3, 0, 5, {
	    { "(Intercept)", { 1, 34346.575294985261, 34346.575294985261, 326.69767451360445, 5.2115155869798898e-19, NAN, NAN } },
	    { "wool", { 1, 1019.9823746312668, 1019.9823746312668, 9.7018659640733169, 0.0037253252224188913, 0.13866746079602843, 0.222001183474616 } },
	    { "tension", { 2, 2154.8827217125418, 1077.4413608562709, 10.248404214783827, 0.00032872551871916835, 0.29295811649797998, 0.37611025342994137 } },
	    { "wool:tension", { 2, 1138.5136320865677, 569.25681604328383, 5.414655650675968, 0.0090904723657979445, 0.15478188483421715, 0.24156764819684731 } },
	    { "Residuals", { 34, 3574.5083333333296, 105.13259803921558, NAN, NAN, NAN, NAN } },
	} },
	/* car::Anova(lm(breaks ~ wool + tension, warpbreaks-unbalanced.csv, contrasts = contr.sum), type = 3) */
	{ "warpbreaks-unbalanced.csv", "breaks", "wool,tension", ANOVA_TABLE, 3, 1, 4, {
	    { "(Intercept)", { 1, 33491.241927538402, 33491.241927538402, 255.81987910042869, 6.1538416768739018e-18, NAN, NAN } },
	    { "wool", { 1, 1006.9780345800964, 1006.9780345800964, 7.6917123473779005, 0.0087339138729709571, 0.13689950984013491, 0.17604511094057654 } },
	    { "tension", { 2, 1908.0056035024072, 954.00280175120361, 7.2870657329905999, 0.0022015736415406852, 0.25939496485703506, 0.28817363825189013 } },
	    { "Residuals", { 36, 4713.0219654198954, 130.91727681721932, NAN, NAN, NAN, NAN } },
	} },
	/* car::leveneTest(breaks ~ wool * tension, warpbreaks-unbalanced.csv, center = mean) */
	{ "warpbreaks-unbalanced.csv", "breaks", "wool,tension", ANOVA_LEVENE, 1, 0, 1, {
	    { "h", { 1.5124144337128969, 5, 34, 0.21191171149314783 } },
	} },
	/* car::leveneTest(breaks ~ wool * tension, warpbreaks-unbalanced.csv, center = median) */
	{ "warpbreaks-unbalanced.csv", "breaks", "wool,tension", ANOVA_BROWN_FORSYTHE, 1, 0, 1, {
	    { "h", { 1.4037924865831832, 5, 34, 0.24771968591039931 } },
	} },
	/* bartlett.test(breaks, interaction(wool, tension), warpbreaks-unbalanced.csv) */
	{ "warpbreaks-unbalanced.csv", "breaks", "wool,tension", ANOVA_BARTLETT, 1, 0, 1, {
	    { "b", { 9.1555559227399304, 5, NAN, 0.10301811323091639 } },
	} },
	/* anova(aov(breaks ~ tension * wool, warpbreaks-unbalanced.csv)) */
	{ "warpbreaks-unbalanced.csv", "breaks", "tension,wool", ANOVA_TABLE, 1, 0, 4, {
	    { "tension", { 2, 1635.6000000000035, 817.80000000000177, 7.7787481261991882, 0.0016530368082268276, 0.22236119419218059, 0.31392821326491971 } },
	    { "wool", { 1, 1006.9780345800997, 1006.9780345800997, 9.578171312807136, 0.0039253044120315184, 0.13689950984013535, 0.21979286932566208 } },
	    { "tension:wool", { 2, 1138.5136320865681, 569.25681604328406, 5.4146556506759627, 0.009090472365797974, 0.1547818848342172, 0.24156764819684715 } },
	    { "Residuals", { 34, 3574.5083333333346, 105.13259803921572, NAN, NAN, NAN, NAN } },
	} },
	/* anova(aov(breaks ~ tension + wool, warpbreaks-unbalanced.csv)) */
	{ "warpbreaks-unbalanced.csv", "breaks", "tension,wool", ANOVA_TABLE, 1, 1, 3, {
	    { "tension", { 2, 1635.6000000000035, 817.80000000000177, 6.2466927198751261, 0.0046898606223507219, 0.22236119419218059, 0.25763071244577135 } },
	    { "wool", { 1, 1006.9780345800997, 1006.9780345800997, 7.6917123473779139, 0.0087339138729708929, 0.13689950984013535, 0.17604511094057679 } },
	    { "Residuals", { 36, 4713.0219654199027, 130.91727681721952, NAN, NAN, NAN, NAN } },
	} },
	/* car::Anova(lm(breaks ~ tension * wool, warpbreaks-unbalanced.csv, contrasts = contr.sum), type = 2) */
	{ "warpbreaks-unbalanced.csv", "breaks", "tension,wool", ANOVA_TABLE, 2, 0, 4, {
	    { "tension", { 2, 1908.0056035024031, 954.00280175120156, 9.0742816171569149, 0.0006950590174222063, 0.2593949648570345, 0.34801655326089692 } },
	    { "wool", { 1, 1006.9780345800996, 1006.9780345800996, 9.5781713128071413, 0.0039253044120315089, 0.13689950984013535, 0.21979286932566219 } },
	    { "tension:wool", { 2, 1138.5136320865672, 569.25681604328361, 5.4146556506759627, 0.009090472365797974, 0.15478188483421709, 0.24156764819684715 } },
	    { "Residuals", { 34, 3574.5083333333318, 105.13259803921564, NAN, NAN, NAN, NAN } },
	} },
	/* car::Anova(lm(breaks ~ tension + wool, warpbreaks-unbalanced.csv, contrasts = contr.sum), type = 2) */
	{ "warpbreaks-unbalanced.csv", "breaks", "tension,wool", ANOVA_TABLE, 2, 1, 3, {
	    { "tension", { 2, 1908.0056035024027, 954.00280175120133, 7.2870657329905777, 0.0022015736415407182, 0.25939496485703445, 0.28817363825188946 } },
	    { "wool", { 1, 1006.9780345800991, 1006.9780345800991, 7.6917123473779156, 0.0087339138729708859, 0.13689950984013527, 0.17604511094057682 } },
	    { "Residuals", { 36, 4713.0219654198991, 130.91727681721943, NAN, NAN, NAN, NAN } },
	} },
	/* car::Anova(lm(breaks ~ tension * wool, warpbreaks-unbalanced.csv, contrasts = contr.sum), type = 3) */
	{ "warpbreaks-unbalanced.csv", "breaks", "tension,wool", ANOVA_TABLE, 3, 0, 5, {
	    { "(Intercept)", { 1, 34346.575294985261, 34346.575294985261, 326.69767451360428, 5.2115155869799649e-19, NAN, NAN } },
	    { "tension", { 2, 2154.8827217125377, 1077.4413608562688, 10.248404214783802, 0.00032872551871917415, 0.29295811649797943, 0.37611025342994076 } },
	    { "wool", { 1, 1019.9823746312691, 1019.9823746312691, 9.7018659640733329, 0.003725325222418867, 0.13866746079602874, 0.22200118347461628 } },
	    { "tension:wool", { 2, 1138.5136320865672, 569.25681604328361, 5.4146556506759627, 0.009090472365797974, 0.15478188483421709, 0.24156764819684715 } },
	    { "Residuals", { 34, 3574.5083333333318, 105.13259803921564, NAN, NAN, NAN, NAN } },
	} },
	/* car::Anova(lm(breaks ~ tension + wool, warpbreaks-unbalanced.csv, contrasts = contr.sum), type = 3) */
	{ "warpbreaks-unbalanced.csv", "breaks", "tension,wool", ANOVA_TABLE, 3, 1, 4, {
	    { "(Intercept)", { 1, 33491.241927538387, 33491.241927538387, 255.81987910042835, 6.1538416768739896e-18, NAN, NAN } },
	    { "tension", { 2, 1908.0056035024027, 954.00280175120133, 7.2870657329905768, 0.0022015736415407208, 0.25939496485703445, 0.28817363825188946 } },
	    { "wool", { 1, 1006.9780345800991, 1006.9780345800991, 7.6917123473779148, 0.0087339138729708859, 0.13689950984013527, 0.17604511094057682 } },
	    { "Residuals", { 36, 4713.0219654198991, 130.91727681721943, NAN, NAN, NAN, NAN } },
	} },
	/* car::leveneTest(breaks ~ tension * wool, warpbreaks-unbalanced.csv, center = mean) */
	{ "warpbreaks-unbalanced.csv", "breaks", "tension,wool", ANOVA_LEVENE, 1, 0, 1, {
	    { "h", { 1.5124144337128964, 5, 34, 0.21191171149314797 } },
	} },
	/* car::leveneTest(breaks ~ tension * wool, warpbreaks-unbalanced.csv, center = median) */
	{ "warpbreaks-unbalanced.csv", "breaks", "tension,wool", ANOVA_BROWN_FORSYTHE, 1, 0, 1, {
	    { "h", { 1.4037924865831837, 5, 34, 0.24771968591039931 } },
	} },
	/* bartlett.test(breaks, interaction(tension, wool), warpbreaks-unbalanced.csv) */
	{ "warpbreaks-unbalanced.csv", "breaks", "tension,wool", ANOVA_BARTLETT, 1, 0, 1, {
	    { "b", { 9.1555559227399304, 5, NAN, 0.10301811323091639 } },
	} },
	/* anova(aov(breaks ~ wool * tension, warpbreaks-empty-cell.csv)) */
	{ "warpbreaks-empty-cell.csv", "breaks", "wool,tension", ANOVA_TABLE, 1, 0, 4, {
	    { "wool", { 1, 69.514814814814869, 69.514814814814869, 0.50068691395569109, 0.48330110817428407, 0.0085895225124296218, 0.012362430173577249 } },
	    { "tension", { 2, 1467.1296296296307, 733.56481481481535, 5.2835687514171799, 0.0092009448923476792, 0.18128427754468451, 0.20897242803672755 } },
	    { "wool:tension", { 1, 1002.7777777777776, 1002.7777777777776, 7.2226001360489755, 0.010439010615305762, 0.1239071458383674, 0.15294795532733402 } },
	    { "Residuals", { 40, 5553.5555555555566, 138.8388888888889, NAN, NAN, NAN, NAN } },
	} },
	/* car::Anova(lm(breaks ~ wool * tension, warpbreaks-empty-cell.csv, contrasts = contr.sum), type = 2) */
	{ "warpbreaks-empty-cell.csv", "breaks", "wool,tension", ANOVA_TABLE, 2, 0, 4, {
	    { "wool", { 1, 300.44444444444434, 300.44444444444434, 2.1639790324516817, 0.14910220722527714, 0.037124091118775113, 0.051322932088220766 } },
	    { "tension", { 2, 1467.1296296296305, 733.56481481481524, 5.283568751417179, 0.0092009448923476792, 0.18128427754468449, 0.20897242803672755 } },
	    { "wool:tension", { 1, 1002.7777777777774, 1002.7777777777774, 7.2226001360489738, 0.010439010615305774, 0.12390714583836737, 0.15294795532733399 } },
	    { "Residuals", { 40, 5553.5555555555557, 138.8388888888889, NAN, NAN, NAN, NAN } },
	} },
};
/* clang-format on */

static char *
cell_text(const struct out_table *t, size_t row, size_t col)
{
	size_t i = row * t->ncols + col;

	return t->textoff[i] ? t->arena + t->textoff[i] - 1 : NULL;
}

static double
cell_num(const struct out_table *t, size_t row, size_t col)
{
	return t->cell[row * t->ncols + col].num;
}

static struct frame *
read_data(const char *file)
{
	char path[256], *argv[1];
	struct frame_opts fo = { .delim = ',' };
	struct frame *f;
	struct diag d;

	snprintf(path, sizeof(path), "testdata/%s", file);
	argv[0] = path;
	if (frame_read(1, argv, &fo, &f, &d) != 0) {
		print_error("%s: %s\n", path, d.msg);
		fail();
	}
	return f;
}

static size_t
col_of(const struct frame *f, const char *name)
{
	size_t j;

	for (j = 0; j < f->ncols; j++)
		if (strcmp(f->col[j].name, name) == 0)
			return j;
	fail_msg("no column %s", name);
	return 0;
}

static struct out_table *
run(const char *file, const char *y, const char *g, enum anova_view view,
    int ss, int additive, struct frame **fp)
{
	struct anova_opts o = ANOVA_OPTS_INIT;
	struct out_table *t = NULL;
	struct frame *f = read_data(file);
	char buf[64], *comma;
	struct diag d;

	o.y = col_of(f, y);
	snprintf(buf, sizeof(buf), "%s", g);
	if ((comma = strchr(buf, ',')) != NULL) {
		*comma = '\0';
		o.fac[1] = col_of(f, comma + 1);
		o.nfac = 2;
	}
	o.fac[0] = col_of(f, buf);
	o.view = view;
	o.ss = ss;
	o.additive = additive;
	if (anova_test(f, &o, &t, &d) != 0) {
		print_error("%s: %s\n", file, d.msg);
		fail();
	}
	*fp = f;
	return t;
}

static int
agrees(double got, double want, double tol)
{
	if (isnan(want))
		return isnan(got);
	return fabs(got - want) <= tol * fabs(want);
}

static void
anova_run__every_view__agrees_with_r(void **state)
{
	size_t c, i, j;

	(void)state;
	for (c = 0; c < sizeof(cases) / sizeof(cases[0]); c++) {
		const struct tcase *k = &cases[c];
		struct frame *f;
		struct out_table *t = run(k->file, k->y, k->g, k->view, k->ss,
		    k->additive, &f);
		size_t label = k->view == ANOVA_TUKEY ? 1 : 0;
		size_t first = k->view == ANOVA_TUKEY ? 2 : 1;
		size_t nnum = t->ncols - first;

		if (t->nrows != k->nrows) {
			print_error("case %zu (%s %s): %zu rows, want %zu\n", c,
			    k->file, k->g, t->nrows, k->nrows);
			fail();
		}
		for (i = 0; i < k->nrows; i++) {
			if (k->view == ANOVA_TABLE || k->view == ANOVA_TUKEY)
				assert_string_equal(cell_text(t, i, label),
				    k->rows[i].label);
			for (j = 0; j < nnum; j++) {
				const char *name = t->name[first + j];
				double tol = strncmp(name, "p_", 2) == 0 ?
				    1e-7 : 1e-9;
				double got = cell_num(t, i, first + j);

				if (!agrees(got, k->rows[i].v[j], tol)) {
					print_error("case %zu (%s %s ss %d "
					    "view %d) row %s column %s: %.17g "
					    "!= %.17g\n", c, k->file, k->g,
					    k->ss, (int)k->view,
					    k->rows[i].label, name, got,
					    k->rows[i].v[j]);
					fail();
				}
			}
		}
		out_free(t);
		frame_free(f);
	}
}

/* The NIST StRD one-way ANOVA sets: between and within. */
static const struct nist {
	const char	*name;
	double		 df_b, ss_b, ms_b, F, df_w, ss_w, ms_w, r2, sd;
} nist[] = {
	/* certified values of testdata/nist/anova/AtmWtAg.json */
	{ "AtmWtAg", 1, 3.63834187500000E-09, 3.63834187500000E-09, 1.59467335677930E+01, 46, 1.04951729166667E-08, 2.28155932971014E-10, 2.57426544538321E-01, 1.51048314446410E-05 },
	/* certified values of testdata/nist/anova/SiRstv.json */
	{ "SiRstv", 4, 5.11462616000000E-02, 1.27865654000000E-02, 1.18046237440255E+00, 20, 2.16636560000000E-01, 1.08318280000000E-02, 1.90999039051129E-01, 1.04076068334656E-01 },
	/* certified values of testdata/nist/anova/SmLs01.json */
	{ "SmLs01", 8, 1.68000000000000E+00, 2.10000000000000E-01, 2.10000000000000E+01, 180, 1.80000000000000E+00, 1.00000000000000E-02, 4.82758620689655E-01, 1.00000000000000E-01 },
	/* certified values of testdata/nist/anova/SmLs02.json */
	{ "SmLs02", 8, 1.60800000000000E+01, 2.01000000000000E+00, 2.01000000000000E+02, 1800, 1.80000000000000E+01, 1.00000000000000E-02, 4.71830985915493E-01, 1.00000000000000E-01 },
	/* certified values of testdata/nist/anova/SmLs03.json */
	{ "SmLs03", 8, 1.60080000000000E+02, 2.00100000000000E+01, 2.00100000000000E+03, 18000, 1.80000000000000E+02, 1.00000000000000E-02, 4.70712773465067E-01, 1.00000000000000E-01 },
	/* certified values of testdata/nist/anova/SmLs04.json */
	{ "SmLs04", 8, 1.68000000000000E+00, 2.10000000000000E-01, 2.10000000000000E+01, 180, 1.80000000000000E+00, 1.00000000000000E-02, 4.82758620689655E-01, 1.00000000000000E-01 },
	/* certified values of testdata/nist/anova/SmLs05.json */
	{ "SmLs05", 8, 1.60800000000000E+01, 2.01000000000000E+00, 2.01000000000000E+02, 1800, 1.80000000000000E+01, 1.00000000000000E-02, 4.71830985915493E-01, 1.00000000000000E-01 },
	/* certified values of testdata/nist/anova/SmLs06.json */
	{ "SmLs06", 8, 1.60080000000000E+02, 2.00100000000000E+01, 2.00100000000000E+03, 18000, 1.80000000000000E+02, 1.00000000000000E-02, 4.70712773465067E-01, 1.00000000000000E-01 },
	/* certified values of testdata/nist/anova/SmLs07.json */
	{ "SmLs07", 8, 1.68000000000000E+00, 2.10000000000000E-01, 2.10000000000000E+01, 180, 1.80000000000000E+00, 1.00000000000000E-02, 4.82758620689655E-01, 1.00000000000000E-01 },
};

static void
anova_run__nist_strd__ten_digits(void **state)
{
	size_t c;
	char file[64];

	(void)state;
	for (c = 0; c < sizeof(nist) / sizeof(nist[0]); c++) {
		const struct nist *k = &nist[c];
		struct frame *f;
		struct out_table *t;

		snprintf(file, sizeof(file), "nist/anova/%s.csv", k->name);
		t = run(file, "y", "group", ANOVA_TABLE, 1, 0, &f);
		print_message("# %s: F %.17g (certified %.17g)\n", k->name,
		    cell_num(t, 0, 4), k->F);
		assert_int_equal(t->nrows, 2);
		assert_rel(cell_num(t, 0, 1), k->df_b, 0);
		assert_rel(cell_num(t, 0, 2), k->ss_b, 1e-10);
		assert_rel(cell_num(t, 0, 3), k->ms_b, 1e-10);
		assert_rel(cell_num(t, 0, 4), k->F, 1e-10);
		assert_rel(cell_num(t, 0, 6), k->r2, 1e-10);
		assert_rel(cell_num(t, 1, 1), k->df_w, 0);
		assert_rel(cell_num(t, 1, 2), k->ss_w, 1e-10);
		assert_rel(cell_num(t, 1, 3), k->ms_w, 1e-10);
		assert_rel(sqrt(cell_num(t, 1, 3)), k->sd, 1e-10);
		out_free(t);
		frame_free(f);
	}
}

static void
anova_run__each__one_table_per_stratum(void **state)
{
	/* for (s in c("VC", "OJ"))
	 *     anova(aov(len ~ factor(dose), subset(ToothGrowth, supp == s))) */
	static const struct {
		const char	*supp;
		double		 ss, ss_res, F, p;
	} want[] = {
		{ "VC", 1649.4886666666664, 332.00099999999998,
		    67.072379300062337, 3.3573168445217118e-11 },
		{ "OJ", 885.26466666666659, 380.10500000000008,
		    31.441504321174403, 8.8871641457596657e-08 },
	};
	struct anova_opts o = ANOVA_OPTS_INIT;
	struct frame *f = read_data("ToothGrowth.csv");
	struct out_table *t;
	struct diag d;
	size_t key, i;

	(void)state;
	key = col_of(f, "supp");
	o.y = col_of(f, "len");
	o.fac[0] = col_of(f, "dose");
	o.each = &key;
	o.neach = 1;
	assert_int_equal(anova_test(f, &o, &t, &d), 0);
	assert_int_equal(t->nrows, 4);
	assert_string_equal(t->name[0], "supp");
	for (i = 0; i < 2; i++) {
		assert_string_equal(cell_text(t, 2 * i, 0), want[i].supp);
		assert_string_equal(cell_text(t, 2 * i + 1, 1), "Residuals");
		assert_rel(cell_num(t, 2 * i, 3), want[i].ss, 1e-9);
		assert_rel(cell_num(t, 2 * i + 1, 3), want[i].ss_res, 1e-9);
		assert_rel(cell_num(t, 2 * i, 5), want[i].F, 1e-9);
		assert_rel(cell_num(t, 2 * i, 6), want[i].p, 1e-7);
	}
	out_free(t);
	frame_free(f);
}

/* Run a case that must fail with a data error whose message has want. */
static void
expect_error(const char *file, const char *y, const char *g, int ss,
    const char *want)
{
	struct anova_opts o = ANOVA_OPTS_INIT;
	struct frame *f = read_data(file);
	struct out_table *t = NULL;
	char buf[64], *comma;
	struct diag d;

	o.y = col_of(f, y);
	snprintf(buf, sizeof(buf), "%s", g);
	if ((comma = strchr(buf, ',')) != NULL) {
		*comma = '\0';
		o.fac[1] = col_of(f, comma + 1);
		o.nfac = 2;
	}
	o.fac[0] = col_of(f, buf);
	o.ss = ss;
	assert_int_equal(anova_test(f, &o, &t, &d), -1);
	assert_null(t);
	assert_int_equal(d.status, STATUS_DATA);
	if (strstr(d.msg, want) == NULL)
		fail_msg("message \"%s\" lacks \"%s\"", d.msg, want);
	frame_free(f);
}

static void
anova_run__bad_data__data_errors(void **state)
{
	(void)state;
	expect_error("anova-one-level.csv", "y", "g", 1, "only one level");
	/* car::Anova(type = 3) stops: "there are aliased coefficients" */
	expect_error("warpbreaks-empty-cell.csv", "breaks", "wool,tension", 3,
	    "no rows");
	expect_error("mtcars.csv", "model", "cyl", 1, "is not a number");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(anova_run__every_view__agrees_with_r),
		cmocka_unit_test(anova_run__nist_strd__ten_digits),
		cmocka_unit_test(anova_run__each__one_table_per_stratum),
		cmocka_unit_test(anova_run__bad_data__data_errors),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
