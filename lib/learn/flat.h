/*
 * flat: trees packed for prediction (a forest's trees), and their text in
 * model files.
 *
 * A flat tree is its nodes in pre-order, 24 bytes each: a split's left
 * child is the next node, so only the right child is stored; a
 * categorical split's sides are bits (set: left), a level the node never
 * saw already sent to its larger side as tree_leaf() sends it; a leaf
 * holds its prediction (a mean, or a class code).  There are no
 * surrogates: forests are grown on, and applied to, rows without missing
 * predictors.
 *
 * The text of a flat tree (one JSON string of a forest's model file) is
 * its nodes in pre-order, four fields each, every field and node
 * separated by one space:
 *
 *   VAR SIDE RIGHT VALUE
 *
 * VAR is the split's predictor (from 0), or -1 for a leaf.  SIDE is "<"
 * (rows with x < VALUE go left), ">" (rows with x >= VALUE go left), one
 * letter per level of a categorical predictor ("l" or "r": the side of
 * the level), or "." for a leaf.  RIGHT is the index of the right child
 * (0 for a leaf).  VALUE is the cut point (0 for a categorical split) or
 * the leaf's prediction, in the shortest decimal that reads back the same
 * double.  A reader checks every field and that the nodes form one tree
 * in pre-order.
 */
#ifndef FLAT_H
#define FLAT_H

#include <stddef.h>
#include <stdint.h>

struct diag;
struct tree;

struct flat_node {
	double	 v;		/* split: the cut point; leaf: the prediction */
	int32_t	 var;		/* the split's predictor; -1: a leaf */
	int32_t	 dir;		/* TREE_LEFT: x < v goes left, TREE_RIGHT:
				   x >= v goes left, 0: categorical */
	uint32_t right;		/* split: the right child */
	uint32_t cs;		/* categorical: its first bit in bits */
};

struct flat_tree {
	struct flat_node *node;
	size_t	  nnode;
	uint64_t *bits;		/* sides of the categorical splits' levels */
	size_t	  nbits;
};

/* The flat form of t, whose predictors have nlevel[j] levels (0: a
 * number).  Frees nothing of t. */
void	flat_from_tree(const struct tree *t, const size_t *nlevel,
	    struct flat_tree *);
/* Frees what ft holds, not ft. */
void	flat_free(struct flat_tree *ft);

/* The prediction of ft for row i of the predictor columns x (no value
 * missing). */
static inline double
flat_value(const struct flat_tree *ft, double *const *x, size_t i)
{
	const struct flat_node *nd = ft->node;
	size_t k = 0, b;
	double v;
	int left;

	while (nd[k].var >= 0) {
		v = x[nd[k].var][i];
		if (nd[k].dir == 0) {
			b = nd[k].cs + (size_t)v;
			left = (int)(ft->bits[b / 64] >> (b % 64) & 1);
		} else
			left = (v < nd[k].v) == (nd[k].dir < 0);
		k = left ? k + 1 : nd[k].right;
	}
	return nd[k].v;
}

/* The text of ft (see above) as a new string (free()). */
char	*flat_text(const struct flat_tree *ft, const size_t *nlevel);
/*
 * Read the text s of a tree over p predictors with nlevel[] levels and
 * nclass classes (0: numbers).  On error d says "node K: what" (the
 * caller adds where); ft is left empty.
 */
int	flat_parse(const char *s, size_t p, const size_t *nlevel,
	    size_t nclass, struct flat_tree *ft, struct diag *d);

#endif
