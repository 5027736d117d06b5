/*
 * modelfile: model files, the versioned JSON that --save-model writes and
 * predict reads (the format is described in statpipe-predict(1)).
 *
 * Every kind of model shares one frame: a JSON object whose members
 * "statpipe_model" (the format version, MODELFILE_VERSION) and "kind"
 * come first; the other members are the kind's.  A reader checks the
 * version and the kind first, then validates every field it will use
 * with json's getters before it uses any, so that a bad file is one line
 * naming the field (model.json: "sigma": negative) and never a crash or a
 * wrong number.  A new kind of model writes with modelfile_save() and
 * reads with modelfile_read(); this file holds the kind "regress"
 * (statpipe regress: linear and logistic models).
 */
#ifndef MODELFILE_H
#define MODELFILE_H

struct diag;
struct json;
struct json_writer;
struct model_fit;
struct model_saved;
struct formula_design;

#define MODELFILE_VERSION	1

/*
 * Write a model file of the kind to path: the frame's members, then
 * write(w, arg) adds the kind's members (0, or -1 with d set).  The file
 * is written beside path and renamed over it only when whole, so a
 * failure leaves what was there (a path that is not a regular file, such
 * as /dev/stdout, is written directly).
 */
int	modelfile_save(const char *path, const char *kind,
	    int (*write)(struct json_writer *, const void *arg, struct diag *),
	    const void *arg, struct diag *);

/*
 * Read and parse the model file at path, check its version and that its
 * kind is kind; *rootp is the document (json_free()).
 */
int	modelfile_read(const char *path, const char *kind,
	    struct json **rootp, struct diag *);

/*
 * The kind "regress": the fit of formula as JSON (formula, family,
 * levels of the categorical variables, terms, estimates, unscaled
 * covariance, sigma, residual df).  A fit without residual degrees of
 * freedom is not saved (STATUS_DATA).
 */
int	model_save(const char *path, const struct model_fit *,
	    const struct formula_design *, const char *formula, struct diag *);
/* Read and validate a model that model_save() wrote. */
int	model_load(const char *path, struct model_saved **, struct diag *);
/* Accepts NULL. */
void	model_saved_free(struct model_saved *);

#endif
