/*
 * predict: the model files of the learners (kinds "tree", "forest",
 * "nbayes" and "svm";
 * "pca" and "kmeans" are read by lib/learn/pca and kmeans)
 * and predict's one front door over every kind of model file.
 *
 * The kinds are a table: each names how to open its file (validated
 * whole, errors naming the field), which columns its predictions read,
 * and how to predict a frame.  A new learner (pca, kmeans, nbayes, svm)
 * adds one row.  The file formats are in statpipe-predict(1).
 */
#ifndef PREDICT_H
#define PREDICT_H

struct diag;
struct forest;
struct frame;
struct frame_opts;
struct nbayes;
struct svm_machine;
struct out_table;
struct rows_out;
struct tree;
struct xy;

#define PREDICT_CLASS	1	/* --type class: the predicted class */
#define PREDICT_PROB	2	/* --type prob: a prob_LEVEL per class */
#define PREDICT_LINK	4	/* --type link: a glm's linear predictor */

struct predict_opts {
	int	type;		/* PREDICT_CLASS | PREDICT_PROB, or LINK */
	int	interval;	/* regress: 0, 1 confidence, 2 prediction */
	double	level;		/* of the interval */
	int	threads;
};

struct predict_model;		/* a model file of any kind, opaque */

/* Read the model file at path, whatever its kind. */
int	predict_open(const char *path, struct predict_model **,
	    struct diag *);
/* The formula whose columns the predictions read. */
const char *predict_formula(const struct predict_model *);
/*
 * predict's one entry: the model's predictions over the input files, as
 * its kind makes them:
 *   tree, forest, nbayes, svm, regress: the files read as a frame, its
 *	rows with the predictions in *out: fitted (numbers), or predicted
 *	and prob_LEVEL columns (classes); rows with a missing predictor get
 *	empty fields and a warning counts them;
 *   pca, nls: one pass over the numeric columns, the table in *out;
 *   kmeans: every input row written to rows as it is read, with its
 *	prediction appended, nothing kept; *out is NULL.
 * rows is NULL when the output is not csv or tsv: then a kind that
 * streams is a usage error.
 */
int	predict_run(struct predict_model *, int nfiles, char **files,
	    const struct frame_opts *, const struct predict_opts *,
	    struct rows_out *rows, struct out_table **out, struct diag *);
void	predict_close(struct predict_model *);

/* Save a tree or a forest fitted to the formula over xy. */
int	predict_save_tree(const char *path, const struct tree *,
	    const struct xy *, const char *formula, struct diag *);
int	predict_save_forest(const char *path, const struct forest *,
	    const struct xy *, const char *formula, struct diag *);
int	predict_save_nbayes(const char *path, const struct nbayes *,
	    const struct xy *, const char *formula, struct diag *);
int	predict_save_svm(const char *path, const struct svm_machine *,
	    const struct xy *, const char *formula, struct diag *);

#endif
