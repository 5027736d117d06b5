/* cut: intervals and their labels, as R's cut() makes them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "wrangle/cut.h"

void
cut_breaks_equal(double min, double max, size_t k, double *breaks)
{
	double dx = max - min, by;
	size_t i;

	if (dx == 0) {	/* R: spread a constant over a small range */
		double from, to;

		dx = min != 0 ? (min < 0 ? -min : min) : 1;
		from = min - dx / 1000;
		to = max + dx / 1000;
		by = (to - from) / (double)k;
		for (i = 0; i <= k; i++)
			breaks[i] = from + (double)i * by;
		breaks[k] = to;
		return;
	}
	by = dx / (double)k;	/* seq.int(min, max, length.out = k + 1) */
	for (i = 0; i <= k; i++)
		breaks[i] = min + (double)i * by;
	breaks[0] = min - dx / 1000;
	breaks[k] = max + dx / 1000;
}

long
cut_find(const double *breaks, size_t nb, double x, int right,
    int include_lowest)
{
	size_t lo = 0, hi, mid;

	if (nb < 2 || x != x)
		return -1;
	hi = nb - 1;
	if (include_lowest && right && x == breaks[0])
		return 0;
	if (include_lowest && !right && x == breaks[nb - 1])
		return (long)nb - 2;
	if (right ? (x <= breaks[0] || x > breaks[nb - 1]) :
	    (x < breaks[0] || x >= breaks[nb - 1]))
		return -1;
	/* the interval i with breaks[i] < x <= breaks[i+1] (or [ ) ) */
	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (right ? x <= breaks[mid] : x < breaks[mid])
			hi = mid;
		else
			lo = mid;
	}
	return (long)lo;
}

static void
format_break(double x, int dig, char *buf, size_t size)
{
	snprintf(buf, size, "%.*g", dig, x + 0.0);	/* formatC(0 + x) */
}

void
cut_labels(const double *breaks, size_t nb, int right, int include_lowest,
    char **labels)
{
	char (*ch)[40] = xcalloc(nb ? nb : 1, sizeof(*ch));
	size_t i, len;
	int dig, ok = 0;

	/* R: for (dig in dig.lab:max(12, dig.lab)) until all differ */
	for (dig = 3; dig <= 12 && !ok; dig++) {
		for (i = 0; i < nb; i++)
			format_break(breaks[i], dig, ch[i], sizeof(ch[i]));
		for (ok = 1, i = 1; i < nb; i++)
			if (strcmp(ch[i], ch[i - 1]) == 0)
				ok = 0;
	}
	for (i = 0; i + 1 < nb; i++) {
		char open = right ? '(' : '[', close = right ? ']' : ')';

		if (include_lowest && right && i == 0)
			open = '[';
		if (include_lowest && !right && i + 2 == nb)
			close = ']';
		len = strlen(ch[i]) + strlen(ch[i + 1]) + 4;
		labels[i] = xmalloc(len);
		snprintf(labels[i], len, "%c%s,%s%c", open, ch[i], ch[i + 1],
		    close);
	}
	free(ch);
}
