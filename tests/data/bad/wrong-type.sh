#!/bin/sh
# wrong-type.sh STEP FIELD TYPE: prints a plan whose answer to STEP.FIELD has
# the wrong type for a field of TYPE (used to make wrong-type/*.yaml and, in
# tests/cli/test-bad-input.sh, cases for fields added to the pack later).
# Prints nothing for types that hold no answer (computed, note).
set -eu
step=$1 field=$2 type=$3
case $type in
text) value='[a, list, not, a, line]' ;;
textarea) value='{a: mapping}' ;;
number) value='twelve' ;;
choice) value='[not, one, option]' ;;
multi) value='just-one-text' ;;
yesno) value='maybe' ;;
date) value='2024-13-45' ;;
list) value='{not: a list}' ;;
records) value='[just, texts]' ;;
*) exit 0 ;;
esac
printf 'evalwiz: 1\npack:\n  id: eif-10-steps\n  version: 1\nmeta:\n  title: Wrong type\nanswers:\n  %s:\n    %s: %s\n' \
    "$step" "$field" "$value"
