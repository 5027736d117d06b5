/* flat: trees packed for prediction, and their text (flat.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "learn/flat.h"
#include "learn/tree.h"

static void
set_bit(uint64_t *bits, size_t b)
{
	bits[b / 64] |= UINT64_C(1) << (b % 64);
}

void
flat_from_tree(const struct tree *t, const size_t *nlevel,
    struct flat_tree *ft)
{
	size_t k, l, nb = 0;

	memset(ft, 0, sizeof(*ft));
	for (k = 0; k < t->nnode; k++)
		if (t->node[k].var >= 0 && t->node[k].dir == 0)
			nb += nlevel[t->node[k].var];
	ft->node = xcalloc(t->nnode + 1, sizeof(*ft->node));
	ft->bits = xcalloc(nb / 64 + 1, sizeof(uint64_t));
	ft->nnode = t->nnode;
	for (k = 0; k < t->nnode; k++) {
		const struct tree_node *nd = &t->node[k];
		struct flat_node *fn = &ft->node[k];
		int big;

		fn->var = nd->var;
		fn->v = nd->var < 0 ? nd->yval : nd->split;
		if (nd->var < 0)
			continue;
		fn->dir = nd->dir;
		fn->right = (uint32_t)nd->right;
		if (nd->dir != 0)
			continue;
		fn->v = 0;
		fn->cs = (uint32_t)ft->nbits;
		/* a level not seen at the node: the larger side (step()) */
		big = t->node[nd->left].n >= t->node[nd->right].n ? TREE_LEFT :
		    TREE_RIGHT;
		for (l = 0; l < nlevel[nd->var]; l++) {
			int s = (int)t->csplit[nd->cs + l];

			if (s == TREE_LEFT || (s == 0 && big == TREE_LEFT))
				set_bit(ft->bits, ft->nbits + l);
		}
		ft->nbits += nlevel[nd->var];
	}
}

void
flat_free(struct flat_tree *ft)
{
	free(ft->node);
	free(ft->bits);
	memset(ft, 0, sizeof(*ft));
}

char *
flat_text(const struct flat_tree *ft, const size_t *nlevel)
{
	char *s = NULL, num[NUM_BUFSZ];
	size_t n = 0, cap = 0, k, l, len;

	for (k = 0; k < ft->nnode; k++) {
		const struct flat_node *nd = &ft->node[k];
		size_t nl = nd->var >= 0 && nd->dir == 0 ? nlevel[nd->var] : 1;

		len = num_format(nd->v, 0, num);
		s = xgrow(s, &cap, n + 48 + nl + len, 1);
		n += (size_t)sprintf(s + n, "%s%d ", k ? " " : "", nd->var);
		if (nd->var < 0)
			s[n++] = '.';
		else if (nd->dir != 0)
			s[n++] = nd->dir < 0 ? '<' : '>';
		else
			for (l = 0; l < nl; l++) {
				size_t b = nd->cs + l;

				s[n++] = ft->bits[b / 64] >> (b % 64) & 1 ?
				    'l' : 'r';
			}
		n += (size_t)sprintf(s + n, " %u %s", nd->right, num);
	}
	s = xgrow(s, &cap, n + 1, 1);
	s[n] = '\0';
	return s;
}

/* The next field of *s: its start and length; *s after its space. */
static const char *
field(const char **s, size_t *len)
{
	const char *f = *s, *e = strchr(f, ' ');

	*len = e != NULL ? (size_t)(e - f) : strlen(f);
	*s = f + *len + (e != NULL);
	return f;
}

/* a whole number in [lo, hi] */
static int
whole(const char *f, size_t len, long lo, long hi, long *v)
{
	char buf[24];

	if (len == 0 || len >= sizeof(buf))
		return -1;
	memcpy(buf, f, len);
	buf[len] = '\0';
	if (strcmp(buf, "-1") == 0 && lo <= -1) {
		*v = -1;
		return 0;
	}
	return num_parse_int(buf, lo < 0 ? 0 : lo, hi, v);
}

/* The text is one tree in pre-order: each split's left subtree ends where
 * its right child starts, and the root's subtree is every node. */
static int
check_shape(const struct flat_tree *ft, struct diag *d)
{
	size_t *end = xmalloc((ft->nnode + 1) * sizeof(*end)), k;
	int rc = 0;

	for (k = ft->nnode; k-- > 0;) {
		const struct flat_node *nd = &ft->node[k];

		if (nd->var < 0) {
			end[k] = k + 1;
			continue;
		}
		if (nd->right <= k + 1 || nd->right >= ft->nnode ||
		    end[k + 1] != nd->right) {
			rc = diag_set(d, STATUS_DATA, "node %zu: its right "
			    "child %u is not where its left subtree ends", k,
			    nd->right);
			break;
		}
		end[k] = end[nd->right];
	}
	if (rc == 0 && end[0] != ft->nnode)
		rc = diag_set(d, STATUS_DATA, "nodes after the tree's last "
		    "(%zu of %zu)", end[0], ft->nnode);
	free(end);
	return rc;
}

int
flat_parse(const char *s, size_t p, const size_t *nlevel, size_t nclass,
    struct flat_tree *ft, struct diag *d)
{
	size_t k, n = 1, len, nb = 0, l, capw = 0;
	const char *c, *f;
	long v;

	memset(ft, 0, sizeof(*ft));
	for (c = s; *c != '\0'; c++)
		n += *c == ' ';
	if (n % 4 != 0 || *s == '\0')
		return diag_set(d, STATUS_DATA, "%zu fields: not nodes of 4 "
		    "fields", *s == '\0' ? 0 : n);
	n /= 4;
	if (n >= UINT32_MAX)
		return diag_set(d, STATUS_DATA, "%zu nodes: too many", n);
	ft->node = xcalloc(n + 1, sizeof(*ft->node));
	ft->nnode = n;
	for (k = 0; k < n; k++) {
		struct flat_node *nd = &ft->node[k];

		f = field(&s, &len);
		if (whole(f, len, -1, (long)p - 1, &v) != 0) {
			diag_set(d, STATUS_DATA, "node %zu: \"%.*s\" is not "
			    "-1 or a predictor from 0 to %zu", k,
			    (int)(len < 32 ? len : 32), f, p - 1);
			goto fail;
		}
		nd->var = (int32_t)v;
		f = field(&s, &len);
		if (nd->var < 0 ? len != 1 || *f != '.' : nlevel[nd->var] ?
		    len != nlevel[nd->var] || strspn(f, "lr") < len :
		    len != 1 || (*f != '<' && *f != '>')) {
			diag_set(d, STATUS_DATA, "node %zu: \"%.*s\" is not "
			    "the side of %s", k, (int)(len < 32 ? len : 32),
			    f, nd->var < 0 ? "a leaf (.)" : nlevel[nd->var] ?
			    "each level (l or r)" : "a cut (< or >)");
			goto fail;
		}
		if (nd->var >= 0 && nlevel[nd->var] == 0)
			nd->dir = *f == '<' ? TREE_LEFT : TREE_RIGHT;
		else if (nd->var >= 0) {
			size_t old = capw;

			ft->bits = xgrow(ft->bits, &capw, (nb + len) / 64 + 1,
			    sizeof(uint64_t));
			memset(ft->bits + old, 0, (capw - old) *
			    sizeof(uint64_t));
			nd->cs = (uint32_t)nb;
			for (l = 0; l < len; l++)
				if (f[l] == 'l')
					set_bit(ft->bits, nb + l);
			nb += len;
		}
		f = field(&s, &len);
		if (whole(f, len, 0, nd->var < 0 ? 0 : (long)n - 1, &v) !=
		    0) {
			diag_set(d, STATUS_DATA, "node %zu: \"%.*s\" is not "
			    "%s", k, (int)(len < 32 ? len : 32), f, nd->var <
			    0 ? "0 (a leaf)" : "a node");
			goto fail;
		}
		nd->right = (uint32_t)v;
		f = field(&s, &len);
		if (num_parse(f, len, &nd->v, NULL, NULL) != 0 ||
		    !isfinite(nd->v) || (nd->var < 0 && nclass > 0 &&
		    (nd->v < 0 || nd->v >= (double)nclass ||
		    nd->v != floor(nd->v)))) {
			diag_set(d, STATUS_DATA, "node %zu: \"%.*s\" is not "
			    "%s", k, (int)(len < 32 ? len : 32), f,
			    nd->var < 0 && nclass > 0 ? "a class code" :
			    "a finite number");
			goto fail;
		}
		if (nd->var >= 0 && nd->dir == 0)
			nd->v = 0;
	}
	ft->nbits = nb;
	if (ft->bits == NULL)
		ft->bits = xcalloc(1, sizeof(uint64_t));
	if (check_shape(ft, d) == 0)
		return 0;
fail:
	flat_free(ft);
	return -1;
}
