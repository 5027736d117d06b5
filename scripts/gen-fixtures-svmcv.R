#!/usr/bin/env Rscript
# Reference values for svm --type one-class --cv (lib/learn/svm.c): for
# each case, the folds statpipe makes (statpipe folds, the same seed and
# k: the folds of svm --cv), and on each fold e1071::svm's
# one-classification fitted to the other folds (scaled on them, as svm()
# of that subset is) and predicted on it: the fraction of the fold
# predicted inside (e1071's svm(cross = k) accuracies for one-class, its
# targets all inside), then their mean and sd over the folds.  Written to
# tests/ref/svm-oneclass-cv.csv, which tests/cli/t9201-svm-oneclass-cv.sh
# compares.
#
#   Rscript scripts/gen-fixtures-svmcv.R    (from the repository root,
#                                            ./statpipe built)

suppressMessages(library(e1071))
if (!file.exists("statpipe")) stop("run from the repository root, ./statpipe built")

cases <- list(
  list(name = "iris", file = "testdata/iris.csv", k = 5, seed = 3,
       vars = c("Sepal.Length", "Sepal.Width", "Petal.Length",
                "Petal.Width"), kernel = "radial", nu = 0.2, gamma = NULL),
  list(name = "gen", file = "testdata/nbsvm-gen.csv", k = 4, seed = 11,
       vars = c("x1", "x2", "x3"), kernel = "radial", nu = 0.1,
       gamma = 0.5),
  list(name = "linear", file = "testdata/nbsvm-gen.csv", k = 3, seed = 5,
       vars = c("x1", "x2"), kernel = "linear", nu = 0.3, gamma = NULL),
  list(name = "poly", file = "testdata/iris.csv", k = 10, seed = 1,
       vars = c("Petal.Length", "Petal.Width"), kernel = "polynomial",
       nu = 0.05, gamma = NULL)
)

out <- data.frame()
for (cs in cases) {
  d <- read.csv(pipe(sprintf("./statpipe folds -k %d --seed %d %s", cs$k,
                             cs$seed, cs$file)))
  x <- as.matrix(d[, cs$vars])
  frac <- sapply(seq_len(cs$k), function(f) {
    tr <- d$fold != f
    args <- list(x = x[tr, , drop = FALSE], type = "one-classification",
                 kernel = cs$kernel, nu = cs$nu)
    if (!is.null(cs$gamma)) args$gamma <- cs$gamma
    m <- do.call(svm, args)
    mean(predict(m, x[!tr, , drop = FALSE]))
  })
  out <- rbind(out, data.frame(case = cs$name,
                               estimate = sprintf("%.17g", mean(frac)),
                               sd = sprintf("%.17g", sd(frac)),
                               folds = cs$k))
}
write.csv(out, "tests/ref/svm-oneclass-cv.csv", row.names = FALSE,
          quote = FALSE)
