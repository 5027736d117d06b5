#!/bin/sh
# dist: every distribution and function, lists, columns, random draws, bad input.
. tests/cli/lib.sh
check norm-cdf          0 dist norm --cdf 1.96,-1.96,0
check norm-sf-tail      0 dist norm --sf 8,30,40
check norm-quantile     0 dist norm --mean 100 --sd 15 --quantile 0.025,0.5,0.975
check normal-alias      0 dist normal --pdf 0
check t-quantile        0 dist t --df 12 --quantile 0.975
check chisq-isf         0 dist chisq --df 3 --isf 0.05,1e-20,1
check pois-isf          0 dist pois --lambda 4.5 --isf 0.05,0.5
check isf-col           0 dist t --df 5 --isf-col p "$DATA/zscores.csv"
check isf-outside       2 dist norm --isf -0.1
check infinite-col      0 dist chisq --df 3 --cdf-col x "$DATA/infinite.csv"
check chisq-sf          0 dist chisq --df 3 --sf 7.81,100
check f-cdf             0 dist f --df1 4 --df2 12 --cdf 3.26
check exp-pdf           0 dist exp --rate 2.5 --pdf 0,0.1,1
check gamma-quantile    0 dist gamma --shape 2.5 --rate 0.5 --quantile 0.5,0.999
check beta-cdf          0 dist beta --shape1 2 --shape2 5 --cdf 0.2,0.6
check lnorm-sf          0 dist lnorm --meanlog 1 --sdlog 0.5 --sf 40
check weibull-pdf       0 dist weibull --shape 1.5 --scale 3 --pdf 2
check unif-pdf          0 dist unif --min -1 --max 3 --pdf -2,3,3.5
check cauchy-quantile   0 dist cauchy --location 1 --scale 2 --quantile 0.9
check logis-cdf         0 dist logis --location 2 --scale 0.5 --cdf 3.5
check binom-pdf         0 dist binom --size 20 --prob 0.3 --pdf 0,6,6.5,21
check binom-quantile    0 dist binom --size 20 --prob 0.3 --quantile 0,0.5,1
check pois-sf           0 dist pois --lambda 4.5 --sf 20
check geom-cdf          0 dist geom --prob 0.2 --cdf 3
check nbinom-quantile   0 dist nbinom --size 3 --prob 0.4 --quantile 0.95
check hyper-pdf         0 dist hyper --m 10 --n 7 --k 8 --pdf 0,1,5
check cdf-col           0 dist norm --cdf-col z "$DATA/zscores.csv"
check quantile-col      0 dist norm --quantile-col p "$DATA/zscores.csv" --format table
check_in sf-col-stdin   0 "$DATA/zscores.csv" dist t --df 10 --sf-col 2
check random-seed       0 dist gamma --shape 2 --random 5 --seed 7
check_sh random-same    0 '$SP dist norm --random 1000 --seed 42 > a.tmp; $SP dist norm --random 1000 --seed 42 | cmp - a.tmp && echo same; rm -f a.tmp'
check_sh random-differs 0 '$SP dist pois --lambda 3 --random 50 --seed 1 > b.tmp; $SP dist pois --lambda 3 --random 50 --seed 2 | cmp -s - b.tmp || echo differ; rm -f b.tmp'
check random-zero       0 dist norm --random 0 --seed 1
check seed-alone        2 dist norm --cdf 1 --seed 1
check json              0 dist binom --size 4 --prob 0.5 --pdf 0,1,2,3,4 --format json
check negative-sd       2 dist norm --sd -1 --cdf 0
check prob-above-one    2 dist binom --size 10 --prob 1.5 --pdf 1
check quantile-outside  2 dist norm --quantile 0.5,1.2
check quantile-col-bad  1 dist norm --quantile-col p "$DATA/bad-prob.csv"
check not-a-number-col  1 dist norm --cdf-col id "$DATA/zscores.csv"
check missing-param     2 dist t --cdf 1
check wrong-param       2 dist norm --df 3 --cdf 1
check unknown-dist      2 dist frob --cdf 1
check no-dist           2 dist --cdf 1
check no-function       2 dist norm
check two-functions     2 dist norm --cdf 1 --pdf 1
check bad-list          2 dist norm --cdf 1,,2
check not-a-number      2 dist norm --cdf abc
check bad-count         2 dist norm --random -3
check file-without-col  2 dist norm --cdf 1 "$DATA/zscores.csv"
check hyper-k-too-big   2 dist hyper --m 3 --n 4 --k 8 --pdf 1
check unknown-column    2 dist norm --cdf-col nope "$DATA/zscores.csv"
check help              0 dist --help
done_testing
