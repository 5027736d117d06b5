/*
 * lmodel: arrays of numbers and names in the learners' model files.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "learn/lmodel.h"
#include "core/diag.h"
#include "core/xalloc.h"
#include "io/json.h"

void
lmodel_put_nums(struct json_writer *w, const char *key, const double *x,
    size_t n)
{
	size_t i;

	if (key != NULL)
		json_key(w, key);
	json_open(w, '[', 1);
	for (i = 0; i < n; i++)
		json_num(w, x[i], 0);
	json_close(w);
}

void
lmodel_put_matrix(struct json_writer *w, const char *key, const double *x,
    size_t rows, size_t cols)
{
	size_t i;

	json_key(w, key);
	json_open(w, '[', 0);
	for (i = 0; i < rows; i++)
		lmodel_put_nums(w, NULL, x + i * cols, cols);
	json_close(w);
}

void
lmodel_put_strs(struct json_writer *w, const char *key, char *const *s,
    size_t n)
{
	size_t i;

	json_key(w, key);
	json_open(w, '[', 1);
	for (i = 0; i < n; i++)
		json_str(w, s[i]);
	json_close(w);
}

int
lmodel_get_nums(const struct json *v, const char *key, double *x, size_t n,
    struct diag *d)
{
	const struct json *a = json_get_arr(v, key, n, d);
	size_t i;

	if (a == NULL)
		return -1;
	for (i = 0; i < n; i++) {
		if (json_get_num(&a->item[i], NULL, 0, &x[i], d) != 0)
			return -1;
		if (!isfinite(x[i]))
			return json_fail(&a->item[i], NULL, d, "not finite");
	}
	return 0;
}

int
lmodel_get_matrix(const struct json *v, const char *key, double *x,
    size_t rows, size_t cols, struct diag *d)
{
	const struct json *a = json_get_arr(v, key, rows, d);
	size_t i;

	if (a == NULL)
		return -1;
	for (i = 0; i < rows; i++)
		if (lmodel_get_nums(&a->item[i], NULL, x + i * cols, cols,
		    d) != 0)
			return -1;
	return 0;
}

int
lmodel_get_strs(const struct json *v, const char *key, char ***sp,
    size_t *n, struct diag *d)
{
	const struct json *a = json_get_arr(v, key, SIZE_MAX, d);
	char **s;
	size_t i;

	if (a == NULL)
		return -1;
	if (a->n == 0)
		return json_fail(a, NULL, d, "empty");
	s = xcalloc(a->n, sizeof(*s));
	for (i = 0; i < a->n; i++) {
		const char *t = json_get_str(&a->item[i], NULL, d);

		if (t == NULL) {
			lmodel_strs_free(s, i);
			return -1;
		}
		s[i] = xstrdup(t);
	}
	*sp = s;
	*n = a->n;
	return 0;
}

void
lmodel_strs_free(char **s, size_t n)
{
	if (s == NULL)
		return;
	while (n-- > 0)
		free(s[n]);
	free(s);
}
