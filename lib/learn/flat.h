/*
 * flat: trees packed for prediction (a forest's trees), and their text in
 * model files.
 *
 * A flat tree is an array of 16-byte nodes.  A split's two children sit
 * next to each other: rows with x < cut go to the first (kid), the
 * others to the second (kid + 1), so a row steps down without a branch
 * (kid + (x >= cut)); a categorical split sends a level whose bit is set
 * (the levels' bits start at the node's v) to the first child, the
 * others to the second.  FLAT_SWAP marks a numeric split whose model
 * sends x >= cut left: its first child is the model's right one.  Child
 * pairs are laid out depth first, so a subtree is one stretch of memory.
 * A leaf holds its prediction (a mean, or a class code) and is its own
 * child, reading predictor p (one past the last): flat_block() gives that
 * column NaN, for which x >= v is false, so a row that reached a leaf
 * stays there while the others of its group go on down.  A level the
 * split never saw goes to its larger side as tree_leaf() sends it.
 * There are no surrogates: forests are grown on, and applied to, rows
 * without missing predictors.
 *
 * The text of a flat tree (one JSON string of a forest's model file) is
 * its nodes in pre-order (a split's left subtree next), four fields
 * each, every field and node separated by one space:
 *
 *   VAR SIDE RIGHT VALUE
 *
 * VAR is the split's predictor (from 0), or -1 for a leaf.  SIDE is "<"
 * (rows with x < VALUE go left), ">" (rows with x >= VALUE go left), one
 * letter per level of a categorical predictor ("l" or "r": the side of
 * the level), or "." for a leaf.  RIGHT is the pre-order index of the
 * right child (0 for a leaf).  VALUE is the cut point (0 for a
 * categorical split) or the leaf's prediction, in the shortest decimal
 * that reads back the same double.  A reader checks every field and that
 * the nodes form one tree in pre-order.
 */
#ifndef FLAT_H
#define FLAT_H

#include <stddef.h>
#include <stdint.h>

struct diag;
struct tree;

#define FLAT_LEAF	UINT32_C(0x80000000)	/* var: a leaf */
#define FLAT_CAT	UINT32_C(0x40000000)	/* var: a categorical split */
#define FLAT_SWAP	UINT32_C(0x20000000)	/* var: x >= cut goes left */
#define FLAT_VAR	UINT32_C(0x1fffffff)	/* var: the predictor */

struct flat_node {
	double	 v;		/* numeric split: the cut point;
				   categorical: its first bit in bits;
				   leaf: the prediction */
	uint32_t var;		/* the predictor and FLAT_ flags; a leaf:
				   FLAT_LEAF | p */
	uint32_t kid;		/* split: its first child; leaf: itself */
};

struct flat_tree {
	struct flat_node *node;	/* node[0] is the root */
	size_t	  nnode;
	uint64_t *bits;		/* sides of the categorical splits' levels */
	size_t	  nbits;
};

/* The flat form of t, whose p predictors have nlevel[j] levels (0: a
 * number).  Frees nothing of t. */
void	flat_from_tree(const struct tree *t, size_t p, const size_t *nlevel,
	    struct flat_tree *);
/* Frees what ft holds, not ft. */
void	flat_free(struct flat_tree *ft);

/* The child of split nd that a row with x goes to. */
static inline uint32_t
flat_step(const struct flat_tree *ft, const struct flat_node *nd, double x)
{
	size_t b;

	if (nd->var & FLAT_CAT) {
		b = (size_t)nd->v + (size_t)x;
		return nd->kid + (uint32_t)(~ft->bits[b / 64] >> (b % 64) & 1);
	}
	return nd->kid + (x >= nd->v);
}

/* The prediction of ft for row i of the predictor columns x (no value
 * missing). */
static inline double
flat_value(const struct flat_tree *ft, double *const *x, size_t i)
{
	const struct flat_node *nd = ft->node;

	while (!(nd->var & FLAT_LEAF))
		nd = ft->node + flat_step(ft, nd, x[nd->var & FLAT_VAR][i]);
	return nd->v;
}

/*
 * The predictions y[0 .. n - 1] of ft for the n rows of a block of p
 * predictors: predictor j of row r at xb[j * stride + r] (stride >= n,
 * a multiple of FLAT_LANES, the rows from n to there any values that are
 * not missing), and xb[p * stride .. p * stride + stride - 1] NaN.  Rows
 * go down in groups of FLAT_LANES, a level at a time, so that the loads
 * of a group overlap.
 */
#define FLAT_LANES	16
void	flat_block(const struct flat_tree *ft, const double *xb, size_t n,
	    size_t stride, double *y);

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
