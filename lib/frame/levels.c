/* levels: the levels of a grouping column, sorted or as listed. */
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "frame/group.h"
#include "frame/levels.h"

int
levels_of(struct frame *f, size_t col, const char *want, struct levels *lv,
    struct diag *d)
{
	struct group *g = group_by(f, &col, 1, 1);
	size_t m = g->ngroups ? g->ngroups : 1, i, k, len;
	size_t *lev = xmalloc(m * sizeof(*lev));
	const char *w, *comma, *s;

	memset(lv, 0, sizeof(*lv));
	lv->first = xmalloc(m * sizeof(*lv->first));
	for (i = 0; i < g->ngroups; i++) {
		lev[i] = LEVELS_NONE;
		if (want == NULL && frame_text(f, col, g->first[i]) != NULL) {
			lev[i] = lv->n;
			lv->first[lv->n++] = g->first[i];
		}
	}
	for (w = want; w != NULL; w = comma ? comma + 1 : NULL) {
		comma = strchr(w, ',');
		len = comma ? (size_t)(comma - w) : strlen(w);
		for (i = 0; i < g->ngroups; i++) {
			s = frame_text(f, col, g->first[i]);
			if (s != NULL && strlen(s) == len &&
			    memcmp(s, w, len) == 0)
				break;
		}
		if (i == g->ngroups || lev[i] != LEVELS_NONE) {
			diag_set(d, STATUS_USAGE, "--levels: \"%.*s\" %s",
			    (int)len, w, i == g->ngroups ? "is not a level" :
			    "is listed twice");
			diag_at(d, NULL, 0, f->col[col].name);
			free(lev);
			group_free(g);
			levels_free(lv);
			return -1;
		}
		lev[i] = lv->n;
		lv->first[lv->n++] = g->first[i];
	}
	lv->of_row = xmalloc((f->nrows ? f->nrows : 1) * sizeof(*lv->of_row));
	for (i = 0; i < f->nrows; i++) {
		k = lev[g->gid[i]];
		lv->of_row[i] = k;
		lv->none += frame_text(f, col, g->first[g->gid[i]]) == NULL;
	}
	free(lev);
	group_free(g);
	return 0;
}

const char *
levels_name(const struct frame *f, size_t col, const struct levels *lv,
    size_t k)
{
	return frame_text(f, col, lv->first[k]);
}

void
levels_free(struct levels *lv)
{
	if (lv == NULL)
		return;
	free(lv->of_row);
	free(lv->first);
	memset(lv, 0, sizeof(*lv));
}

int
levels_ref_next(const char **p, const char *spec, const char **col,
    size_t *ncol, const char **lev, size_t *nlev, struct diag *d)
{
	const char *end, *eq;

	if (*p == NULL)
		return 0;
	end = *p + strcspn(*p, ",");
	eq = memchr(*p, '=', (size_t)(end - *p));
	if (eq == NULL || eq == *p)
		return diag_set(d, STATUS_USAGE, "--ref \"%s\": expected "
		    "COLUMN=LEVEL[,COLUMN=LEVEL]", spec);
	*col = *p;
	*ncol = (size_t)(eq - *p);
	*lev = eq + 1;
	*nlev = (size_t)(end - eq - 1);
	*p = *end != '\0' ? end + 1 : NULL;
	return 1;
}

int
levels_is(const char *name, const char *s, size_t n)
{
	return strlen(name) == n && memcmp(name, s, n) == 0;
}
