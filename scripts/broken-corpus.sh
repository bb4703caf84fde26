#!/usr/bin/env bash
# Builds a copy of the dev corpora with 10% of the items deliberately broken, for the reliability
# check of docs/reliability.md. Deterministic: the same corpora give the same bytes (no randomness;
# every 10th item, in sorted or file order, is broken, cycling through the kinds below).
#
#   scripts/broken-corpus.sh [SOURCE_DIR] OUT_DIR      (SOURCE_DIR defaults to ../shared/dev-corpora)
#
# For each corpus C it writes OUT_DIR/C/texts/ (a copy of C/texts) and OUT_DIR/C/input.jsonl, and
# OUT_DIR/C/broken.tsv listing what was broken how. Needs bash, coreutils, gzip, GNU sed and jq.
#   texts/: empty | binary (PNG signature + gzip of the article) | NUL bytes | invalid UTF-8 |
#           HTML-wrapped | one 6,000-word sentence | a folder named x.txt (unreadable as a file)
#   input.jsonl: truncated line | duplicate doc_id | missing text | text a number | invalid UTF-8 |
#           HTML-wrapped | one 6,000-word sentence | empty text
set -euo pipefail
if [ $# -eq 1 ]; then src=../shared/dev-corpora; out=$1; else src=$1; out=$2; fi
[ -d "$src" ] || { echo "broken-corpus.sh: $src: no such folder" >&2; exit 2; }
rm -rf "$out"
mkdir -p "$out"

# One 6,000-word sentence made of the article's own words: no full stops, no line breaks.
huge_sentence() {
    local words
    words=$(tr -d '.!?;:\r' < "$1" | tr -s ' \n\t' ' ')
    local text=""
    while [ "$(wc -w <<< "$text")" -lt 6000 ]; do text="$text $words"; done
    cut -d' ' -f1-6001 <<< "$text" | sed 's/^ //'
}

for corpus_dir in "$src"/*/; do
    corpus=$(basename "$corpus_dir")
    [ -d "$corpus_dir/texts" ] && [ -f "$corpus_dir/input.jsonl" ] || continue
    dst="$out/$corpus"
    mkdir -p "$dst/texts"
    cp "$corpus_dir"/texts/*.txt "$dst/texts/"
    : > "$dst/broken.tsv"
    i=0; k=0
    for f in $(ls "$dst/texts" | sort); do
        i=$((i + 1))
        [ $((i % 10)) -eq 3 ] || continue
        p="$dst/texts/$f"
        case $((k % 7)) in
            0) : > "$p"; kind=empty ;;
            1) { printf '\x89PNG\r\n\x1a\n'; gzip -n -c "$corpus_dir/texts/$f"; } > "$p"; kind=binary-png ;;
            2) { head -c 200 "$corpus_dir/texts/$f"; printf '\0\0\0\0'; tail -c +201 "$corpus_dir/texts/$f"; } > "$p"; kind=nul-bytes ;;
            3) { head -c 100 "$corpus_dir/texts/$f"; printf '\xc3\x28\xff'; tail -c +101 "$corpus_dir/texts/$f"; } > "$p"; kind=invalid-utf8 ;;
            4) { printf '<html><head><title>News</title><script>var s="killed 40 in a bombing";</script></head><body><p>'
                 sed 's/$/<br>/' "$corpus_dir/texts/$f"; printf '</p></body></html>\n'; } > "$p"; kind=html ;;
            5) huge_sentence "$corpus_dir/texts/$f" > "$p"; kind=huge-sentence ;;
            6) rm "$p"; mkdir "$p"; kind=unreadable-folder ;;
        esac
        printf 'texts/%s\t%s\n' "$f" "$kind" >> "$dst/broken.tsv"
        k=$((k + 1))
    done

    i=0; k=0; prev_id=""
    while IFS= read -r line || [ -n "$line" ]; do
        i=$((i + 1))
        id=$(jq -r '.doc_id' <<< "$line")
        if [ $((i % 10)) -ne 3 ]; then printf '%s\n' "$line"; prev_id=$id; continue; fi
        case $((k % 8)) in
            0) printf '%s\n' "${line:0:$(( ${#line} / 2 ))}"; kind=truncated-line ;;
            1) jq -c --arg p "$prev_id" '.doc_id = $p' <<< "$line"; kind=duplicate-id ;;
            2) jq -c 'del(.text)' <<< "$line"; kind=missing-text ;;
            3) jq -c '.text = 5' <<< "$line"; kind=text-is-a-number ;;
            4) LC_ALL=C sed 's/ /\xc3\x28 /5' <<< "$line"; kind=invalid-utf8 ;;
            5) jq -c '.text = "<html><body><script>var s=\"killed 40\";</script><p>" + (.text | gsub("\n"; "<br>\n")) + "</p></body></html>"' <<< "$line"; kind=html ;;
            6) jq -r '.text' <<< "$line" > "$dst/.tmp"
               jq -c --arg t "$(huge_sentence "$dst/.tmp")" '.text = $t' <<< "$line"; rm "$dst/.tmp"; kind=huge-sentence ;;
            7) jq -c '.text = ""' <<< "$line"; kind=empty-text ;;
        esac
        printf 'input.jsonl:%d\t%s\t%s\n' "$i" "$id" "$kind" >> "$dst/broken.tsv"
        k=$((k + 1))
        prev_id=$id
    done < "$corpus_dir/input.jsonl" > "$dst/input.jsonl"
    echo "$dst: $(ls "$dst/texts" | wc -l) texts, $(wc -l < "$dst/input.jsonl") lines, $(wc -l < "$dst/broken.tsv") broken" >&2
done
