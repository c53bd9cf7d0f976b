#!/bin/bash
# Write the brief of a batch of new dev stories for a helper, and the list of topics it must avoid:
#   bash scripts/labelling/brief.sh dNNN "region (codes)"   -> /tmp/helper/prompt_dNNN.md
# A helper then reads that file ("Your whole task is written in /tmp/helper/prompt_dNNN.md ...").
# The second, blind pass: copy 6 stories to /tmp/second_passNN/corpora, fill second_pass.md's NN, __PREFIXES__
# (the batches' prefixes in backquotes) and __FOLDERS__ (their /tmp folders), and compare with
# scripts/agreement.py FIRST_GOLD_DIR /tmp/second_passNN/gold.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
mkdir -p /tmp/helper "/tmp/$1/corpora" "/tmp/$1/gold"
ls "$repo"/corpora/dev "$repo"/corpora/test | grep -v : | sed 's/\.meta\.json$//; s/\.[a-z]*$//; s/^d[0-9]*_[0-9]*_//' \
    | sort -u > /tmp/helper/existing_topics.txt
sed -e "s/__BATCH__/$1/g" -e "s|__REGION__|$2|g" "$here/brief.md" > "/tmp/helper/prompt_$1.md"
echo "/tmp/helper/prompt_$1.md"
