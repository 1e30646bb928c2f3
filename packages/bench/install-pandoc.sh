#!/bin/sh
# For the speed comparison only (pnpm bench pairs the CLI with `pandoc -f markdown -t docx`):
# installs pandoc from Debian. Not a dependency of kehoach.
set -e
command -v pandoc >/dev/null && exit 0
if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends pandoc
