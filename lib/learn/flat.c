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

/* a node of a tree in pre-order or of a struct tree, before packing */
struct src {
	double	 v;		/* split: the cut point; leaf: the prediction */
	int32_t	 var;		/* -1: a leaf */
	int32_t	 dir;		/* TREE_LEFT, TREE_RIGHT, 0: categorical */
	uint32_t left, right;
	uint32_t cs;		/* categorical: its first bit */
};

static void
set_bit(uint64_t *bits, size_t b)
{
	bits[b / 64] |= UINT64_C(1) << (b % 64);
}

/* ft->node from the nnode nodes of src, node 0 the root, each split's
 * children pushed second then first so that pairs go depth first */
static void
pack(const struct src *src, size_t nnode, size_t p, struct flat_tree *ft)
{
	uint32_t *stack = xmalloc(2 * (nnode + 1) * sizeof(*stack));
	size_t top = 0;
	uint32_t next = 1, s, k, a, b;

	ft->node = xcalloc(nnode + 1, sizeof(*ft->node));
	ft->nnode = nnode;
	stack[top++] = 0;
	stack[top++] = 0;
	while (top > 0) {
		const struct src *sn;
		struct flat_node *fn;

		k = stack[--top];
		s = stack[--top];
		sn = &src[s];
		fn = &ft->node[k];
		if (sn->var < 0) {
			fn->var = FLAT_LEAF | (uint32_t)p;
			fn->v = sn->v;
			fn->kid = k;
			continue;
		}
		fn->kid = next;
		fn->var = (uint32_t)sn->var;
		fn->v = sn->dir == 0 ? (double)sn->cs : sn->v;
		a = sn->left;
		b = sn->right;
		if (sn->dir == 0)
			fn->var |= FLAT_CAT;
		else if (sn->dir == TREE_RIGHT) {
			fn->var |= FLAT_SWAP;
			a = sn->right;
			b = sn->left;
		}
		stack[top++] = b;
		stack[top++] = next + 1;
		stack[top++] = a;
		stack[top++] = next;
		next += 2;
	}
	free(stack);
}

void
flat_from_tree(const struct tree *t, size_t p, const size_t *nlevel,
    struct flat_tree *ft)
{
	struct src *src = xcalloc(t->nnode + 1, sizeof(*src));
	size_t k, l, nb = 0;

	memset(ft, 0, sizeof(*ft));
	for (k = 0; k < t->nnode; k++)
		if (t->node[k].var >= 0 && t->node[k].dir == 0)
			nb += nlevel[t->node[k].var];
	ft->bits = xcalloc(nb / 64 + 1, sizeof(uint64_t));
	for (k = 0; k < t->nnode; k++) {
		const struct tree_node *nd = &t->node[k];
		struct src *fn = &src[k];
		int big;

		fn->var = nd->var;
		fn->v = nd->var < 0 ? nd->yval : nd->split;
		if (nd->var < 0)
			continue;
		fn->dir = nd->dir;
		fn->left = (uint32_t)nd->left;
		fn->right = (uint32_t)nd->right;
		if (nd->dir != 0)
			continue;
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
	pack(src, t->nnode, p, ft);
	free(src);
}

void
flat_free(struct flat_tree *ft)
{
	free(ft->node);
	free(ft->bits);
	memset(ft, 0, sizeof(*ft));
}

void
flat_block(const struct flat_tree *ft, const double *xb, size_t n,
    size_t stride, double *y)
{
	const struct flat_node *node = ft->node;
	uint32_t k[FLAT_LANES], moved;
	size_t r, l;

	for (r = 0; r < n; r += FLAT_LANES) {
		const double *xr = xb + r;

		memset(k, 0, sizeof(k));
		do {
			moved = 0;
			for (l = 0; l < FLAT_LANES; l++) {
				const struct flat_node *nd = &node[k[l]];
				uint32_t to = flat_step(ft, nd, xr[(size_t)
				    (nd->var & FLAT_VAR) * stride + l]);

				moved |= to ^ k[l];
				k[l] = to;
			}
		} while (moved);
		for (l = 0; l < FLAT_LANES && r + l < n; l++)
			y[r + l] = node[k[l]].v;
	}
}

/* the pre-order text: a split's left subtree, of size[] nodes, before
 * its right */
char *
flat_text(const struct flat_tree *ft, const size_t *nlevel)
{
	char *s = NULL, num[NUM_BUFSZ];
	size_t n = 0, cap = 0, len, l, nl, *size, top = 0, idx = 0;
	uint32_t *stack, k, left, right;

	size = xcalloc(ft->nnode + 1, sizeof(*size));
	stack = xmalloc((ft->nnode + 1) * sizeof(*stack));
	/* a child's slot comes after its parent's */
	for (k = (uint32_t)ft->nnode; k-- > 0;)
		size[k] = ft->node[k].var & FLAT_LEAF ? 1 : 1 +
		    size[ft->node[k].kid] + size[ft->node[k].kid + 1];
	stack[top++] = 0;
	while (top > 0) {
		const struct flat_node *nd = &ft->node[stack[--top]];
		uint32_t var = nd->var & FLAT_VAR;

		nl = nd->var & FLAT_CAT ? nlevel[var] : 1;
		len = num_format(nd->var & (FLAT_LEAF | FLAT_CAT) ?
		    nd->var & FLAT_LEAF ? nd->v : 0 : nd->v, 0, num);
		s = xgrow(s, &cap, n + 48 + nl + len, 1);
		if (nd->var & FLAT_LEAF) {
			n += (size_t)sprintf(s + n, "%s-1 . 0 %s", idx ? " " :
			    "", num);
			idx++;
			continue;
		}
		n += (size_t)sprintf(s + n, "%s%u ", idx ? " " : "", var);
		if (nd->var & FLAT_CAT)
			for (l = 0; l < nl; l++) {
				size_t b = (size_t)nd->v + l;

				s[n++] = ft->bits[b / 64] >> (b % 64) & 1 ?
				    'l' : 'r';
			}
		else
			s[n++] = nd->var & FLAT_SWAP ? '>' : '<';
		left = nd->var & FLAT_SWAP ? nd->kid + 1 : nd->kid;
		right = nd->var & FLAT_SWAP ? nd->kid : nd->kid + 1;
		n += (size_t)sprintf(s + n, " %zu %s", idx + 1 + size[left],
		    num);
		idx++;
		stack[top++] = right;
		stack[top++] = left;
	}
	s = xgrow(s, &cap, n + 1, 1);
	s[n] = '\0';
	free(stack);
	free(size);
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
check_shape(const struct src *src, size_t nnode, struct diag *d)
{
	size_t *end = xmalloc((nnode + 1) * sizeof(*end)), k;
	int rc = 0;

	for (k = nnode; k-- > 0;) {
		const struct src *nd = &src[k];

		if (nd->var < 0) {
			end[k] = k + 1;
			continue;
		}
		if (nd->right <= k + 1 || nd->right >= nnode ||
		    end[k + 1] != nd->right) {
			rc = diag_set(d, STATUS_DATA, "node %zu: its right "
			    "child %u is not where its left subtree ends", k,
			    nd->right);
			break;
		}
		end[k] = end[nd->right];
	}
	if (rc == 0 && end[0] != nnode)
		rc = diag_set(d, STATUS_DATA, "nodes after the tree's last "
		    "(%zu of %zu)", end[0], nnode);
	free(end);
	return rc;
}

int
flat_parse(const char *s, size_t p, const size_t *nlevel, size_t nclass,
    struct flat_tree *ft, struct diag *d)
{
	size_t k, n = 1, len, nb = 0, l, capw = 0;
	struct src *src;
	const char *c, *f;
	long v;

	memset(ft, 0, sizeof(*ft));
	for (c = s; *c != '\0'; c++)
		n += *c == ' ';
	if (n % 4 != 0 || *s == '\0')
		return diag_set(d, STATUS_DATA, "%zu fields: not nodes of 4 "
		    "fields", *s == '\0' ? 0 : n);
	n /= 4;
	if (n >= UINT32_MAX / 2)
		return diag_set(d, STATUS_DATA, "%zu nodes: too many", n);
	if (p >= FLAT_VAR)
		return diag_set(d, STATUS_DATA, "%zu predictors: too many", p);
	src = xcalloc(n + 1, sizeof(*src));
	for (k = 0; k < n; k++) {
		struct src *nd = &src[k];

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
		nd->left = (uint32_t)k + 1;
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
	if (check_shape(src, n, d) == 0) {
		pack(src, n, p, ft);
		free(src);
		return 0;
	}
fail:
	free(src);
	flat_free(ft);
	return -1;
}
