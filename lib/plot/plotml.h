/*
 * plotml: the kinds of chart of the learners' output: the ROC curve of
 * predicted probabilities (AUC as metrics computes it), the importance
 * bars of tree and forest, pca's scree plot, R's biplot of a PCA, and
 * glmnet's coefficient paths and cross-validation curve (regress
 * --penalty --path, --cv) as R's plot.glmnet and plot.cv.glmnet.
 * Each writes its datablocks, settings and plot commands into c; 0, or -1
 * with c->d set.
 */
#ifndef PLOTML_H
#define PLOTML_H

struct plotwrite;

int	plotml_roc(struct plotwrite *c);
int	plotml_importance(struct plotwrite *c);
int	plotml_scree(struct plotwrite *c);
int	plotml_biplot(struct plotwrite *c);
int	plotml_path(struct plotwrite *c);
int	plotml_cv(struct plotwrite *c);

#endif
