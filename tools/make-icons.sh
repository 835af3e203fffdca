#!/usr/bin/env bash
# Regenerates the committed PNG icons in public/icons/ from their SVG sources.
# Needs rsvg-convert (Debian: apt-get install -y librsvg2-bin). CI does not run this;
# run it by hand after changing an SVG and commit the PNGs.
set -euo pipefail

cd "$(dirname "$0")/../public/icons"

if ! command -v rsvg-convert >/dev/null 2>&1; then
  echo "make-icons: rsvg-convert not found; install it with: apt-get install -y librsvg2-bin" >&2
  exit 1
fi

render() { # render SIZE SOURCE TARGET [BACKGROUND]
  local args=(--width "$1" --height "$1" --output "$3")
  if [[ $# -ge 4 ]]; then args+=(--background-color "$4"); fi
  rsvg-convert "${args[@]}" "$2"
  echo "make-icons: $3 (${1}x$1)"
}

render 192 icon.svg icon-192.png
render 512 icon.svg icon-512.png
render 512 icon-maskable.svg icon-maskable-512.png
# iOS shows transparency as black and rounds the corners itself: full-bleed, opaque.
render 180 icon-maskable.svg apple-touch-icon-180.png '#1b4965'
