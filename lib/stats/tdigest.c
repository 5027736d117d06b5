/* tdigest: the merging t-digest, for approximate mergeable quantiles. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "stats/tdigest.h"
#include "core/xalloc.h"

void
tdigest_init(struct tdigest *t, double delta)
{
	memset(t, 0, sizeof(*t));
	t->delta = delta > 0 ? delta : TDIGEST_DELTA;
	t->min = INFINITY;
	t->max = -INFINITY;
}

void
tdigest_release(struct tdigest *t)
{
	free(t->mean);
	free(t->w);
	t->mean = t->w = NULL;
	t->n = t->cap = 0;
}

/* The scale function k1: centroids are at most one unit of k wide. */
static double
k_of(double q, double delta)
{
	return delta / (2 * M_PI) * asin(2 * q - 1);
}

struct pair {
	double	mean, w;
};

static int
cmp_pair(const void *a, const void *b)
{
	double x = ((const struct pair *)a)->mean;
	double y = ((const struct pair *)b)->mean;

	return (x > y) - (x < y);
}

void
tdigest_compress(struct tdigest *t)
{
	struct pair *p;
	double done = 0, klo;
	size_t i, m = 0;

	if (t->n < 2)
		return;
	p = xmalloc(t->n * sizeof(*p));
	for (i = 0; i < t->n; i++)
		p[i] = (struct pair){ t->mean[i], t->w[i] };
	qsort(p, t->n, sizeof(*p), cmp_pair);
	klo = k_of(0, t->delta);
	for (i = 1; i < t->n; i++) {
		double w = p[m].w + p[i].w;

		if (k_of((done + w) / t->total, t->delta) - klo <= 1) {
			/* the weighted mean, as a sum of exact parts */
			p[m].mean += (p[i].mean - p[m].mean) * p[i].w / w;
			p[m].w = w;
		} else {
			done += p[m].w;
			klo = k_of(done / t->total, t->delta);
			p[++m] = p[i];
		}
	}
	t->n = m + 1;
	for (i = 0; i < t->n; i++) {
		t->mean[i] = p[i].mean;
		t->w[i] = p[i].w;
	}
	free(p);
}

static void
push(struct tdigest *t, double x, double w)
{
	/* a buffer of five times the centroids kept: compress when full */
	if (t->n == t->cap && t->n >= (size_t)(5 * t->delta))
		tdigest_compress(t);
	if (t->n == t->cap) {
		size_t cap = t->cap;

		t->mean = xgrow(t->mean, &cap, t->n + 1, sizeof(*t->mean));
		t->w = xgrow(t->w, &t->cap, t->n + 1, sizeof(*t->w));
	}
	t->mean[t->n] = x;
	t->w[t->n++] = w;
	t->total += w;
}

void
tdigest_add(struct tdigest *t, double x, double w)
{
	if (x < t->min)
		t->min = x;
	if (x > t->max)
		t->max = x;
	push(t, x, w);
}

void
tdigest_merge(struct tdigest *a, const struct tdigest *b)
{
	size_t i;

	for (i = 0; i < b->n; i++)
		push(a, b->mean[i], b->w[i]);
	if (b->min < a->min)
		a->min = b->min;
	if (b->max > a->max)
		a->max = b->max;
}

/*
 * Value at index h (from 0) of the sorted values, a centroid standing at
 * the middle index of the values it holds: linear between centroids, and
 * between the outer ones and the exact min and max.
 */
double
tdigest_quantile(struct tdigest *t, double p)
{
	double h, at = 0, prev_at = 0, prev = 0;
	size_t i;

	if (t->n == 0)
		return NAN;
	tdigest_compress(t);
	h = (t->total - 1) * p;
	for (i = 0; i < t->n; i++) {
		double c = at + (t->w[i] - 1) / 2;	/* its middle index */

		if (h <= c) {
			if (i == 0) {
				if (c <= 0)
					return t->mean[0];
				prev = t->min;
				prev_at = 0;
			}
			if (h <= prev_at || c == prev_at)
				return prev;
			return prev + (t->mean[i] - prev) * (h - prev_at) /
			    (c - prev_at);
		}
		prev = t->mean[i];
		prev_at = c;
		at += t->w[i];
	}
	if (prev_at >= t->total - 1)
		return prev;
	return prev + (t->max - prev) * (h - prev_at) /
	    (t->total - 1 - prev_at);
}

double
tdigest_mad(struct tdigest *t, double center)
{
	struct tdigest d;
	double r;
	size_t i;

	if (t->n == 0)
		return NAN;
	tdigest_compress(t);
	tdigest_init(&d, t->delta);
	for (i = 0; i < t->n; i++)
		tdigest_add(&d, fabs(t->mean[i] - center), t->w[i]);
	r = tdigest_quantile(&d, 0.5);
	tdigest_release(&d);
	return r;
}
