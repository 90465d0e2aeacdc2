#!/usr/bin/env bash
# Sourced by installer/dev.sh and installer/windows/{build,test}.sh: one way to install Debian packages.
#   install_missing PACKAGE…   installs those of PACKAGE… that are not installed yet (apt-get update first,
#                              only when something is missing; sudo when not root)

install_missing() {
  local missing=() p sudo=""
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  ((${#missing[@]})) || return 0
  echo "== Installing: ${missing[*]}"
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
