/*
 * tree: classification and regression trees (CART) as R's rpart.
 *
 * Splits minimise the Gini impurity of the classes (method class, priors
 * from the data, the 0/1 loss) or the sum of squares (method anova).  A
 * numeric predictor splits between two of its distinct values; a
 * categorical one into two sets of levels: for anova and for two classes
 * the levels ordered by their mean response (or share of the first
 * class) are cut once, for more classes every subset is tried, as
 * rpart's Gray code (at most TREE_MAXLEVELS levels).  A node is split if
 * it has minsplit rows, each child minbucket, it is above maxdepth, and
 * the split lowers the risk by more than cp times the root's risk, by
 * rpart's complexity rule (the nodes a later split makes worthwhile are
 * kept).  Ties between predictors go to the first named.  Feature
 * orders are sorted once; a node is a range of every order, split in
 * place: no allocation per node.
 *
 * Missing predictors (NaN) as rpart: a split is searched over the rows
 * that have its predictor; then up to maxsurrogate surrogate splits of
 * the other predictors, ranked by their agreement with the primary among
 * the node's rows (rpart's surrogatestyle 0), kept if they beat the
 * majority direction (adjusted agreement > 0).  A row missing the
 * primary goes by its first surrogate it has, else the majority
 * direction (usesurrogate 2); a tie of the majority, or maxsurrogate 0,
 * leaves it in the node (where its prediction stops).
 */
#ifndef TREE_H
#define TREE_H

#include <stddef.h>
#include <stdint.h>

struct diag;
struct frame;
struct out_table;
struct xy;

enum tree_method { TREE_DEFAULT, TREE_CLASS, TREE_ANOVA };

struct tree_opts {
	enum tree_method method;	/* TREE_DEFAULT: from the response */
	size_t	 minsplit;	/* rows a node needs to be split (20) */
	size_t	 minbucket;	/* rows each child needs (7) */
	double	 cp;		/* complexity parameter (0.01); < 0 grows
				   every split that lowers the impurity */
	int	 maxdepth;	/* deepest node (30, at most 30) */
	size_t	 maxsurrogate;	/* surrogate splits kept per node (5) */
	size_t	 mtry;		/* predictors drawn at each node; 0: all */
	uint64_t seed;		/* the draws of mtry: stream stream of seed */
	uint64_t stream;
};

/* rpart.control's defaults */
void	tree_opts_init(struct tree_opts *);
/*
 * minsplit and minbucket as given (0: not given), each made from the
 * other as rpart.control does: minbucket round(minsplit / 3), minsplit
 * 3 minbucket.
 */
void	tree_opts_sizes(struct tree_opts *, long minsplit, long minbucket);

/* The most levels of a categorical predictor of a tree of 3 or more
 * classes, whose splits are searched over every subset (rpart has no
 * limit; 2^(k-1) subsets at each node soon take hours). */
#define TREE_MAXLEVELS	20

#define TREE_NONE	((size_t)-1)
#define TREE_LEFT	(-1)
#define TREE_RIGHT	1

struct tree_node {
	uint64_t id;		/* rpart's number: 1, then 2k and 2k + 1 */
	size_t	 parent;	/* index of the parent, TREE_NONE at the root */
	size_t	 left, right;	/* children, TREE_NONE for a leaf */
	int	 depth;		/* 0 at the root */
	int	 var;		/* predictor of the split; -1 for a leaf */
	int	 dir;		/* numeric: TREE_LEFT if x < split goes left,
				   TREE_RIGHT if x >= split goes left */
	int	 majority;	/* TREE_LEFT or TREE_RIGHT: the side of most
				   rows, 0 for a tie */
	double	 split;		/* numeric: the cut point */
	size_t	 cs;		/* categorical: offset in csplit of one
				   direction per level (0: level absent) */
	size_t	 n;		/* rows */
	double	 dev;		/* risk: rows misclassified, or the sum of
				   squares about the mean */
	double	 yval;		/* mean, or class code */
	size_t	 counts;	/* class: offset in counts of nclass */
	double	 complexity;	/* rpart's cp of the node (scaled by the
				   root's risk) */
	double	 improve;	/* the split's improvement (rpart's) */
	size_t	 count;		/* rows with the split's predictor */
	size_t	 sur, nsur;	/* surrogates: sur[sur .. sur + nsur) */
};

/* A surrogate split: var, dir, split and cs as a node's split. */
struct tree_surrogate {
	int	 var, dir;
	double	 split;
	size_t	 cs;
	double	 agree, adj;	/* agreement with the primary, and adjusted
				   for the majority's */
	size_t	 count;		/* rows it sent */
};

struct tree {
	enum tree_method method;
	size_t	 nnode, cap;
	struct tree_node *node;	/* in pre-order: a node, its left subtree,
				   its right subtree */
	size_t	 p;		/* predictors */
	size_t	 nclass;	/* classes, 0 for anova */
	double	*counts;	/* nclass per node (class) */
	size_t	 ncounts, capcounts;
	signed char *csplit;	/* directions of categorical splits */
	size_t	 ncsplit, capcsplit;
	struct tree_surrogate *sur;
	size_t	 nsur, capsur;
	double	*importance;	/* p: rpart's variable importance (with
				   surrogates, weighted by adj) */
};

/* A range of a cost-complexity table (rpart's cptable). */
struct tree_cp {
	double	cp, rel_error, xerror, xstd;
	size_t	nsplit;
};

/*
 * Fit a tree to the rows of xy, row i taken mult[i] times (NULL: once
 * each), given the rows sorted by each numeric predictor (tree_sorted();
 * NULL: sorted here).  *tp owns a new tree.
 */
int	tree_fit(const struct xy *, const uint32_t *mult, size_t *const *sorted,
	    const struct tree_opts *, struct tree **tp, struct diag *);
/* The rows of xy sorted by each numeric predictor (NULL for the others),
 * ties by row; for tree_sorted_free(). */
size_t	**tree_sorted(const struct xy *);
void	tree_sorted_free(const struct xy *, size_t **);
void	tree_free(struct tree *);
/* The node that row i of the predictor columns x[] falls into: a leaf,
 * or a split its missing values stop at. */
size_t	tree_leaf(const struct tree *, double *const *x, size_t i);
/* The same for a row of new data, as rpart's predict: a level a split
 * never saw is as missing, and a row no surrogate sends goes to the
 * child of more rows (a tie stops it). */
size_t	tree_predict_leaf(const struct tree *, double *const *x, size_t i);
/* Prune every split of complexity <= cp (rpart's prune). */
void	tree_prune(struct tree *, double cp);
/*
 * The cost-complexity table; with xval > 1 folds also the cross-validated
 * error of each cp (folds drawn from seed).  *tabp (free()) gets *np rows.
 */
int	tree_cptable(const struct tree *, const struct xy *,
	    const struct tree_opts *, int xval, uint64_t seed,
	    struct tree_cp **tabp, size_t *np, struct diag *);

/* node,parent,depth,split,n,loss,yval,complexity[,prob_LEVEL...] */
struct out_table *tree_nodes_table(const struct tree *, const struct xy *);
/* leaf,n,yval,rule: each leaf's path */
struct out_table *tree_rules_table(const struct tree *, const struct xy *);
/* variable,importance: rpart's, largest first */
struct out_table *tree_importance_table(const struct tree *,
	    const struct xy *);
/* cp,nsplit,rel_error,xerror,xstd */
struct out_table *tree_cp_table(const struct tree_cp *, size_t n);
/* node,role,variable,count,ncat,improve,adj,split: each split's primary
 * and surrogates as rpart's splits matrix (without competitors) */
struct out_table *tree_splits_table(const struct tree *, const struct xy *);

enum tree_view { TREE_NODES, TREE_RULES, TREE_IMPORTANCE, TREE_CPTABLE,
	TREE_SPLITS };

struct tree_request {
	const char	*formula;	/* "y ~ a + b" or "y ~ ." */
	struct tree_opts o;
	enum tree_view	 view;
	double		 prune;		/* prune at this cp; NaN: no */
	int		 xval;		/* folds of the cptable (10) */
	size_t		 cv;		/* > 1: cross-validated metrics instead */
	uint64_t	 seed;		/* of the folds */
};

/*
 * The front door: fit the formula's tree over the frame's rows with a
 * response and a predictor (the rows left out are counted in a warning;
 * rows with some predictors missing go by surrogates) and build the view's
 * table.  With tp and xyp non-NULL they get the tree and its data (for a
 * model file; tree_free(), xy_free()).
 */
int	tree_frame(struct frame *, const struct tree_request *,
	    struct out_table **, struct tree **tp, struct xy **xyp,
	    struct diag *);

/* The text of node k's split as seen from the node: "x < 2.45". */
void	tree_split_text(const struct tree *, const struct xy *, size_t k,
	    char *buf, size_t size);

#endif
