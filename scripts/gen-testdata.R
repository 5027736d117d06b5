#!/usr/bin/env Rscript
# Write the R data sets used by the tests, examples and man pages to testdata/.
#
#   Rscript scripts/gen-testdata.R            (from the repository root)
#
# CSV with a header, no row names, missing values as empty fields, factors as
# their labels. Doubles are written in the shortest form (up to 17 significant
# digits) that reads back to the same double, so the files are exact.
# The NIST univariate sets are copied by hand from shared refdata (see
# testdata/nist/) and the small edge-case files are committed as they are.

out <- "testdata"
if (!dir.exists(out)) stop("run from the repository root (no testdata/ here)")

# Shortest format() with d = 1..17 significant digits that reads back
# exactly; plain decimal notation (no exponent) for these sets.
shortest <- function(x) {
  vapply(x, function(v) {
    if (is.na(v)) return(NA_character_)
    for (d in 1:17) {
      s <- format(v, digits = d, scientific = 15)
      if (as.numeric(s) == v) return(s)
    }
    format(v, digits = 17, scientific = 15)
  }, character(1), USE.NAMES = FALSE)
}

write_set <- function(df, name) {
  df <- as.data.frame(df, stringsAsFactors = FALSE)
  for (j in seq_along(df)) {
    v <- df[[j]]
    if (is.factor(v)) df[[j]] <- as.character(v)
    else if (is.double(v)) df[[j]] <- shortest(v)
    # integers and characters are written as they are
  }
  path <- file.path(out, name)
  # quote only where RFC 4180 needs it: none of these sets has a comma,
  # quote or newline in a value, but keep the column names and text safe.
  write.csv(df, path, row.names = FALSE, na = "", quote = FALSE)
  cat("wrote", path, nrow(df), "rows\n")
}

mt <- cbind(model = rownames(mtcars), mtcars, stringsAsFactors = FALSE)
rownames(mt) <- NULL

he <- as.data.frame(HairEyeColor, stringsAsFactors = FALSE)
he <- he[rep(seq_len(nrow(he)), he$Freq), c("Hair", "Eye", "Sex")]
rownames(he) <- NULL

stopifnot(!any(grepl("[,\"\n]", c(mt$model, he$Hair, he$Eye))))

write_set(iris, "iris.csv")
write_set(mt, "mtcars.csv")
write_set(ToothGrowth, "ToothGrowth.csv")
write_set(PlantGrowth, "PlantGrowth.csv")
write_set(airquality, "airquality.csv")
write_set(InsectSprays, "InsectSprays.csv")
write_set(chickwts, "chickwts.csv")
write_set(warpbreaks, "warpbreaks.csv")
write_set(cars, "cars.csv")
write_set(he, "haireye.csv")
write_set(faithful, "faithful.csv")

# Check: every file reads back equal to the R data set.
back <- function(name) read.csv(file.path(out, name), stringsAsFactors = FALSE)
chk <- function(df, name) {
  b <- back(name)
  df <- as.data.frame(df, stringsAsFactors = FALSE)
  for (j in seq_along(df)) {
    v <- df[[j]]; if (is.factor(v)) v <- as.character(v)
    w <- b[[j]]
    if (!identical(is.na(v), is.na(w)) || any(v[!is.na(v)] != w[!is.na(w)]))
      stop(name, ": column ", names(df)[j], " does not read back exactly")
  }
}
chk(iris, "iris.csv"); chk(mt, "mtcars.csv"); chk(ToothGrowth, "ToothGrowth.csv")
chk(PlantGrowth, "PlantGrowth.csv"); chk(airquality, "airquality.csv")
chk(InsectSprays, "InsectSprays.csv"); chk(chickwts, "chickwts.csv")
chk(warpbreaks, "warpbreaks.csv"); chk(cars, "cars.csv"); chk(he, "haireye.csv")
chk(faithful, "faithful.csv")
cat("all sets read back exactly\n")
