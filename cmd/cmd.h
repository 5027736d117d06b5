/*
 * The subcommands.  To add one: write cmd/NAME.c with cmd_NAME(), declare
 * it here, add a row to cmds[] in main.c, and write man/statpipe-NAME.1
 * (the Makefile builds every cmd/ *.c file).
 */
#ifndef CMD_H
#define CMD_H

int	cmd_anova(int, char **);
int	cmd_bin(int, char **);
int	cmd_boot(int, char **);
int	cmd_chisq(int, char **);
int	cmd_corr(int, char **);
int	cmd_describe(int, char **);
int	cmd_dist(int, char **);
int	cmd_dropna(int, char **);
int	cmd_fill(int, char **);
int	cmd_filter(int, char **);
int	cmd_fit(int, char **);
int	cmd_folds(int, char **);
int	cmd_forest(int, char **);
int	cmd_freq(int, char **);
int	cmd_groupby(int, char **);
int	cmd_head(int, char **);
int	cmd_holdout(int, char **);
int	cmd_join(int, char **);
int	cmd_kmeans(int, char **);
int	cmd_kstest(int, char **);
int	cmd_longer(int, char **);
int	cmd_matrix(int, char **);
int	cmd_merge(int, char **);
int	cmd_metrics(int, char **);
int	cmd_mutate(int, char **);
int	cmd_nbayes(int, char **);
int	cmd_nls(int, char **);
int	cmd_normtest(int, char **);
int	cmd_padjust(int, char **);
int	cmd_pairwise(int, char **);
int	cmd_pca(int, char **);
int	cmd_permtest(int, char **);
int	cmd_plot(int, char **);
int	cmd_power(int, char **);
int	cmd_predict(int, char **);
int	cmd_prop(int, char **);
int	cmd_ranktest(int, char **);
int	cmd_regress(int, char **);
int	cmd_rename(int, char **);
int	cmd_sample(int, char **);
int	cmd_select(int, char **);
int	cmd_sort(int, char **);
int	cmd_stack(int, char **);
int	cmd_svm(int, char **);
int	cmd_tail(int, char **);
int	cmd_transpose(int, char **);
int	cmd_tree(int, char **);
int	cmd_ttest(int, char **);
int	cmd_uniq(int, char **);
int	cmd_vartest(int, char **);
int	cmd_wider(int, char **);
int	cmd_ztest(int, char **);

/* regpen.c: regress --penalty */
int	cmd_regress_penalty(int, char **);
/* regread.c: the design regress --penalty and --solver read */
struct common;
struct formula;
struct formula_design;
struct formula_design *regress_read_design(struct common *, int argc,
	    char **argv, const char *weights, int binomial, char **textp,
	    struct formula **fmp);
/* reggd.c: regress --solver gd|sgd */
int	cmd_regress_gd(int, char **);

/* head.c: head and tail, one reading the other end */
int	cmd_head_tail(int, char **, int tail, const char *usage);

#endif
