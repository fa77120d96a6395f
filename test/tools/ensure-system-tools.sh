#!/usr/bin/env bash
# Makes sure the system tools the tests use are present:
#   xmllint   (libxml2-utils)          — offline manifest schema check
#   chromium  (chromium)               — end-to-end test of the task pane
#   soffice   (libreoffice-calc-nogui) — an independent spreadsheet engine recalculates templates
# On Debian as root they are installed (non-interactive); elsewhere the run stops with the line to type.
set -euo pipefail

declare -A PACKAGE_OF=([xmllint]=libxml2-utils [chromium]=chromium [soffice]=libreoffice-calc-nogui)
missing=()
for tool in xmllint chromium soffice; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("${PACKAGE_OF[$tool]}")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ -r /etc/debian_version ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "安装测试所需的系统工具 / installing system tools for the tests: ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi

echo "缺少测试所需的系统工具 / missing system tools for the tests: ${missing[*]}" >&2
echo "请运行 / run:  sudo apt-get install -y ${missing[*]}" >&2
exit 1
