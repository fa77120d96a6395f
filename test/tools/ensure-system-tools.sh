#!/usr/bin/env bash
# Makes sure the system tools the tests use are present:
#   xmllint          (libxml2-utils)          — offline manifest schema check
#   chromium         (chromium)               — end-to-end test of the task pane
#   a Chinese font   (fonts-noto-cjk)         — so the task-pane screenshots show 中文, not boxes
#   soffice          (libreoffice-calc-nogui) — an independent spreadsheet engine recalculates templates
# On Debian as root they are installed (non-interactive); elsewhere the run stops with the line to type.
set -euo pipefail

has_chinese_font() { command -v fc-list >/dev/null && [ -n "$(fc-list :lang=zh 2>/dev/null)" ]; }

missing=()
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
has_chinese_font || missing+=(fonts-noto-cjk)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ -r /etc/debian_version ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "安装测试所需的系统工具 / installing system tools for the tests: ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi

echo "缺少测试所需的系统工具 / missing system tools for the tests: ${missing[*]}" >&2
echo "请运行 / run:  sudo apt-get install -y ${missing[*]}" >&2
exit 1
