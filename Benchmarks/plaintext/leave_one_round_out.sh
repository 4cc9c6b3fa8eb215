#!/bin/sh
# Leave-one-round-out measure of the plain-text line model on the hand-written house-style copies:
# for each round k of copies before the unseen round (default 11, which stays unseen), the model
# is trained on the train half of the dumps and on every copy of the other rounds, and round k's
# copies are read with it (the rules as committed); the pooled kept body lines estimate how the
# method does on house styles nobody has seen, without writing new copies.
#
# Usage: Benchmarks/plaintext/leave_one_round_out.sh [LEDE] [COPY_WEIGHT] [WHAT] [UNSEEN_ROUND]
#   LEDE          a built lede (default .build/debug/lede)
#   COPY_WEIGHT   how many dumps each copy weighs in training (default 1)
#   WHAT          furniture-pass (default): only the prose-furniture pass is trained, over the
#                 committed three passes (a few minutes on a debug build);
#                 all-passes: the three passes re-trained for each round (about 2 minutes of one
#                 core a round on a debug build)
#   UNSEEN_ROUND  this round and later are never trained on nor scored (default 11)
# Needs the dumps (Benchmarks/plaintext/dump_pages.py into out/dumps) and ../shared/bench.
set -eu
LEDE=${1:-.build/debug/lede}
WEIGHT=${2:-1}
WHAT=${3:-furniture-pass}
UNSEEN=${4:-11}
case "$WHAT" in
    furniture-pass) PASS=--furniture-pass ;;
    all-passes) PASS= ;;
    *) echo "WHAT is furniture-pass or all-passes" >&2; exit 2 ;;
esac
exec nice -n 10 "$LEDE" train lines --dumps out/dumps --bench ../shared/bench \
    --copies Tests/LedeExtractTests/Fixtures/house-styles --copies-round "$UNSEEN" --copy-weight "$WEIGHT" \
    --leave-one-round-out $PASS
