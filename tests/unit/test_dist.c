/* Unit tests of lib/stats/dist.c against R (scripts/gen-fixtures-dist.R). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_errno.h>

#include "unit.h"
#include "core/diag.h"
#include "io/out.h"
#include "stats/dist.h"

struct ref {
	const char	*name;
	double		 par[DIST_MAXPAR];
	enum dist_fn	 fn;
	double		 x;
	double		 want;
};

/* clang-format off */
static const struct ref refs[] = {
	{ "norm", { 0, 1 }, DIST_PDF, -1.96, 0.058440944333451469 },	/* dnorm(-1.96, mean = 0, sd = 1) */
	{ "norm", { 0, 1 }, DIST_CDF, -1.96, 0.024997895148220428 },	/* pnorm(-1.96, mean = 0, sd = 1) */
	{ "norm", { 0, 1 }, DIST_SF, -1.96, 0.97500210485177963 },	/* pnorm(-1.96, mean = 0, sd = 1, lower.tail = FALSE) */
	{ "norm", { 0, 1 }, DIST_PDF, 0, 0.3989422804014327 },	/* dnorm(0, mean = 0, sd = 1) */
	{ "norm", { 0, 1 }, DIST_CDF, 0, 0.5 },	/* pnorm(0, mean = 0, sd = 1) */
	{ "norm", { 0, 1 }, DIST_SF, 0, 0.5 },	/* pnorm(0, mean = 0, sd = 1, lower.tail = FALSE) */
	{ "norm", { 0, 1 }, DIST_PDF, 1.5, 0.12951759566589174 },	/* dnorm(1.5, mean = 0, sd = 1) */
	{ "norm", { 0, 1 }, DIST_CDF, 1.5, 0.93319279873114191 },	/* pnorm(1.5, mean = 0, sd = 1) */
	{ "norm", { 0, 1 }, DIST_SF, 1.5, 0.066807201268858071 },	/* pnorm(1.5, mean = 0, sd = 1, lower.tail = FALSE) */
	{ "norm", { 0, 1 }, DIST_PDF, 8, 5.0522710835368927e-15 },	/* dnorm(8, mean = 0, sd = 1) */
	{ "norm", { 0, 1 }, DIST_CDF, 8, 0.99999999999999933 },	/* pnorm(8, mean = 0, sd = 1) */
	{ "norm", { 0, 1 }, DIST_SF, 8, 6.2209605742717849e-16 },	/* pnorm(8, mean = 0, sd = 1, lower.tail = FALSE) */
	{ "norm", { 0, 1 }, DIST_PDF, 30, 1.4736461348785476e-196 },	/* dnorm(30, mean = 0, sd = 1) */
	{ "norm", { 0, 1 }, DIST_CDF, 30, 1 },	/* pnorm(30, mean = 0, sd = 1) */
	{ "norm", { 0, 1 }, DIST_SF, 30, 4.9067139271481872e-198 },	/* pnorm(30, mean = 0, sd = 1, lower.tail = FALSE) */
	{ "norm", { 0, 1 }, DIST_QUANTILE, 1e-300, -37.047096299361201 },	/* qnorm(1e-300, mean = 0, sd = 1) */
	{ "norm", { 0, 1 }, DIST_ISF, 1e-300, 37.047096299361201 },	/* qnorm(1e-300, mean = 0, sd = 1, lower.tail = FALSE) */
	{ "norm", { 0, 1 }, DIST_QUANTILE, 9.9999999999999995e-21, -9.2623400897984052 },	/* qnorm(9.9999999999999995e-21, mean = 0, sd = 1) */
	{ "norm", { 0, 1 }, DIST_ISF, 9.9999999999999995e-21, 9.2623400897984052 },	/* qnorm(9.9999999999999995e-21, mean = 0, sd = 1, lower.tail = FALSE) */
	{ "norm", { 0, 1 }, DIST_QUANTILE, 0.025000000000000001, -1.9599639845400538 },	/* qnorm(0.025000000000000001, mean = 0, sd = 1) */
	{ "norm", { 0, 1 }, DIST_ISF, 0.025000000000000001, 1.9599639845400538 },	/* qnorm(0.025000000000000001, mean = 0, sd = 1, lower.tail = FALSE) */
	{ "norm", { 0, 1 }, DIST_QUANTILE, 0.5, 0 },	/* qnorm(0.5, mean = 0, sd = 1) */
	{ "norm", { 0, 1 }, DIST_ISF, 0.5, 0 },	/* qnorm(0.5, mean = 0, sd = 1, lower.tail = FALSE) */
	{ "norm", { 0, 1 }, DIST_QUANTILE, 0.97499999999999998, 1.9599639845400536 },	/* qnorm(0.97499999999999998, mean = 0, sd = 1) */
	{ "norm", { 0, 1 }, DIST_ISF, 0.97499999999999998, -1.9599639845400536 },	/* qnorm(0.97499999999999998, mean = 0, sd = 1, lower.tail = FALSE) */
	{ "norm", { 0, 1 }, DIST_QUANTILE, 0.99999999999900002, 7.0344869100478356 },	/* qnorm(0.99999999999900002, mean = 0, sd = 1) */
	{ "norm", { 0, 1 }, DIST_ISF, 0.99999999999900002, -7.0344869100478356 },	/* qnorm(0.99999999999900002, mean = 0, sd = 1, lower.tail = FALSE) */
	{ "norm", { 10, 3 }, DIST_PDF, -5, 4.955731715780993e-07 },	/* dnorm(-5, mean = 10, sd = 3) */
	{ "norm", { 10, 3 }, DIST_CDF, -5, 2.8665157187919391e-07 },	/* pnorm(-5, mean = 10, sd = 3) */
	{ "norm", { 10, 3 }, DIST_SF, -5, 0.99999971334842808 },	/* pnorm(-5, mean = 10, sd = 3, lower.tail = FALSE) */
	{ "norm", { 10, 3 }, DIST_PDF, 9, 0.12579440923099772 },	/* dnorm(9, mean = 10, sd = 3) */
	{ "norm", { 10, 3 }, DIST_CDF, 9, 0.36944134018176367 },	/* pnorm(9, mean = 10, sd = 3) */
	{ "norm", { 10, 3 }, DIST_SF, 9, 0.63055865981823633 },	/* pnorm(9, mean = 10, sd = 3, lower.tail = FALSE) */
	{ "norm", { 10, 3 }, DIST_PDF, 12.5, 0.093970625136767516 },	/* dnorm(12.5, mean = 10, sd = 3) */
	{ "norm", { 10, 3 }, DIST_CDF, 12.5, 0.79767161903635697 },	/* pnorm(12.5, mean = 10, sd = 3) */
	{ "norm", { 10, 3 }, DIST_SF, 12.5, 0.20232838096364303 },	/* pnorm(12.5, mean = 10, sd = 3, lower.tail = FALSE) */
	{ "norm", { 10, 3 }, DIST_PDF, 40, 2.5648662089021403e-23 },	/* dnorm(40, mean = 10, sd = 3) */
	{ "norm", { 10, 3 }, DIST_CDF, 40, 1 },	/* pnorm(40, mean = 10, sd = 3) */
	{ "norm", { 10, 3 }, DIST_SF, 40, 7.6198530241605269e-24 },	/* pnorm(40, mean = 10, sd = 3, lower.tail = FALSE) */
	{ "norm", { 10, 3 }, DIST_QUANTILE, 0.001, 0.72930308149656042 },	/* qnorm(0.001, mean = 10, sd = 3) */
	{ "norm", { 10, 3 }, DIST_ISF, 0.001, 19.27069691850344 },	/* qnorm(0.001, mean = 10, sd = 3, lower.tail = FALSE) */
	{ "norm", { 10, 3 }, DIST_QUANTILE, 0.29999999999999999, 8.4267984618758778 },	/* qnorm(0.29999999999999999, mean = 10, sd = 3) */
	{ "norm", { 10, 3 }, DIST_ISF, 0.29999999999999999, 11.573201538124122 },	/* qnorm(0.29999999999999999, mean = 10, sd = 3, lower.tail = FALSE) */
	{ "norm", { 10, 3 }, DIST_QUANTILE, 0.90000000000000002, 13.844654696633803 },	/* qnorm(0.90000000000000002, mean = 10, sd = 3) */
	{ "norm", { 10, 3 }, DIST_ISF, 0.90000000000000002, 6.1553453033661976 },	/* qnorm(0.90000000000000002, mean = 10, sd = 3, lower.tail = FALSE) */
	{ "t", { 5 }, DIST_PDF, -3, 0.017292578800222967 },	/* dt(-3, df = 5) */
	{ "t", { 5 }, DIST_CDF, -3, 0.015049623948731284 },	/* pt(-3, df = 5) */
	{ "t", { 5 }, DIST_SF, -3, 0.98495037605126878 },	/* pt(-3, df = 5, lower.tail = FALSE) */
	{ "t", { 5 }, DIST_PDF, 0.5, 0.32791853132274656 },	/* dt(0.5, df = 5) */
	{ "t", { 5 }, DIST_CDF, 0.5, 0.68085056417953549 },	/* pt(0.5, df = 5) */
	{ "t", { 5 }, DIST_SF, 0.5, 0.31914943582046451 },	/* pt(0.5, df = 5, lower.tail = FALSE) */
	{ "t", { 5 }, DIST_PDF, 2.5710000000000002, 0.030320936448558634 },	/* dt(2.5710000000000002, df = 5) */
	{ "t", { 5 }, DIST_CDF, 2.5710000000000002, 0.97501268265807428 },	/* pt(2.5710000000000002, df = 5) */
	{ "t", { 5 }, DIST_SF, 2.5710000000000002, 0.024987317341925688 },	/* pt(2.5710000000000002, df = 5, lower.tail = FALSE) */
	{ "t", { 5 }, DIST_PDF, 40, 1.1476745739098749e-08 },	/* dt(40, df = 5) */
	{ "t", { 5 }, DIST_CDF, 40, 0.99999990794018911 },	/* pt(40, df = 5) */
	{ "t", { 5 }, DIST_SF, 40, 9.2059810858864758e-08 },	/* pt(40, df = 5, lower.tail = FALSE) */
	{ "t", { 5 }, DIST_QUANTILE, 1e-10, -156.82559270889428 },	/* qt(1e-10, df = 5) */
	{ "t", { 5 }, DIST_ISF, 1e-10, 156.82559270889428 },	/* qt(1e-10, df = 5, lower.tail = FALSE) */
	{ "t", { 5 }, DIST_QUANTILE, 0.050000000000000003, -2.0150483733330233 },	/* qt(0.050000000000000003, df = 5) */
	{ "t", { 5 }, DIST_ISF, 0.050000000000000003, 2.0150483733330233 },	/* qt(0.050000000000000003, df = 5, lower.tail = FALSE) */
	{ "t", { 5 }, DIST_QUANTILE, 0.5, 0 },	/* qt(0.5, df = 5) */
	{ "t", { 5 }, DIST_ISF, 0.5, 0 },	/* qt(0.5, df = 5, lower.tail = FALSE) */
	{ "t", { 5 }, DIST_QUANTILE, 0.97499999999999998, 2.5705818356363137 },	/* qt(0.97499999999999998, df = 5) */
	{ "t", { 5 }, DIST_ISF, 0.97499999999999998, -2.5705818356363137 },	/* qt(0.97499999999999998, df = 5, lower.tail = FALSE) */
	{ "t", { 5 }, DIST_QUANTILE, 0.99990000000000001, 9.6775663008828143 },	/* qt(0.99990000000000001, df = 5) */
	{ "t", { 5 }, DIST_ISF, 0.99990000000000001, -9.6775663008828143 },	/* qt(0.99990000000000001, df = 5, lower.tail = FALSE) */
	{ "t", { 0.69999999999999996 }, DIST_PDF, -2, 0.058389720914375685 },	/* dt(-2, df = 0.7) */
	{ "t", { 0.69999999999999996 }, DIST_CDF, -2, 0.18457407583326121 },	/* pt(-2, df = 0.7) */
	{ "t", { 0.69999999999999996 }, DIST_SF, -2, 0.81542592416673876 },	/* pt(-2, df = 0.7, lower.tail = FALSE) */
	{ "t", { 0.69999999999999996 }, DIST_PDF, 3, 0.031540139116716034 },	/* dt(3, df = 0.7) */
	{ "t", { 0.69999999999999996 }, DIST_CDF, 3, 0.85831433034948712 },	/* pt(3, df = 0.7) */
	{ "t", { 0.69999999999999996 }, DIST_SF, 3, 0.14168566965051291 },	/* pt(3, df = 0.7, lower.tail = FALSE) */
	{ "t", { 0.69999999999999996 }, DIST_QUANTILE, 0.10000000000000001, -5.0099479596464818 },	/* qt(0.10000000000000001, df = 0.7) */
	{ "t", { 0.69999999999999996 }, DIST_ISF, 0.10000000000000001, 5.0099479596464818 },	/* qt(0.10000000000000001, df = 0.7, lower.tail = FALSE) */
	{ "t", { 0.69999999999999996 }, DIST_QUANTILE, 0.80000000000000004, 1.7588267314034454 },	/* qt(0.80000000000000004, df = 0.7) */
	{ "t", { 0.69999999999999996 }, DIST_ISF, 0.80000000000000004, -1.7588267314034454 },	/* qt(0.80000000000000004, df = 0.7, lower.tail = FALSE) */
	{ "chisq", { 3 }, DIST_PDF, 0.01, 0.039695254747701178 },	/* dchisq(0.01, df = 3) */
	{ "chisq", { 3 }, DIST_CDF, 0.01, 0.00026516505865560971 },	/* pchisq(0.01, df = 3) */
	{ "chisq", { 3 }, DIST_SF, 0.01, 0.99973483494134441 },	/* pchisq(0.01, df = 3, lower.tail = FALSE) */
	{ "chisq", { 3 }, DIST_PDF, 1, 0.24197072451914337 },	/* dchisq(1, df = 3) */
	{ "chisq", { 3 }, DIST_CDF, 1, 0.1987480430987992 },	/* pchisq(1, df = 3) */
	{ "chisq", { 3 }, DIST_SF, 1, 0.80125195690120077 },	/* pchisq(1, df = 3, lower.tail = FALSE) */
	{ "chisq", { 3 }, DIST_PDF, 7.8099999999999996, 0.022455132960121391 },	/* dchisq(7.8099999999999996, df = 3) */
	{ "chisq", { 3 }, DIST_CDF, 7.8099999999999996, 0.94989394364999402 },	/* pchisq(7.8099999999999996, df = 3) */
	{ "chisq", { 3 }, DIST_SF, 7.8099999999999996, 0.050106056350005944 },	/* pchisq(7.8099999999999996, df = 3, lower.tail = FALSE) */
	{ "chisq", { 3 }, DIST_PDF, 100, 7.6945986267064195e-22 },	/* dchisq(100, df = 3) */
	{ "chisq", { 3 }, DIST_CDF, 100, 1 },	/* pchisq(100, df = 3) */
	{ "chisq", { 3 }, DIST_SF, 100, 1.5541594313896051e-21 },	/* pchisq(100, df = 3, lower.tail = FALSE) */
	{ "chisq", { 3 }, DIST_QUANTILE, 1e-08, 1.122333097305001e-05 },	/* qchisq(1e-08, df = 3) */
	{ "chisq", { 3 }, DIST_ISF, 1e-08, 40.129999017688228 },	/* qchisq(1e-08, df = 3, lower.tail = FALSE) */
	{ "chisq", { 3 }, DIST_QUANTILE, 0.050000000000000003, 0.35184631774927144 },	/* qchisq(0.050000000000000003, df = 3) */
	{ "chisq", { 3 }, DIST_ISF, 0.050000000000000003, 7.8147279032511801 },	/* qchisq(0.050000000000000003, df = 3, lower.tail = FALSE) */
	{ "chisq", { 3 }, DIST_QUANTILE, 0.5, 2.3659738843753377 },	/* qchisq(0.5, df = 3) */
	{ "chisq", { 3 }, DIST_ISF, 0.5, 2.3659738843753377 },	/* qchisq(0.5, df = 3, lower.tail = FALSE) */
	{ "chisq", { 3 }, DIST_QUANTILE, 0.94999999999999996, 7.8147279032511792 },	/* qchisq(0.94999999999999996, df = 3) */
	{ "chisq", { 3 }, DIST_ISF, 0.94999999999999996, 0.35184631774927166 },	/* qchisq(0.94999999999999996, df = 3, lower.tail = FALSE) */
	{ "chisq", { 3 }, DIST_QUANTILE, 0.99999899999999997, 30.664849706154268 },	/* qchisq(0.99999899999999997, df = 3) */
	{ "chisq", { 3 }, DIST_ISF, 0.99999899999999997, 0.00024181048720587871 },	/* qchisq(0.99999899999999997, df = 3, lower.tail = FALSE) */
	{ "f", { 4, 12 }, DIST_PDF, 0.20000000000000001, 0.55693817557767022 },	/* df(0.20000000000000001, df1 = 4, df2 = 12) */
	{ "f", { 4, 12 }, DIST_CDF, 0.20000000000000001, 0.066465534269809737 },	/* pf(0.20000000000000001, df1 = 4, df2 = 12) */
	{ "f", { 4, 12 }, DIST_SF, 0.20000000000000001, 0.93353446573019028 },	/* pf(0.20000000000000001, df1 = 4, df2 = 12, lower.tail = FALSE) */
	{ "f", { 4, 12 }, DIST_PDF, 1, 0.46719360351562489 },	/* df(1, df1 = 4, df2 = 12) */
	{ "f", { 4, 12 }, DIST_CDF, 1, 0.55505371093750022 },	/* pf(1, df1 = 4, df2 = 12) */
	{ "f", { 4, 12 }, DIST_SF, 1, 0.44494628906249978 },	/* pf(1, df1 = 4, df2 = 12, lower.tail = FALSE) */
	{ "f", { 4, 12 }, DIST_PDF, 3.2599999999999998, 0.042325271546961765 },	/* df(3.2599999999999998, df1 = 4, df2 = 12) */
	{ "f", { 4, 12 }, DIST_CDF, 3.2599999999999998, 0.95003528278553617 },	/* pf(3.2599999999999998, df1 = 4, df2 = 12) */
	{ "f", { 4, 12 }, DIST_SF, 3.2599999999999998, 0.0499647172144638 },	/* pf(3.2599999999999998, df1 = 4, df2 = 12, lower.tail = FALSE) */
	{ "f", { 4, 12 }, DIST_PDF, 50, 2.4588943341752391e-08 },	/* df(50, df1 = 4, df2 = 12) */
	{ "f", { 4, 12 }, DIST_CDF, 50, 0.99999978093593289 },	/* pf(50, df1 = 4, df2 = 12) */
	{ "f", { 4, 12 }, DIST_SF, 50, 2.1906406713373587e-07 },	/* pf(50, df1 = 4, df2 = 12, lower.tail = FALSE) */
	{ "f", { 4, 12 }, DIST_QUANTILE, 0.01, 0.069572055962871415 },	/* qf(0.01, df1 = 4, df2 = 12) */
	{ "f", { 4, 12 }, DIST_ISF, 0.01, 5.4119514344731385 },	/* qf(0.01, df1 = 4, df2 = 12, lower.tail = FALSE) */
	{ "f", { 4, 12 }, DIST_QUANTILE, 0.5, 0.88847825445709239 },	/* qf(0.5, df1 = 4, df2 = 12) */
	{ "f", { 4, 12 }, DIST_ISF, 0.5, 0.88847825445709239 },	/* qf(0.5, df1 = 4, df2 = 12, lower.tail = FALSE) */
	{ "f", { 4, 12 }, DIST_QUANTILE, 0.94999999999999996, 3.2591667269012485 },	/* qf(0.94999999999999996, df1 = 4, df2 = 12) */
	{ "f", { 4, 12 }, DIST_ISF, 0.94999999999999996, 0.16915524739773269 },	/* qf(0.94999999999999996, df1 = 4, df2 = 12, lower.tail = FALSE) */
	{ "f", { 4, 12 }, DIST_QUANTILE, 0.99990000000000001, 15.792597725748877 },	/* qf(0.99990000000000001, df1 = 4, df2 = 12) */
	{ "f", { 4, 12 }, DIST_ISF, 0.99990000000000001, 0.0065849077582609272 },	/* qf(0.99990000000000001, df1 = 4, df2 = 12, lower.tail = FALSE) */
	{ "exp", { 2.5 }, DIST_PDF, 0.10000000000000001, 1.947001957678512 },	/* dexp(0.10000000000000001, rate = 2.5) */
	{ "exp", { 2.5 }, DIST_CDF, 0.10000000000000001, 0.22119921692859512 },	/* pexp(0.10000000000000001, rate = 2.5) */
	{ "exp", { 2.5 }, DIST_SF, 0.10000000000000001, 0.77880078307140488 },	/* pexp(0.10000000000000001, rate = 2.5, lower.tail = FALSE) */
	{ "exp", { 2.5 }, DIST_PDF, 1, 0.20521249655974699 },	/* dexp(1, rate = 2.5) */
	{ "exp", { 2.5 }, DIST_CDF, 1, 0.91791500137610127 },	/* pexp(1, rate = 2.5) */
	{ "exp", { 2.5 }, DIST_SF, 1, 0.0820849986238988 },	/* pexp(1, rate = 2.5, lower.tail = FALSE) */
	{ "exp", { 2.5 }, DIST_PDF, 20, 4.8218746199097942e-22 },	/* dexp(20, rate = 2.5) */
	{ "exp", { 2.5 }, DIST_CDF, 20, 1 },	/* pexp(20, rate = 2.5) */
	{ "exp", { 2.5 }, DIST_SF, 20, 1.9287498479639178e-22 },	/* pexp(20, rate = 2.5, lower.tail = FALSE) */
	{ "exp", { 2.5 }, DIST_QUANTILE, 1.0000000000000001e-09, 4.0000000020000009e-10 },	/* qexp(1.0000000000000001e-09, rate = 2.5) */
	{ "exp", { 2.5 }, DIST_ISF, 1.0000000000000001e-09, 8.2893063347785638 },	/* qexp(1.0000000000000001e-09, rate = 2.5, lower.tail = FALSE) */
	{ "exp", { 2.5 }, DIST_QUANTILE, 0.5, 0.2772588722239781 },	/* qexp(0.5, rate = 2.5) */
	{ "exp", { 2.5 }, DIST_ISF, 0.5, 0.2772588722239781 },	/* qexp(0.5, rate = 2.5, lower.tail = FALSE) */
	{ "exp", { 2.5 }, DIST_QUANTILE, 0.98999999999999999, 1.842068074395236 },	/* qexp(0.98999999999999999, rate = 2.5) */
	{ "exp", { 2.5 }, DIST_ISF, 0.98999999999999999, 0.0040201343414005804 },	/* qexp(0.98999999999999999, rate = 2.5, lower.tail = FALSE) */
	{ "gamma", { 2.5, 0.5 }, DIST_PDF, 0.29999999999999999, 0.018807302976825622 },	/* dgamma(0.29999999999999999, shape = 2.5, rate = 0.5) */
	{ "gamma", { 2.5, 0.5 }, DIST_CDF, 0.29999999999999999, 0.0023569137394711453 },	/* pgamma(0.29999999999999999, shape = 2.5, rate = 0.5) */
	{ "gamma", { 2.5, 0.5 }, DIST_SF, 0.29999999999999999, 0.99764308626052878 },	/* pgamma(0.29999999999999999, shape = 2.5, rate = 0.5, lower.tail = FALSE) */
	{ "gamma", { 2.5, 0.5 }, DIST_PDF, 5, 0.12204152134938739 },	/* dgamma(5, shape = 2.5, rate = 0.5) */
	{ "gamma", { 2.5, 0.5 }, DIST_CDF, 5, 0.58411981300449201 },	/* pgamma(5, shape = 2.5, rate = 0.5) */
	{ "gamma", { 2.5, 0.5 }, DIST_SF, 5, 0.41588018699550794 },	/* pgamma(5, shape = 2.5, rate = 0.5, lower.tail = FALSE) */
	{ "gamma", { 2.5, 0.5 }, DIST_PDF, 60, 5.7833733521961748e-12 },	/* dgamma(60, shape = 2.5, rate = 0.5) */
	{ "gamma", { 2.5, 0.5 }, DIST_CDF, 60, 0.99999999998784539 },	/* pgamma(60, shape = 2.5, rate = 0.5) */
	{ "gamma", { 2.5, 0.5 }, DIST_SF, 60, 1.2154569777183041e-11 },	/* pgamma(60, shape = 2.5, rate = 0.5, lower.tail = FALSE) */
	{ "gamma", { 2.5, 0.5 }, DIST_QUANTILE, 9.9999999999999995e-07, 0.012896160206497094 },	/* qgamma(9.9999999999999995e-07, shape = 2.5, rate = 0.5) */
	{ "gamma", { 2.5, 0.5 }, DIST_ISF, 9.9999999999999995e-07, 35.888186879672872 },	/* qgamma(9.9999999999999995e-07, shape = 2.5, rate = 0.5, lower.tail = FALSE) */
	{ "gamma", { 2.5, 0.5 }, DIST_QUANTILE, 0.25, 2.6746028094321637 },	/* qgamma(0.25, shape = 2.5, rate = 0.5) */
	{ "gamma", { 2.5, 0.5 }, DIST_ISF, 0.25, 6.6256797638292504 },	/* qgamma(0.25, shape = 2.5, rate = 0.5, lower.tail = FALSE) */
	{ "gamma", { 2.5, 0.5 }, DIST_QUANTILE, 0.5, 4.3514601910955264 },	/* qgamma(0.5, shape = 2.5, rate = 0.5) */
	{ "gamma", { 2.5, 0.5 }, DIST_ISF, 0.5, 4.3514601910955264 },	/* qgamma(0.5, shape = 2.5, rate = 0.5, lower.tail = FALSE) */
	{ "gamma", { 2.5, 0.5 }, DIST_QUANTILE, 0.999, 20.515005652432876 },	/* qgamma(0.999, shape = 2.5, rate = 0.5) */
	{ "gamma", { 2.5, 0.5 }, DIST_ISF, 0.999, 0.21021260262921926 },	/* qgamma(0.999, shape = 2.5, rate = 0.5, lower.tail = FALSE) */
	{ "gamma", { 0.29999999999999999, 4 }, DIST_PDF, 1.0000000000000001e-05, 1602.1442047026662 },	/* dgamma(1.0000000000000001e-05, shape = 0.3, rate = 4) */
	{ "gamma", { 0.29999999999999999, 4 }, DIST_CDF, 1.0000000000000001e-05, 0.053406450076825734 },	/* pgamma(1.0000000000000001e-05, shape = 0.3, rate = 4) */
	{ "gamma", { 0.29999999999999999, 4 }, DIST_SF, 1.0000000000000001e-05, 0.94659354992317435 },	/* pgamma(1.0000000000000001e-05, shape = 0.3, rate = 4, lower.tail = FALSE) */
	{ "gamma", { 0.29999999999999999, 4 }, DIST_PDF, 0.20000000000000001, 0.70236424094168803 },	/* dgamma(0.20000000000000001, shape = 0.3, rate = 4) */
	{ "gamma", { 0.29999999999999999, 4 }, DIST_CDF, 0.20000000000000001, 0.88621520665721043 },	/* pgamma(0.20000000000000001, shape = 0.3, rate = 4) */
	{ "gamma", { 0.29999999999999999, 4 }, DIST_SF, 0.20000000000000001, 0.11378479334278963 },	/* pgamma(0.20000000000000001, shape = 0.3, rate = 4, lower.tail = FALSE) */
	{ "gamma", { 0.29999999999999999, 4 }, DIST_PDF, 3, 1.4427806656966027e-06 },	/* dgamma(3, shape = 0.3, rate = 4) */
	{ "gamma", { 0.29999999999999999, 4 }, DIST_CDF, 3, 0.99999965788437284 },	/* pgamma(3, shape = 0.3, rate = 4) */
	{ "gamma", { 0.29999999999999999, 4 }, DIST_SF, 3, 3.4211562717711815e-07 },	/* pgamma(3, shape = 0.3, rate = 4, lower.tail = FALSE) */
	{ "gamma", { 0.29999999999999999, 4 }, DIST_QUANTILE, 0.01, 3.75555663809008e-08 },	/* qgamma(0.01, shape = 0.3, rate = 4) */
	{ "gamma", { 0.29999999999999999, 4 }, DIST_ISF, 0.01, 0.65985228926763317 },	/* qgamma(0.01, shape = 0.3, rate = 4, lower.tail = FALSE) */
	{ "gamma", { 0.29999999999999999, 4 }, DIST_QUANTILE, 0.5, 0.018282783966737971 },	/* qgamma(0.5, shape = 0.3, rate = 4) */
	{ "gamma", { 0.29999999999999999, 4 }, DIST_ISF, 0.5, 0.018282783966737971 },	/* qgamma(0.5, shape = 0.3, rate = 4, lower.tail = FALSE) */
	{ "gamma", { 0.29999999999999999, 4 }, DIST_QUANTILE, 0.90000000000000002, 0.22120269334006101 },	/* qgamma(0.90000000000000002, shape = 0.3, rate = 4) */
	{ "gamma", { 0.29999999999999999, 4 }, DIST_ISF, 0.90000000000000002, 8.0931155455858095e-05 },	/* qgamma(0.90000000000000002, shape = 0.3, rate = 4, lower.tail = FALSE) */
	{ "beta", { 2, 5 }, DIST_PDF, 0.001, 0.029880179880030007 },	/* dbeta(0.001, shape1 = 2, shape2 = 5) */
	{ "beta", { 2, 5 }, DIST_CDF, 0.001, 1.4960044976004989e-05 },	/* pbeta(0.001, shape1 = 2, shape2 = 5) */
	{ "beta", { 2, 5 }, DIST_SF, 0.001, 0.99998503995502397 },	/* pbeta(0.001, shape1 = 2, shape2 = 5, lower.tail = FALSE) */
	{ "beta", { 2, 5 }, DIST_PDF, 0.20000000000000001, 2.4576000000000002 },	/* dbeta(0.20000000000000001, shape1 = 2, shape2 = 5) */
	{ "beta", { 2, 5 }, DIST_CDF, 0.20000000000000001, 0.34464000000000006 },	/* pbeta(0.20000000000000001, shape1 = 2, shape2 = 5) */
	{ "beta", { 2, 5 }, DIST_SF, 0.20000000000000001, 0.65535999999999994 },	/* pbeta(0.20000000000000001, shape1 = 2, shape2 = 5, lower.tail = FALSE) */
	{ "beta", { 2, 5 }, DIST_PDF, 0.59999999999999998, 0.46080000000000004 },	/* dbeta(0.59999999999999998, shape1 = 2, shape2 = 5) */
	{ "beta", { 2, 5 }, DIST_CDF, 0.59999999999999998, 0.95903999999999989 },	/* pbeta(0.59999999999999998, shape1 = 2, shape2 = 5) */
	{ "beta", { 2, 5 }, DIST_SF, 0.59999999999999998, 0.040960000000000038 },	/* pbeta(0.59999999999999998, shape1 = 2, shape2 = 5, lower.tail = FALSE) */
	{ "beta", { 2, 5 }, DIST_PDF, 0.999, 2.9970000000000143e-11 },	/* dbeta(0.999, shape1 = 2, shape2 = 5) */
	{ "beta", { 2, 5 }, DIST_CDF, 0.999, 0.999999999999994 },	/* pbeta(0.999, shape1 = 2, shape2 = 5) */
	{ "beta", { 2, 5 }, DIST_SF, 0.999, 5.9950000000000424e-15 },	/* pbeta(0.999, shape1 = 2, shape2 = 5, lower.tail = FALSE) */
	{ "beta", { 2, 5 }, DIST_QUANTILE, 0.001, 0.0082554927877466801 },	/* qbeta(0.001, shape1 = 2, shape2 = 5) */
	{ "beta", { 2, 5 }, DIST_ISF, 0.001, 0.81861386691913396 },	/* qbeta(0.001, shape1 = 2, shape2 = 5, lower.tail = FALSE) */
	{ "beta", { 2, 5 }, DIST_QUANTILE, 0.5, 0.26444998329565994 },	/* qbeta(0.5, shape1 = 2, shape2 = 5) */
	{ "beta", { 2, 5 }, DIST_ISF, 0.5, 0.26444998329565994 },	/* qbeta(0.5, shape1 = 2, shape2 = 5, lower.tail = FALSE) */
	{ "beta", { 2, 5 }, DIST_QUANTILE, 0.98999999999999999, 0.70568632831970746 },	/* qbeta(0.98999999999999999, shape1 = 2, shape2 = 5) */
	{ "beta", { 2, 5 }, DIST_ISF, 0.98999999999999999, 0.026763191142755074 },	/* qbeta(0.98999999999999999, shape1 = 2, shape2 = 5, lower.tail = FALSE) */
	{ "beta", { 0.5, 0.5 }, DIST_PDF, 0.01, 3.1991347258556524 },	/* dbeta(0.01, shape1 = 0.5, shape2 = 0.5) */
	{ "beta", { 0.5, 0.5 }, DIST_CDF, 0.01, 0.06376856085851984 },	/* pbeta(0.01, shape1 = 0.5, shape2 = 0.5) */
	{ "beta", { 0.5, 0.5 }, DIST_SF, 0.01, 0.9362314391414801 },	/* pbeta(0.01, shape1 = 0.5, shape2 = 0.5, lower.tail = FALSE) */
	{ "beta", { 0.5, 0.5 }, DIST_PDF, 0.5, 0.63661977236758116 },	/* dbeta(0.5, shape1 = 0.5, shape2 = 0.5) */
	{ "beta", { 0.5, 0.5 }, DIST_CDF, 0.5, 0.49999999999999956 },	/* pbeta(0.5, shape1 = 0.5, shape2 = 0.5) */
	{ "beta", { 0.5, 0.5 }, DIST_SF, 0.5, 0.50000000000000044 },	/* pbeta(0.5, shape1 = 0.5, shape2 = 0.5, lower.tail = FALSE) */
	{ "beta", { 0.5, 0.5 }, DIST_PDF, 0.96999999999999997, 1.8659655989795678 },	/* dbeta(0.96999999999999997, shape1 = 0.5, shape2 = 0.5) */
	{ "beta", { 0.5, 0.5 }, DIST_CDF, 0.96999999999999997, 0.88917531339554057 },	/* pbeta(0.96999999999999997, shape1 = 0.5, shape2 = 0.5) */
	{ "beta", { 0.5, 0.5 }, DIST_SF, 0.96999999999999997, 0.11082468660445946 },	/* pbeta(0.96999999999999997, shape1 = 0.5, shape2 = 0.5, lower.tail = FALSE) */
	{ "beta", { 0.5, 0.5 }, DIST_QUANTILE, 0.10000000000000001, 0.024471741852423217 },	/* qbeta(0.10000000000000001, shape1 = 0.5, shape2 = 0.5) */
	{ "beta", { 0.5, 0.5 }, DIST_ISF, 0.10000000000000001, 0.97552825814757682 },	/* qbeta(0.10000000000000001, shape1 = 0.5, shape2 = 0.5, lower.tail = FALSE) */
	{ "beta", { 0.5, 0.5 }, DIST_QUANTILE, 0.5, 0.49999999999999989 },	/* qbeta(0.5, shape1 = 0.5, shape2 = 0.5) */
	{ "beta", { 0.5, 0.5 }, DIST_ISF, 0.5, 0.49999999999999989 },	/* qbeta(0.5, shape1 = 0.5, shape2 = 0.5, lower.tail = FALSE) */
	{ "beta", { 0.5, 0.5 }, DIST_QUANTILE, 0.94999999999999996, 0.99384417029756889 },	/* qbeta(0.94999999999999996, shape1 = 0.5, shape2 = 0.5) */
	{ "beta", { 0.5, 0.5 }, DIST_ISF, 0.94999999999999996, 0.0061558297024311487 },	/* qbeta(0.94999999999999996, shape1 = 0.5, shape2 = 0.5, lower.tail = FALSE) */
	{ "lnorm", { 1, 0.5 }, DIST_PDF, 0.5, 0.0051635088434919341 },	/* dlnorm(0.5, meanlog = 1, sdlog = 0.5) */
	{ "lnorm", { 1, 0.5 }, DIST_CDF, 0.5, 0.00035421674466618914 },	/* plnorm(0.5, meanlog = 1, sdlog = 0.5) */
	{ "lnorm", { 1, 0.5 }, DIST_SF, 0.5, 0.99964578325533382 },	/* plnorm(0.5, meanlog = 1, sdlog = 0.5, lower.tail = FALSE) */
	{ "lnorm", { 1, 0.5 }, DIST_PDF, 2.7000000000000002, 0.2954858870637565 },	/* dlnorm(2.7000000000000002, meanlog = 1, sdlog = 0.5) */
	{ "lnorm", { 1, 0.5 }, DIST_CDF, 2.7000000000000002, 0.49461585733003782 },	/* plnorm(2.7000000000000002, meanlog = 1, sdlog = 0.5) */
	{ "lnorm", { 1, 0.5 }, DIST_SF, 2.7000000000000002, 0.50538414266996223 },	/* plnorm(2.7000000000000002, meanlog = 1, sdlog = 0.5, lower.tail = FALSE) */
	{ "lnorm", { 1, 0.5 }, DIST_PDF, 40, 1.0469325416527304e-08 },	/* dlnorm(40, meanlog = 1, sdlog = 0.5) */
	{ "lnorm", { 1, 0.5 }, DIST_CDF, 40, 0.99999996229064303 },	/* plnorm(40, meanlog = 1, sdlog = 0.5) */
	{ "lnorm", { 1, 0.5 }, DIST_SF, 40, 3.7709356937564515e-08 },	/* plnorm(40, meanlog = 1, sdlog = 0.5, lower.tail = FALSE) */
	{ "lnorm", { 1, 0.5 }, DIST_QUANTILE, 0.01, 0.84944342590575983 },	/* qlnorm(0.01, meanlog = 1, sdlog = 0.5) */
	{ "lnorm", { 1, 0.5 }, DIST_ISF, 0.01, 8.69870302551546 },	/* qlnorm(0.01, meanlog = 1, sdlog = 0.5, lower.tail = FALSE) */
	{ "lnorm", { 1, 0.5 }, DIST_QUANTILE, 0.5, 2.7182818284590451 },	/* qlnorm(0.5, meanlog = 1, sdlog = 0.5) */
	{ "lnorm", { 1, 0.5 }, DIST_ISF, 0.5, 2.7182818284590451 },	/* qlnorm(0.5, meanlog = 1, sdlog = 0.5, lower.tail = FALSE) */
	{ "lnorm", { 1, 0.5 }, DIST_QUANTILE, 0.98999999999999999, 8.69870302551546 },	/* qlnorm(0.98999999999999999, meanlog = 1, sdlog = 0.5) */
	{ "lnorm", { 1, 0.5 }, DIST_ISF, 0.98999999999999999, 0.84944342590575983 },	/* qlnorm(0.98999999999999999, meanlog = 1, sdlog = 0.5, lower.tail = FALSE) */
	{ "weibull", { 1.5, 3 }, DIST_PDF, 0.10000000000000001, 0.090733224439548787 },	/* dweibull(0.10000000000000001, shape = 1.5, scale = 3) */
	{ "weibull", { 1.5, 3 }, DIST_CDF, 0.10000000000000001, 0.0060673251856018075 },	/* pweibull(0.10000000000000001, shape = 1.5, scale = 3) */
	{ "weibull", { 1.5, 3 }, DIST_SF, 0.10000000000000001, 0.99393267481439818 },	/* pweibull(0.10000000000000001, shape = 1.5, scale = 3, lower.tail = FALSE) */
	{ "weibull", { 1.5, 3 }, DIST_PDF, 2, 0.23687782228285617 },	/* dweibull(2, shape = 1.5, scale = 3) */
	{ "weibull", { 1.5, 3 }, DIST_CDF, 2, 0.41977020402532716 },	/* pweibull(2, shape = 1.5, scale = 3) */
	{ "weibull", { 1.5, 3 }, DIST_SF, 2, 0.58022979597467284 },	/* pweibull(2, shape = 1.5, scale = 3, lower.tail = FALSE) */
	{ "weibull", { 1.5, 3 }, DIST_PDF, 25, 5.1508378679075629e-11 },	/* dweibull(25, shape = 1.5, scale = 3) */
	{ "weibull", { 1.5, 3 }, DIST_CDF, 25, 0.99999999996431399 },	/* pweibull(25, shape = 1.5, scale = 3) */
	{ "weibull", { 1.5, 3 }, DIST_SF, 25, 3.568605155506259e-11 },	/* pweibull(25, shape = 1.5, scale = 3, lower.tail = FALSE) */
	{ "weibull", { 1.5, 3 }, DIST_QUANTILE, 9.9999999999999995e-07, 0.0003000001000000585 },	/* qweibull(9.9999999999999995e-07, shape = 1.5, scale = 3) */
	{ "weibull", { 1.5, 3 }, DIST_ISF, 9.9999999999999995e-07, 17.272924740683319 },	/* qweibull(9.9999999999999995e-07, shape = 1.5, scale = 3, lower.tail = FALSE) */
	{ "weibull", { 1.5, 3 }, DIST_QUANTILE, 0.5, 2.3496593063239541 },	/* qweibull(0.5, shape = 1.5, scale = 3) */
	{ "weibull", { 1.5, 3 }, DIST_ISF, 0.5, 2.3496593063239541 },	/* qweibull(0.5, shape = 1.5, scale = 3, lower.tail = FALSE) */
	{ "weibull", { 1.5, 3 }, DIST_QUANTILE, 0.90000000000000002, 5.2311645407892353 },	/* qweibull(0.90000000000000002, shape = 1.5, scale = 3) */
	{ "weibull", { 1.5, 3 }, DIST_ISF, 0.90000000000000002, 0.66922657691075127 },	/* qweibull(0.90000000000000002, shape = 1.5, scale = 3, lower.tail = FALSE) */
	{ "unif", { -1, 3 }, DIST_PDF, -2, 0 },	/* dunif(-2, min = -1, max = 3) */
	{ "unif", { -1, 3 }, DIST_CDF, -2, 0 },	/* punif(-2, min = -1, max = 3) */
	{ "unif", { -1, 3 }, DIST_SF, -2, 1 },	/* punif(-2, min = -1, max = 3, lower.tail = FALSE) */
	{ "unif", { -1, 3 }, DIST_PDF, 0, 0.25 },	/* dunif(0, min = -1, max = 3) */
	{ "unif", { -1, 3 }, DIST_CDF, 0, 0.25 },	/* punif(0, min = -1, max = 3) */
	{ "unif", { -1, 3 }, DIST_SF, 0, 0.75 },	/* punif(0, min = -1, max = 3, lower.tail = FALSE) */
	{ "unif", { -1, 3 }, DIST_PDF, 2.5, 0.25 },	/* dunif(2.5, min = -1, max = 3) */
	{ "unif", { -1, 3 }, DIST_CDF, 2.5, 0.875 },	/* punif(2.5, min = -1, max = 3) */
	{ "unif", { -1, 3 }, DIST_SF, 2.5, 0.125 },	/* punif(2.5, min = -1, max = 3, lower.tail = FALSE) */
	{ "unif", { -1, 3 }, DIST_PDF, 3, 0.25 },	/* dunif(3, min = -1, max = 3) */
	{ "unif", { -1, 3 }, DIST_CDF, 3, 1 },	/* punif(3, min = -1, max = 3) */
	{ "unif", { -1, 3 }, DIST_SF, 3, 0 },	/* punif(3, min = -1, max = 3, lower.tail = FALSE) */
	{ "unif", { -1, 3 }, DIST_QUANTILE, 0, -1 },	/* qunif(0, min = -1, max = 3) */
	{ "unif", { -1, 3 }, DIST_ISF, 0, 3 },	/* qunif(0, min = -1, max = 3, lower.tail = FALSE) */
	{ "unif", { -1, 3 }, DIST_QUANTILE, 0.25, 0 },	/* qunif(0.25, min = -1, max = 3) */
	{ "unif", { -1, 3 }, DIST_ISF, 0.25, 2 },	/* qunif(0.25, min = -1, max = 3, lower.tail = FALSE) */
	{ "unif", { -1, 3 }, DIST_QUANTILE, 1, 3 },	/* qunif(1, min = -1, max = 3) */
	{ "unif", { -1, 3 }, DIST_ISF, 1, -1 },	/* qunif(1, min = -1, max = 3, lower.tail = FALSE) */
	{ "cauchy", { 1, 2 }, DIST_PDF, -50, 0.00024438378977642279 },	/* dcauchy(-50, location = 1, scale = 2) */
	{ "cauchy", { 1, 2 }, DIST_CDF, -50, 0.012476347588305951 },	/* pcauchy(-50, location = 1, scale = 2) */
	{ "cauchy", { 1, 2 }, DIST_SF, -50, 0.98752365241169404 },	/* pcauchy(-50, location = 1, scale = 2, lower.tail = FALSE) */
	{ "cauchy", { 1, 2 }, DIST_PDF, 1, 0.15915494309189535 },	/* dcauchy(1, location = 1, scale = 2) */
	{ "cauchy", { 1, 2 }, DIST_CDF, 1, 0.5 },	/* pcauchy(1, location = 1, scale = 2) */
	{ "cauchy", { 1, 2 }, DIST_SF, 1, 0.5 },	/* pcauchy(1, location = 1, scale = 2, lower.tail = FALSE) */
	{ "cauchy", { 1, 2 }, DIST_PDF, 4, 0.048970751720583176 },	/* dcauchy(4, location = 1, scale = 2) */
	{ "cauchy", { 1, 2 }, DIST_CDF, 4, 0.81283295818900125 },	/* pcauchy(4, location = 1, scale = 2) */
	{ "cauchy", { 1, 2 }, DIST_SF, 4, 0.1871670418109988 },	/* pcauchy(4, location = 1, scale = 2, lower.tail = FALSE) */
	{ "cauchy", { 1, 2 }, DIST_QUANTILE, 0.01, -62.641031907547912 },	/* qcauchy(0.01, location = 1, scale = 2) */
	{ "cauchy", { 1, 2 }, DIST_ISF, 0.01, 64.641031907547912 },	/* qcauchy(0.01, location = 1, scale = 2, lower.tail = FALSE) */
	{ "cauchy", { 1, 2 }, DIST_QUANTILE, 0.5, 1 },	/* qcauchy(0.5, location = 1, scale = 2) */
	{ "cauchy", { 1, 2 }, DIST_ISF, 0.5, 1 },	/* qcauchy(0.5, location = 1, scale = 2, lower.tail = FALSE) */
	{ "cauchy", { 1, 2 }, DIST_QUANTILE, 0.90000000000000002, 7.1553670743505089 },	/* qcauchy(0.90000000000000002, location = 1, scale = 2) */
	{ "cauchy", { 1, 2 }, DIST_ISF, 0.90000000000000002, -5.1553670743505089 },	/* qcauchy(0.90000000000000002, location = 1, scale = 2, lower.tail = FALSE) */
	{ "logis", { 2, 0.5 }, DIST_PDF, -20, 1.5562264482267593e-19 },	/* dlogis(-20, location = 2, scale = 0.5) */
	{ "logis", { 2, 0.5 }, DIST_CDF, -20, 7.7811322411337966e-20 },	/* plogis(-20, location = 2, scale = 0.5) */
	{ "logis", { 2, 0.5 }, DIST_SF, -20, 1 },	/* plogis(-20, location = 2, scale = 0.5, lower.tail = FALSE) */
	{ "logis", { 2, 0.5 }, DIST_PDF, 2, 0.5 },	/* dlogis(2, location = 2, scale = 0.5) */
	{ "logis", { 2, 0.5 }, DIST_CDF, 2, 0.5 },	/* plogis(2, location = 2, scale = 0.5) */
	{ "logis", { 2, 0.5 }, DIST_SF, 2, 0.5 },	/* plogis(2, location = 2, scale = 0.5, lower.tail = FALSE) */
	{ "logis", { 2, 0.5 }, DIST_PDF, 3.5, 0.090353319461824289 },	/* dlogis(3.5, location = 2, scale = 0.5) */
	{ "logis", { 2, 0.5 }, DIST_CDF, 3.5, 0.95257412682243336 },	/* plogis(3.5, location = 2, scale = 0.5) */
	{ "logis", { 2, 0.5 }, DIST_SF, 3.5, 0.047425873177566781 },	/* plogis(3.5, location = 2, scale = 0.5, lower.tail = FALSE) */
	{ "logis", { 2, 0.5 }, DIST_QUANTILE, 0.001, -1.453377389324277 },	/* qlogis(0.001, location = 2, scale = 0.5) */
	{ "logis", { 2, 0.5 }, DIST_ISF, 0.001, 5.4533773893242774 },	/* qlogis(0.001, location = 2, scale = 0.5, lower.tail = FALSE) */
	{ "logis", { 2, 0.5 }, DIST_QUANTILE, 0.5, 2 },	/* qlogis(0.5, location = 2, scale = 0.5) */
	{ "logis", { 2, 0.5 }, DIST_ISF, 0.5, 2 },	/* qlogis(0.5, location = 2, scale = 0.5, lower.tail = FALSE) */
	{ "logis", { 2, 0.5 }, DIST_QUANTILE, 0.69999999999999996, 2.4236489301936017 },	/* qlogis(0.69999999999999996, location = 2, scale = 0.5) */
	{ "logis", { 2, 0.5 }, DIST_ISF, 0.69999999999999996, 1.5763510698063983 },	/* qlogis(0.69999999999999996, location = 2, scale = 0.5, lower.tail = FALSE) */
	{ "binom", { 20, 0.29999999999999999 }, DIST_PDF, 0, 0.00079792266297611894 },	/* dbinom(0, size = 20, prob = 0.3) */
	{ "binom", { 20, 0.29999999999999999 }, DIST_CDF, 0, 0.00079792266297611851 },	/* pbinom(0, size = 20, prob = 0.3) */
	{ "binom", { 20, 0.29999999999999999 }, DIST_SF, 0, 0.99920207733702382 },	/* pbinom(0, size = 20, prob = 0.3, lower.tail = FALSE) */
	{ "binom", { 20, 0.29999999999999999 }, DIST_PDF, 3, 0.071603672205262314 },	/* dbinom(3, size = 20, prob = 0.3) */
	{ "binom", { 20, 0.29999999999999999 }, DIST_CDF, 3, 0.10708680450373097 },	/* pbinom(3, size = 20, prob = 0.3) */
	{ "binom", { 20, 0.29999999999999999 }, DIST_SF, 3, 0.89291319549626902 },	/* pbinom(3, size = 20, prob = 0.3, lower.tail = FALSE) */
	{ "binom", { 20, 0.29999999999999999 }, DIST_PDF, 6, 0.19163898275344257 },	/* dbinom(6, size = 20, prob = 0.3) */
	{ "binom", { 20, 0.29999999999999999 }, DIST_CDF, 6, 0.60800981220092409 },	/* pbinom(6, size = 20, prob = 0.3) */
	{ "binom", { 20, 0.29999999999999999 }, DIST_SF, 6, 0.39199018779907585 },	/* pbinom(6, size = 20, prob = 0.3, lower.tail = FALSE) */
	{ "binom", { 20, 0.29999999999999999 }, DIST_PDF, 15, 3.7389768875292987e-05 },	/* dbinom(15, size = 20, prob = 0.3) */
	{ "binom", { 20, 0.29999999999999999 }, DIST_CDF, 15, 0.99999444974692175 },	/* pbinom(15, size = 20, prob = 0.3) */
	{ "binom", { 20, 0.29999999999999999 }, DIST_SF, 15, 5.550253078298753e-06 },	/* pbinom(15, size = 20, prob = 0.3, lower.tail = FALSE) */
	{ "binom", { 20, 0.29999999999999999 }, DIST_PDF, 20, 3.4867844009999942e-11 },	/* dbinom(20, size = 20, prob = 0.3) */
	{ "binom", { 20, 0.29999999999999999 }, DIST_CDF, 20, 1 },	/* pbinom(20, size = 20, prob = 0.3) */
	{ "binom", { 20, 0.29999999999999999 }, DIST_SF, 20, 0 },	/* pbinom(20, size = 20, prob = 0.3, lower.tail = FALSE) */
	{ "binom", { 20, 0.29999999999999999 }, DIST_QUANTILE, 0.001, 1 },	/* qbinom(0.001, size = 20, prob = 0.3) */
	{ "binom", { 20, 0.29999999999999999 }, DIST_ISF, 0.001, 13 },	/* qbinom(0.001, size = 20, prob = 0.3, lower.tail = FALSE) */
	{ "binom", { 20, 0.29999999999999999 }, DIST_QUANTILE, 0.5, 6 },	/* qbinom(0.5, size = 20, prob = 0.3) */
	{ "binom", { 20, 0.29999999999999999 }, DIST_ISF, 0.5, 6 },	/* qbinom(0.5, size = 20, prob = 0.3, lower.tail = FALSE) */
	{ "binom", { 20, 0.29999999999999999 }, DIST_QUANTILE, 0.94999999999999996, 9 },	/* qbinom(0.94999999999999996, size = 20, prob = 0.3) */
	{ "binom", { 20, 0.29999999999999999 }, DIST_ISF, 0.94999999999999996, 3 },	/* qbinom(0.94999999999999996, size = 20, prob = 0.3, lower.tail = FALSE) */
	{ "binom", { 20, 0.29999999999999999 }, DIST_QUANTILE, 0.99990000000000001, 14 },	/* qbinom(0.99990000000000001, size = 20, prob = 0.3) */
	{ "binom", { 20, 0.29999999999999999 }, DIST_ISF, 0.99990000000000001, 0 },	/* qbinom(0.99990000000000001, size = 20, prob = 0.3, lower.tail = FALSE) */
	{ "pois", { 4.5 }, DIST_PDF, 0, 0.011108996538242306 },	/* dpois(0, lambda = 4.5) */
	{ "pois", { 4.5 }, DIST_CDF, 0, 0.011108996538242306 },	/* ppois(0, lambda = 4.5) */
	{ "pois", { 4.5 }, DIST_SF, 0, 0.98889100346175773 },	/* ppois(0, lambda = 4.5, lower.tail = FALSE) */
	{ "pois", { 4.5 }, DIST_PDF, 2, 0.11247858994970336 },	/* dpois(2, lambda = 4.5) */
	{ "pois", { 4.5 }, DIST_CDF, 2, 0.17357807091003605 },	/* ppois(2, lambda = 4.5) */
	{ "pois", { 4.5 }, DIST_SF, 2, 0.82642192908996392 },	/* ppois(2, lambda = 4.5, lower.tail = FALSE) */
	{ "pois", { 4.5 }, DIST_PDF, 4, 0.18980762054012446 },	/* dpois(4, lambda = 4.5) */
	{ "pois", { 4.5 }, DIST_CDF, 4, 0.53210357637471561 },	/* ppois(4, lambda = 4.5) */
	{ "pois", { 4.5 }, DIST_SF, 4, 0.46789642362528439 },	/* ppois(4, lambda = 4.5, lower.tail = FALSE) */
	{ "pois", { 4.5 }, DIST_PDF, 20, 5.2942017842290516e-08 },	/* dpois(20, lambda = 4.5) */
	{ "pois", { 4.5 }, DIST_CDF, 20, 0.99999998577713001 },	/* ppois(20, lambda = 4.5) */
	{ "pois", { 4.5 }, DIST_SF, 20, 1.422286996693892e-08 },	/* ppois(20, lambda = 4.5, lower.tail = FALSE) */
	{ "pois", { 4.5 }, DIST_QUANTILE, 0.01, 0 },	/* qpois(0.01, lambda = 4.5) */
	{ "pois", { 4.5 }, DIST_ISF, 0.01, 10 },	/* qpois(0.01, lambda = 4.5, lower.tail = FALSE) */
	{ "pois", { 4.5 }, DIST_QUANTILE, 0.5, 4 },	/* qpois(0.5, lambda = 4.5) */
	{ "pois", { 4.5 }, DIST_ISF, 0.5, 4 },	/* qpois(0.5, lambda = 4.5, lower.tail = FALSE) */
	{ "pois", { 4.5 }, DIST_QUANTILE, 0.98999999999999999, 10 },	/* qpois(0.98999999999999999, lambda = 4.5) */
	{ "pois", { 4.5 }, DIST_ISF, 0.98999999999999999, 0 },	/* qpois(0.98999999999999999, lambda = 4.5, lower.tail = FALSE) */
	{ "pois", { 200 }, DIST_PDF, 150, 3.4570810220104607e-05 },	/* dpois(150, lambda = 200) */
	{ "pois", { 200 }, DIST_CDF, 150, 0.00013135703016944037 },	/* ppois(150, lambda = 200) */
	{ "pois", { 200 }, DIST_SF, 150, 0.99986864296983058 },	/* ppois(150, lambda = 200, lower.tail = FALSE) */
	{ "pois", { 200 }, DIST_PDF, 200, 0.028197727685920819 },	/* dpois(200, lambda = 200) */
	{ "pois", { 200 }, DIST_CDF, 200, 0.51879430967868445 },	/* ppois(200, lambda = 200) */
	{ "pois", { 200 }, DIST_SF, 200, 0.48120569032131555 },	/* ppois(200, lambda = 200, lower.tail = FALSE) */
	{ "pois", { 200 }, DIST_PDF, 290, 4.5642454659037663e-10 },	/* dpois(290, lambda = 200) */
	{ "pois", { 200 }, DIST_CDF, 290, 0.99999999901931047 },	/* ppois(290, lambda = 200) */
	{ "pois", { 200 }, DIST_SF, 290, 9.8068957155694292e-10 },	/* ppois(290, lambda = 200, lower.tail = FALSE) */
	{ "pois", { 200 }, DIST_QUANTILE, 0.050000000000000003, 177 },	/* qpois(0.050000000000000003, lambda = 200) */
	{ "pois", { 200 }, DIST_ISF, 0.050000000000000003, 224 },	/* qpois(0.050000000000000003, lambda = 200, lower.tail = FALSE) */
	{ "pois", { 200 }, DIST_QUANTILE, 0.5, 200 },	/* qpois(0.5, lambda = 200) */
	{ "pois", { 200 }, DIST_ISF, 0.5, 200 },	/* qpois(0.5, lambda = 200, lower.tail = FALSE) */
	{ "pois", { 200 }, DIST_QUANTILE, 0.999, 245 },	/* qpois(0.999, lambda = 200) */
	{ "pois", { 200 }, DIST_ISF, 0.999, 158 },	/* qpois(0.999, lambda = 200, lower.tail = FALSE) */
	{ "geom", { 0.20000000000000001 }, DIST_PDF, 0, 0.20000000000000001 },	/* dgeom(0, prob = 0.2) */
	{ "geom", { 0.20000000000000001 }, DIST_CDF, 0, 0.20000000000000001 },	/* pgeom(0, prob = 0.2) */
	{ "geom", { 0.20000000000000001 }, DIST_SF, 0, 0.80000000000000004 },	/* pgeom(0, prob = 0.2, lower.tail = FALSE) */
	{ "geom", { 0.20000000000000001 }, DIST_PDF, 3, 0.10240000000000003 },	/* dgeom(3, prob = 0.2) */
	{ "geom", { 0.20000000000000001 }, DIST_CDF, 3, 0.59040000000000004 },	/* pgeom(3, prob = 0.2) */
	{ "geom", { 0.20000000000000001 }, DIST_SF, 3, 0.40959999999999996 },	/* pgeom(3, prob = 0.2, lower.tail = FALSE) */
	{ "geom", { 0.20000000000000001 }, DIST_PDF, 40, 2.6584559915698365e-05 },	/* dgeom(40, prob = 0.2) */
	{ "geom", { 0.20000000000000001 }, DIST_CDF, 40, 0.99989366176033723 },	/* pgeom(40, prob = 0.2) */
	{ "geom", { 0.20000000000000001 }, DIST_SF, 40, 0.00010633823966279319 },	/* pgeom(40, prob = 0.2, lower.tail = FALSE) */
	{ "geom", { 0.20000000000000001 }, DIST_QUANTILE, 0.10000000000000001, 0 },	/* qgeom(0.10000000000000001, prob = 0.2) */
	{ "geom", { 0.20000000000000001 }, DIST_ISF, 0.10000000000000001, 10 },	/* qgeom(0.10000000000000001, prob = 0.2, lower.tail = FALSE) */
	{ "geom", { 0.20000000000000001 }, DIST_QUANTILE, 0.5, 3 },	/* qgeom(0.5, prob = 0.2) */
	{ "geom", { 0.20000000000000001 }, DIST_ISF, 0.5, 3 },	/* qgeom(0.5, prob = 0.2, lower.tail = FALSE) */
	{ "geom", { 0.20000000000000001 }, DIST_QUANTILE, 0.98999999999999999, 20 },	/* qgeom(0.98999999999999999, prob = 0.2) */
	{ "geom", { 0.20000000000000001 }, DIST_ISF, 0.98999999999999999, 0 },	/* qgeom(0.98999999999999999, prob = 0.2, lower.tail = FALSE) */
	{ "nbinom", { 3, 0.40000000000000002 }, DIST_PDF, 0, 0.064000000000000015 },	/* dnbinom(0, size = 3, prob = 0.4) */
	{ "nbinom", { 3, 0.40000000000000002 }, DIST_CDF, 0, 0.064000000000000029 },	/* pnbinom(0, size = 3, prob = 0.4) */
	{ "nbinom", { 3, 0.40000000000000002 }, DIST_SF, 0, 0.93599999999999994 },	/* pnbinom(0, size = 3, prob = 0.4, lower.tail = FALSE) */
	{ "nbinom", { 3, 0.40000000000000002 }, DIST_PDF, 4, 0.124416 },	/* dnbinom(4, size = 3, prob = 0.4) */
	{ "nbinom", { 3, 0.40000000000000002 }, DIST_CDF, 4, 0.58009599999999995 },	/* pnbinom(4, size = 3, prob = 0.4) */
	{ "nbinom", { 3, 0.40000000000000002 }, DIST_SF, 4, 0.419904 },	/* pnbinom(4, size = 3, prob = 0.4, lower.tail = FALSE) */
	{ "nbinom", { 3, 0.40000000000000002 }, DIST_PDF, 30, 7.0177705076149635e-06 },	/* dnbinom(30, size = 3, prob = 0.4) */
	{ "nbinom", { 3, 0.40000000000000002 }, DIST_CDF, 30, 0.99998769590992409 },	/* pnbinom(30, size = 3, prob = 0.4) */
	{ "nbinom", { 3, 0.40000000000000002 }, DIST_SF, 30, 1.2304090075977118e-05 },	/* pnbinom(30, size = 3, prob = 0.4, lower.tail = FALSE) */
	{ "nbinom", { 3, 0.40000000000000002 }, DIST_QUANTILE, 0.050000000000000003, 0 },	/* qnbinom(0.050000000000000003, size = 3, prob = 0.4) */
	{ "nbinom", { 3, 0.40000000000000002 }, DIST_ISF, 0.050000000000000003, 11 },	/* qnbinom(0.050000000000000003, size = 3, prob = 0.4, lower.tail = FALSE) */
	{ "nbinom", { 3, 0.40000000000000002 }, DIST_QUANTILE, 0.5, 4 },	/* qnbinom(0.5, size = 3, prob = 0.4) */
	{ "nbinom", { 3, 0.40000000000000002 }, DIST_ISF, 0.5, 4 },	/* qnbinom(0.5, size = 3, prob = 0.4, lower.tail = FALSE) */
	{ "nbinom", { 3, 0.40000000000000002 }, DIST_QUANTILE, 0.94999999999999996, 11 },	/* qnbinom(0.94999999999999996, size = 3, prob = 0.4) */
	{ "nbinom", { 3, 0.40000000000000002 }, DIST_ISF, 0.94999999999999996, 0 },	/* qnbinom(0.94999999999999996, size = 3, prob = 0.4, lower.tail = FALSE) */
	{ "nbinom", { 2.5, 0.69999999999999996 }, DIST_PDF, 1, 0.3074725597512728 },	/* dnbinom(1, size = 2.5, prob = 0.7) */
	{ "nbinom", { 2.5, 0.69999999999999996 }, DIST_CDF, 1, 0.71743597275296966 },	/* pnbinom(1, size = 2.5, prob = 0.7) */
	{ "nbinom", { 2.5, 0.69999999999999996 }, DIST_SF, 1, 0.28256402724703034 },	/* pnbinom(1, size = 2.5, prob = 0.7, lower.tail = FALSE) */
	{ "nbinom", { 2.5, 0.69999999999999996 }, DIST_PDF, 9, 0.00019905040521655897 },	/* dnbinom(9, size = 2.5, prob = 0.7) */
	{ "nbinom", { 2.5, 0.69999999999999996 }, DIST_CDF, 9, 0.99989606250411778 },	/* pnbinom(9, size = 2.5, prob = 0.7) */
	{ "nbinom", { 2.5, 0.69999999999999996 }, DIST_SF, 9, 0.00010393749588227069 },	/* pnbinom(9, size = 2.5, prob = 0.7, lower.tail = FALSE) */
	{ "nbinom", { 2.5, 0.69999999999999996 }, DIST_QUANTILE, 0.29999999999999999, 0 },	/* qnbinom(0.29999999999999999, size = 2.5, prob = 0.7) */
	{ "nbinom", { 2.5, 0.69999999999999996 }, DIST_ISF, 0.29999999999999999, 1 },	/* qnbinom(0.29999999999999999, size = 2.5, prob = 0.7, lower.tail = FALSE) */
	{ "nbinom", { 2.5, 0.69999999999999996 }, DIST_QUANTILE, 0.90000000000000002, 3 },	/* qnbinom(0.90000000000000002, size = 2.5, prob = 0.7) */
	{ "nbinom", { 2.5, 0.69999999999999996 }, DIST_ISF, 0.90000000000000002, -0 },	/* qnbinom(0.90000000000000002, size = 2.5, prob = 0.7, lower.tail = FALSE) */
	{ "hyper", { 10, 7, 8 }, DIST_PDF, 1, 0.00041135335252982298 },	/* dhyper(1, m = 10, n = 7, k = 8) */
	{ "hyper", { 10, 7, 8 }, DIST_CDF, 1, 0.00041135335252982298 },	/* phyper(1, m = 10, n = 7, k = 8) */
	{ "hyper", { 10, 7, 8 }, DIST_SF, 1, 0.99958864664747016 },	/* phyper(1, m = 10, n = 7, k = 8, lower.tail = FALSE) */
	{ "hyper", { 10, 7, 8 }, DIST_PDF, 3, 0.10366104483751548 },	/* dhyper(3, m = 10, n = 7, k = 8) */
	{ "hyper", { 10, 7, 8 }, DIST_CDF, 3, 0.11703002879473474 },	/* phyper(3, m = 10, n = 7, k = 8) */
	{ "hyper", { 10, 7, 8 }, DIST_SF, 3, 0.88296997120526521 },	/* phyper(3, m = 10, n = 7, k = 8, lower.tail = FALSE) */
	{ "hyper", { 10, 7, 8 }, DIST_PDF, 5, 0.36281365693130407 },	/* dhyper(5, m = 10, n = 7, k = 8) */
	{ "hyper", { 10, 7, 8 }, DIST_CDF, 5, 0.78218839983545851 },	/* phyper(5, m = 10, n = 7, k = 8) */
	{ "hyper", { 10, 7, 8 }, DIST_SF, 5, 0.21781160016454146 },	/* phyper(5, m = 10, n = 7, k = 8, lower.tail = FALSE) */
	{ "hyper", { 10, 7, 8 }, DIST_PDF, 8, 0.001851090086384205 },	/* dhyper(8, m = 10, n = 7, k = 8) */
	{ "hyper", { 10, 7, 8 }, DIST_CDF, 8, 1 },	/* phyper(8, m = 10, n = 7, k = 8) */
	{ "hyper", { 10, 7, 8 }, DIST_SF, 8, 0 },	/* phyper(8, m = 10, n = 7, k = 8, lower.tail = FALSE) */
	{ "hyper", { 10, 7, 8 }, DIST_QUANTILE, 0.050000000000000003, 3 },	/* qhyper(0.050000000000000003, m = 10, n = 7, k = 8) */
	{ "hyper", { 10, 7, 8 }, DIST_ISF, 0.050000000000000003, 6 },	/* qhyper(0.050000000000000003, m = 10, n = 7, k = 8, lower.tail = FALSE) */
	{ "hyper", { 10, 7, 8 }, DIST_QUANTILE, 0.5, 5 },	/* qhyper(0.5, m = 10, n = 7, k = 8) */
	{ "hyper", { 10, 7, 8 }, DIST_ISF, 0.5, 5 },	/* qhyper(0.5, m = 10, n = 7, k = 8, lower.tail = FALSE) */
	{ "hyper", { 10, 7, 8 }, DIST_QUANTILE, 0.94999999999999996, 6 },	/* qhyper(0.94999999999999996, m = 10, n = 7, k = 8) */
	{ "hyper", { 10, 7, 8 }, DIST_ISF, 0.94999999999999996, 3 },	/* qhyper(0.94999999999999996, m = 10, n = 7, k = 8, lower.tail = FALSE) */
	{ "weibull", { 2, 1 }, DIST_PDF, -1, 0 },	/* dweibull(-1, shape = 2, scale = 1) */
	{ "weibull", { 2, 1 }, DIST_CDF, -1, 0 },	/* pweibull(-1, shape = 2, scale = 1) */
	{ "weibull", { 2, 1 }, DIST_SF, -1, 1 },	/* pweibull(-1, shape = 2, scale = 1, lower.tail = FALSE) */
	{ "weibull", { 2, 1 }, DIST_PDF, 0, 0 },	/* dweibull(0, shape = 2, scale = 1) */
	{ "weibull", { 2, 1 }, DIST_CDF, 0, 0 },	/* pweibull(0, shape = 2, scale = 1) */
	{ "weibull", { 2, 1 }, DIST_SF, 0, 1 },	/* pweibull(0, shape = 2, scale = 1, lower.tail = FALSE) */
	{ "weibull", { 2, 1 }, DIST_QUANTILE, 0.29999999999999999, 0.59722269208288825 },	/* qweibull(0.29999999999999999, shape = 2, scale = 1) */
	{ "weibull", { 2, 1 }, DIST_ISF, 0.29999999999999999, 1.0972569454443823 },	/* qweibull(0.29999999999999999, shape = 2, scale = 1, lower.tail = FALSE) */
	{ "f", { 3, 5 }, DIST_PDF, -1, 0 },	/* df(-1, df1 = 3, df2 = 5) */
	{ "f", { 3, 5 }, DIST_CDF, -1, 0 },	/* pf(-1, df1 = 3, df2 = 5) */
	{ "f", { 3, 5 }, DIST_SF, -1, 1 },	/* pf(-1, df1 = 3, df2 = 5, lower.tail = FALSE) */
	{ "f", { 3, 5 }, DIST_PDF, 0, 0 },	/* df(0, df1 = 3, df2 = 5) */
	{ "f", { 3, 5 }, DIST_CDF, 0, 0 },	/* pf(0, df1 = 3, df2 = 5) */
	{ "f", { 3, 5 }, DIST_SF, 0, 1 },	/* pf(0, df1 = 3, df2 = 5, lower.tail = FALSE) */
	{ "f", { 3, 5 }, DIST_QUANTILE, 0.29999999999999999, 0.49736245782659488 },	/* qf(0.29999999999999999, df1 = 3, df2 = 5) */
	{ "f", { 3, 5 }, DIST_ISF, 0.29999999999999999, 1.6045308429008158 },	/* qf(0.29999999999999999, df1 = 3, df2 = 5, lower.tail = FALSE) */
	{ "lnorm", { 0, 1 }, DIST_PDF, -1, 0 },	/* dlnorm(-1, meanlog = 0, sdlog = 1) */
	{ "lnorm", { 0, 1 }, DIST_CDF, -1, 0 },	/* plnorm(-1, meanlog = 0, sdlog = 1) */
	{ "lnorm", { 0, 1 }, DIST_SF, -1, 1 },	/* plnorm(-1, meanlog = 0, sdlog = 1, lower.tail = FALSE) */
	{ "lnorm", { 0, 1 }, DIST_PDF, 0, 0 },	/* dlnorm(0, meanlog = 0, sdlog = 1) */
	{ "lnorm", { 0, 1 }, DIST_CDF, 0, 0 },	/* plnorm(0, meanlog = 0, sdlog = 1) */
	{ "lnorm", { 0, 1 }, DIST_SF, 0, 1 },	/* plnorm(0, meanlog = 0, sdlog = 1, lower.tail = FALSE) */
	{ "lnorm", { 0, 1 }, DIST_QUANTILE, 0.29999999999999999, 0.59191010060955418 },	/* qlnorm(0.29999999999999999, meanlog = 0, sdlog = 1) */
	{ "lnorm", { 0, 1 }, DIST_ISF, 0.29999999999999999, 1.6894457434840042 },	/* qlnorm(0.29999999999999999, meanlog = 0, sdlog = 1, lower.tail = FALSE) */
	{ "chisq", { 1000000 }, DIST_PDF, -1, 0 },	/* dchisq(-1, df = 1e+06) */
	{ "chisq", { 1000000 }, DIST_CDF, -1, 0 },	/* pchisq(-1, df = 1e+06) */
	{ "chisq", { 1000000 }, DIST_SF, -1, 1 },	/* pchisq(-1, df = 1e+06, lower.tail = FALSE) */
	{ "chisq", { 1000000 }, DIST_PDF, 1000000, 0.00028209474475808342 },	/* dchisq(1000000, df = 1e+06) */
	{ "chisq", { 1000000 }, DIST_CDF, 1000000, 0.50018806319660547 },	/* pchisq(1000000, df = 1e+06) */
	{ "chisq", { 1000000 }, DIST_SF, 1000000, 0.49981193680339453 },	/* pchisq(1000000, df = 1e+06, lower.tail = FALSE) */
	{ "chisq", { 1000000 }, DIST_QUANTILE, 0.025000000000000001, 997230.08714329009 },	/* qchisq(0.025000000000000001, df = 1e+06) */
	{ "chisq", { 1000000 }, DIST_ISF, 0.025000000000000001, 1002773.701467926 },	/* qchisq(0.025000000000000001, df = 1e+06, lower.tail = FALSE) */
	{ "chisq", { 1000000 }, DIST_QUANTILE, 0.97499999999999998, 1002773.701467926 },	/* qchisq(0.97499999999999998, df = 1e+06) */
	{ "chisq", { 1000000 }, DIST_ISF, 0.97499999999999998, 997230.08714329009 },	/* qchisq(0.97499999999999998, df = 1e+06, lower.tail = FALSE) */
	{ "gamma", { 1000000, 1 }, DIST_PDF, 999000, 0.00024213213250636926 },	/* dgamma(999000, shape = 1e+06, rate = 1) */
	{ "gamma", { 1000000, 1 }, DIST_CDF, 999000, 0.15865521357430365 },	/* pgamma(999000, shape = 1e+06, rate = 1) */
	{ "gamma", { 1000000, 1 }, DIST_SF, 999000, 0.84134478642569632 },	/* pgamma(999000, shape = 1e+06, rate = 1, lower.tail = FALSE) */
	{ "gamma", { 1000000, 1 }, DIST_QUANTILE, 1e-10, 993651.8087301997 },	/* qgamma(1e-10, shape = 1e+06, rate = 1) */
	{ "gamma", { 1000000, 1 }, DIST_ISF, 1e-10, 1006374.5023623948 },	/* qgamma(1e-10, shape = 1e+06, rate = 1, lower.tail = FALSE) */
	{ "gamma", { 1000000, 1 }, DIST_QUANTILE, 0.97499999999999998, 1001960.9109654503 },	/* qgamma(0.97499999999999998, shape = 1e+06, rate = 1) */
	{ "gamma", { 1000000, 1 }, DIST_ISF, 0.97499999999999998, 998040.98334029387 },	/* qgamma(0.97499999999999998, shape = 1e+06, rate = 1, lower.tail = FALSE) */
	{ "f", { 3, 399996 }, DIST_PDF, 2.6000000000000001, 0.067660432202298018 },	/* df(2.6000000000000001, df1 = 3, df2 = 399996) */
	{ "f", { 3, 399996 }, DIST_CDF, 2.6000000000000001, 0.94966740684352691 },	/* pf(2.6000000000000001, df1 = 3, df2 = 399996) */
	{ "f", { 3, 399996 }, DIST_SF, 2.6000000000000001, 0.050332593156473121 },	/* pf(2.6000000000000001, df1 = 3, df2 = 399996, lower.tail = FALSE) */
	{ "f", { 3, 399996 }, DIST_QUANTILE, 0.94999999999999996, 2.6049314910922154 },	/* qf(0.94999999999999996, df1 = 3, df2 = 399996) */
	{ "f", { 3, 399996 }, DIST_ISF, 0.94999999999999996, 0.11728201089596002 },	/* qf(0.94999999999999996, df1 = 3, df2 = 399996, lower.tail = FALSE) */
	{ "f", { 3, 399996 }, DIST_QUANTILE, 0.999, 5.4221822027960505 },	/* qf(0.999, df1 = 3, df2 = 399996) */
	{ "f", { 3, 399996 }, DIST_ISF, 0.999, 0.0080991853908276568 },	/* qf(0.999, df1 = 3, df2 = 399996, lower.tail = FALSE) */
	{ "gamma", { 0.5, 1 }, DIST_PDF, 0, INFINITY },	/* dgamma(0, shape = 0.5, rate = 1) */
	{ "gamma", { 0.5, 1 }, DIST_CDF, 0, 0 },	/* pgamma(0, shape = 0.5, rate = 1) */
	{ "gamma", { 0.5, 1 }, DIST_SF, 0, 1 },	/* pgamma(0, shape = 0.5, rate = 1, lower.tail = FALSE) */
	{ "gamma", { 1, 3 }, DIST_PDF, 0, 3 },	/* dgamma(0, shape = 1, rate = 3) */
	{ "gamma", { 1, 3 }, DIST_CDF, 0, 0 },	/* pgamma(0, shape = 1, rate = 3) */
	{ "gamma", { 1, 3 }, DIST_SF, 0, 1 },	/* pgamma(0, shape = 1, rate = 3, lower.tail = FALSE) */
	{ "weibull", { 0.5, 1 }, DIST_PDF, 0, INFINITY },	/* dweibull(0, shape = 0.5, scale = 1) */
	{ "weibull", { 0.5, 1 }, DIST_CDF, 0, 0 },	/* pweibull(0, shape = 0.5, scale = 1) */
	{ "weibull", { 0.5, 1 }, DIST_SF, 0, 1 },	/* pweibull(0, shape = 0.5, scale = 1, lower.tail = FALSE) */
	{ "weibull", { 1, 4 }, DIST_PDF, 0, 0.25 },	/* dweibull(0, shape = 1, scale = 4) */
	{ "weibull", { 1, 4 }, DIST_CDF, 0, 0 },	/* pweibull(0, shape = 1, scale = 4) */
	{ "weibull", { 1, 4 }, DIST_SF, 0, 1 },	/* pweibull(0, shape = 1, scale = 4, lower.tail = FALSE) */
	{ "f", { 1, 3 }, DIST_PDF, 0, INFINITY },	/* df(0, df1 = 1, df2 = 3) */
	{ "f", { 1, 3 }, DIST_CDF, 0, 0 },	/* pf(0, df1 = 1, df2 = 3) */
	{ "f", { 1, 3 }, DIST_SF, 0, 1 },	/* pf(0, df1 = 1, df2 = 3, lower.tail = FALSE) */
	{ "f", { 2, 3 }, DIST_PDF, 0, 1 },	/* df(0, df1 = 2, df2 = 3) */
	{ "f", { 2, 3 }, DIST_CDF, 0, 0 },	/* pf(0, df1 = 2, df2 = 3) */
	{ "f", { 2, 3 }, DIST_SF, 0, 1 },	/* pf(0, df1 = 2, df2 = 3, lower.tail = FALSE) */
	{ "chisq", { 1.5 }, DIST_PDF, 0, INFINITY },	/* dchisq(0, df = 1.5) */
	{ "chisq", { 1.5 }, DIST_CDF, 0, 0 },	/* pchisq(0, df = 1.5) */
	{ "chisq", { 1.5 }, DIST_SF, 0, 1 },	/* pchisq(0, df = 1.5, lower.tail = FALSE) */
};
/* clang-format on */

/* Every value to 1e-9 relative (absolute below 1e-300, R's underflow). */
static void
dist_eval__every_distribution__matches_r(void **state)
{
	size_t i, nbad = 0;
	const struct dist *d;
	double got, w;

	(void)state;
	for (i = 0; i < sizeof(refs) / sizeof(refs[0]); i++) {
		d = dist_lookup(refs[i].name);
		assert_non_null(d);
		got = dist_eval(d, refs[i].par, refs[i].fn, refs[i].x);
		w = refs[i].want;
		if (!(fabs(got - w) <= 1e-9 * fabs(w) || (fabs(w) < 1e-300 &&
		    fabs(got) < 1e-300) || got == w)) {
			print_error("%s %s(%.17g) par %g,%g,%g: %.17g, R %.17g\n",
			    refs[i].name, dist_fn_name(refs[i].fn), refs[i].x,
			    refs[i].par[0], refs[i].par[1], refs[i].par[2], got,
			    w);
			nbad++;
		}
	}
	assert_int_equal(nbad, 0);
}

/* The same seed gives the same draws; another seed other draws. */
static void
dist_random__same_seed__same_draws(void **state)
{
	const struct dist *d = dist_lookup("gamma");
	double par[DIST_MAXPAR] = { 2.5, 0.5, NAN }, a[50], b[50], c[50];
	struct diag dg;

	(void)state;
	assert_int_equal(dist_check(d, par, &dg), 0);
	dist_random(d, par, 42, 50, a);
	dist_random(d, par, 42, 50, b);
	dist_random(d, par, 43, 50, c);
	assert_memory_equal(a, b, sizeof(a));
	assert_memory_not_equal(a, c, sizeof(a));
}

/* Bad parameters are usage errors naming the option. */
static void
dist_check__bad_parameters__usage_error(void **state)
{
	double p[DIST_MAXPAR];
	struct diag dg;

	(void)state;
	p[0] = 0; p[1] = -1;
	assert_int_equal(dist_check(dist_lookup("norm"), p, &dg), -1);
	assert_int_equal(dg.status, STATUS_USAGE);
	assert_non_null(strstr(dg.msg, "--sd"));
	p[0] = 10; p[1] = 1.5;
	assert_int_equal(dist_check(dist_lookup("binom"), p, &dg), -1);
	assert_non_null(strstr(dg.msg, "--prob"));
	p[0] = NAN; p[1] = NAN;
	assert_int_equal(dist_check(dist_lookup("t"), p, &dg), -1);
	assert_string_equal(dg.msg, "t needs --df");
	p[0] = 3; p[1] = 4; p[2] = 8;
	assert_int_equal(dist_check(dist_lookup("hyper"), p, &dg), -1);
	p[0] = NAN; p[1] = NAN;
	assert_int_equal(dist_check(dist_lookup("norm"), p, &dg), 0);
	assert_true(p[0] == 0 && p[1] == 1);
}

/* Quantiles outside [0, 1] are NaN; the ends give the support's ends. */
static void
dist_eval__quantile_ends(void **state)
{
	double b[DIST_MAXPAR] = { 20, 0.3, NAN }, n[DIST_MAXPAR] = { 0, 1 };

	(void)state;
	assert_true(isnan(dist_eval(dist_lookup("norm"), n, DIST_QUANTILE, 1.5)));
	assert_true(isinf(dist_eval(dist_lookup("norm"), n, DIST_QUANTILE, 1)));
	assert_true(dist_eval(dist_lookup("binom"), b, DIST_QUANTILE, 1) == 20);
	assert_true(dist_eval(dist_lookup("binom"), b, DIST_QUANTILE, 0) == 0);
	/* pbinom(6, 20, 0.3) = 0.60800981..., so p just below gives 6 */
	assert_true(dist_eval(dist_lookup("binom"), b, DIST_QUANTILE,
	    0.608) == 6);
	assert_true(dist_eval(dist_lookup("binom"), b, DIST_PDF, 2.5) == 0);
	assert_true(dist_eval(dist_lookup("binom"), b, DIST_CDF, -1) == 0);
	assert_true(dist_eval(dist_lookup("binom"), b, DIST_SF, 20) == 0);
}

/* dist and kstest set parameters up through dist_args, as options give them. */
static void
dist_args__options_set_up__defaults_and_errors(void **state)
{
	const struct dist *norm = dist_lookup("norm");
	struct dist_args a = { 0 };
	struct out_table *t;
	struct diag d;

	(void)state;
	assert_int_equal(dist_args_add(&a, "sd", "2", &d), 0);
	assert_int_equal(dist_args_setup(norm, &a, &d), 0);
	assert_true(a.par[0] == 0 && a.par[1] == 2);	/* mean's default */
	assert_int_equal(dist_args_add(&a, "mean", "x", &d), -1);
	assert_int_equal(d.status, STATUS_USAGE);
	assert_string_equal(d.msg, "--mean: \"x\" is not a number");
	assert_int_equal(dist_args_add(&a, "df", "3", &d), 0);
	assert_int_equal(dist_args_setup(norm, &a, &d), -1);
	assert_string_equal(d.msg, "--df is not a parameter of norm");
	a.n = 0;
	assert_int_equal(dist_args_add(&a, "sd", "-1", &d), 0);
	assert_int_equal(dist_args_setup(norm, &a, &d), -1);
	assert_int_equal(d.status, STATUS_USAGE);
	/* qnorm(c(0.5, 0.975)) */
	a.n = 0;
	assert_int_equal(dist_args_setup(norm, &a, &d), 0);
	assert_int_equal(dist_list_table(norm, a.par, DIST_QUANTILE,
	    "0.5,0.975", &t, &d), 0);
	assert_int_equal(t->nrows, 2);
	assert_true(t->cell[1].num == 0);
	assert_near(t->cell[3].num, 1.959963984540054, 1e-15);
	out_free(t);
	assert_int_equal(dist_list_table(norm, a.par, DIST_CDF, "1,,2", &t,
	    &d), -1);
	assert_string_equal(d.msg, "--cdf: \"1,,2\" is not a list of numbers");
	assert_int_equal(dist_list_table(norm, a.par, DIST_CDF, "1,b", &t, &d),
	    -1);
	assert_string_equal(d.msg, "--cdf: \"b\" is not a number");
	t = dist_random_table(norm, a.par, 1, 3);
	assert_int_equal(t->nrows, 3);
	assert_string_equal(t->name[0], "value");
	out_free(t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(dist_eval__every_distribution__matches_r),
		cmocka_unit_test(dist_random__same_seed__same_draws),
		cmocka_unit_test(dist_check__bad_parameters__usage_error),
		cmocka_unit_test(dist_eval__quantile_ends),
		cmocka_unit_test(dist_args__options_set_up__defaults_and_errors),
	};

	gsl_set_error_handler_off();	/* as main() does */
	return cmocka_run_group_tests(tests, NULL, NULL);
}
